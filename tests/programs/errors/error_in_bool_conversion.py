# An exception raised by __bool__ in an if statement.
class Flaky:
    def __init__(self, ok):
        self.ok = ok
    def __bool__(self):
        if not self.ok:
            raise ValueError("truth value unavailable")
        return True
for f in (Flaky(True), Flaky(False)):
    if f:
        print("truthy")
