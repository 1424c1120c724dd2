# format() builtin and __format__ dispatch for builtin types, including empty spec and type errors.
vals = [0, -42, 3.5, -0.0, 1e21, 2 + 3j, "text", True, None, [1, 2], (1,), b"b", range(2), {1: 2}]
for v in vals:
    try:
        print(repr(v), repr(format(v)), repr(format(v, "")), repr(format(v, ">12")))
    except TypeError as e:
        print(repr(v), "TypeError:", e)
print(format(255, "#b"), format(255, "#o"), format(255, "#X"), format(-255, "+#x"), format(3.14159, "+.2e"))
print(format(1234.5678, ",.1f"), format(1234.5678, "_.3f"), format(0.000001234, ".3g"), format(123456789, ".3g"))
print(format("abc", "^9"), format("abc", "*<7"), format("abc", ".1"), format(12, "c") if False else format(65, "c"))
print(format(1.5, "08.3f"), format(-1.5, "08.3f"), format(1.5, "+08.3f"), format(-1.5, "=+8.3f"), format(1.5, " 8.3f"))
print(format(10**20, "e"), format(10**20, ".2%"), format(7, "%"), format(True, "x"), format(False, ".2f"))
class Default:
    pass
print(format(Default(), "") == str(Default()))
try:
    format(Default(), "x")
except TypeError as e:
    print("TypeError:", e)
try:
    format(5, 5)
except TypeError as e:
    print("TypeError:", e)
