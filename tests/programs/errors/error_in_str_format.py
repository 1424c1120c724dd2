# An exception from a __format__ call inside an f-string.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec not in ("", "d"):
            raise ValueError(f"bad money format {spec!r}")
        return f"${self.cents / 100:.2f}"
m = Money(1234)
print(f"total: {m}")
print(f"total: {m:x}")
