# float.hex/fromhex, as_integer_ratio, is_integer, conversions.
for x in (1.0, 0.1, -2.5, 1e-300, 3.141592653589793, 0.0, -0.0, 2.0**-1074, 1.7976931348623157e308):
    print(repr(x), x.hex(), float.fromhex(x.hex()) == x, x.as_integer_ratio(), x.is_integer())
print(float.fromhex("0x1.8p1"), float.fromhex("-0X.1P4"), float.fromhex("0x1p-1074"), float.fromhex(" inf "))
print(float.fromhex("1"), float.fromhex("0x1.fffffffffffffp+1023"))
try:
    float.fromhex("0x1p+1024")
except OverflowError as e:
    print("OverflowError:", e)
try:
    float("inf").as_integer_ratio()
except OverflowError as e:
    print("OverflowError:", e)
try:
    float("nan").as_integer_ratio()
except ValueError as e:
    print("ValueError:", e)
print((2.5).real, (2.5).imag, (2.5).conjugate(), float(True), float("  -3.25e2 "))
print(hash(0.5), hash(1.5), hash(-0.0), hash(1e100) == hash(10**100), hash(float("inf")), hash(-1.0))
print(int(2.5e15), int(-1e-9), float.__name__, (1.0).__trunc__(), (7.9).__floor__(), (7.1).__ceil__())
