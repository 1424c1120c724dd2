# A NameError for a bare name that exists as an attribute on self.
class Counter:
    def __init__(self):
        self.count = 0
    def bump(self):
        self.count += 1
        return count
c = Counter()
c.bump()
