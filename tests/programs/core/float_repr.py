# float repr: shortest round-trip digits, exponent thresholds, signs, specials.
vals = [0.0, -0.0, 1.0, 0.1, 0.2, 0.1 + 0.2, 1/3, 2/3, 1e16, 1e15, 123456789012345678.0,
        1e-4, 1e-5, 0.00001234, 1.5e300, 1e308 * 10, -1e308 * 10, 5e-324, 2.2250738585072014e-308,
        1.7976931348623157e308, 100.0, 1e22, 1e23, 9007199254740993.0, 0.30000000000000004,
        3.141592653589793, 2.718281828459045, 1234.5678, -0.5, 1e100, 12345678901234567890.0]
for v in vals:
    print(repr(v), str(v), v)
print(float("nan"), float("-nan"), float("inf"), float("-Infinity"), float(" 1.5 "), float("1_0.5"))
print(float("1e-7"), float("-.5"), float("5."), float(10**20), float(2**1023))
try:
    float(2**1024)
except OverflowError as e:
    print("OverflowError:", e)
try:
    float("abc")
except ValueError as e:
    print("ValueError:", e)
print([x / 10 for x in range(12)])
print([x * 0.1 for x in range(12)])
print(sum([0.1] * 10), 0.1 * 3, 1 - 0.9, 1e16 + 1, 2.5e-3)
