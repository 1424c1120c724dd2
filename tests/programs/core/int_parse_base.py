# int() from strings in many bases, with underscores, whitespace, signs, and errors.
cases = [("42", 10), ("-42", 10), ("  +17  ", 10), ("ff", 16), ("FF", 16), ("0xff", 16),
         ("0xff", 0), ("0o17", 0), ("0b101", 0), ("1_000_000", 10), ("0x_1f", 0),
         ("z", 36), ("ZZ", 36), ("101", 2), ("777", 8), ("10", 3), ("-0b11", 0), ("0", 0),
         ("00", 0), ("\t12\n", 10)]
for s, base in cases:
    print(repr(s), base, int(s, base))
bad = [("", 10), ("12a", 10), ("0x", 16), ("1__0", 10), ("_1", 10), ("08", 0), ("2", 2),
       ("1.5", 10), ("+-1", 10), ("0b2", 0)]
for s, base in bad:
    try:
        int(s, base)
    except ValueError as e:
        print("ValueError:", e)
for b in (1, 37, -1):
    try:
        int("1", b)
    except ValueError as e:
        print("ValueError:", e)
print(int(3.99), int(-3.99), int(True), int(1e20), int("٣"))
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    int([1])
except TypeError as e:
    print("TypeError:", e)
try:
    int(5, 10)
except TypeError as e:
    print("TypeError:", e)
