# bool is an int subclass; and/or return operands; not always returns bool.
print(True + True, True * 10, False - 1, True / 2, True // 1, -True, ~True, ~False)
print(type(True + True).__name__, True == 1, False == 0, True is True == 1, hash(True), hash(False))
print(True & False, True | False, True ^ True, type(True & False).__name__, type(True & 1).__name__)
print(bool(0), bool(""), bool([]), bool({}), bool(()), bool(None), bool(0.0), bool(-0.0), bool("0"), bool([0]))
vals = [0, 1, "", "a", None, [], [1], 0.0, 2.5]
for a in vals:
    print(repr(a), [repr(a and b) for b in vals[:4]], [repr(a or b) for b in vals[:4]], not a)
def side(tag, value):
    print("eval", tag)
    return value
print(side("a", 0) and side("b", 1))
print(side("a", 1) and side("b", 2))
print(side("a", 0) or side("b", 0) or side("c", 3))
print(str(True), repr(False), int(True), float(False), True.real, f"{True:d}", f"{True}")
print(isinstance(True, int), issubclass(bool, int), bool.__mro__)
try:
    class B(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
