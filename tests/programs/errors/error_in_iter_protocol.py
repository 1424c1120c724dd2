# An exception raised inside __next__ of a user iterator consumed by a for loop.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 2:
            raise RuntimeError("countdown jammed at 2")
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
for v in Countdown(5):
    print("tick", v)
