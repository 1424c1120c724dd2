# An exception raised by __repr__ during f-string !r conversion.
class Secret:
    def __init__(self, revealed):
        self.revealed = revealed
    def __repr__(self):
        if not self.revealed:
            raise PermissionError("repr of a hidden secret")
        return "Secret(...)"
print(f"value: {Secret(True)!r}")
print(f"value: {Secret(False)!r}")
