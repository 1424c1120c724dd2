# Float arithmetic: floor division, modulo sign, division by zero, inf/nan propagation.
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (1e300, 1e-300), (0.0, 1), (-0.0, 1),
             (5, 0.3), (-5, 0.3), (1e-320, 3)]:
    try:
        print(a, b, a / b, a // b, a % b, divmod(a, b))
    except OverflowError as e:
        print(a, b, "OverflowError:", e)
for a, b in [(1.0, 0.0), (1, 0), (0.0, 0.0), (5.5, 0)]:
    for op in ("/", "//", "%"):
        try:
            r = eval("a " + op + " b")
            print(a, op, b, r)
        except ZeroDivisionError as e:
            print(a, op, b, "ZeroDivisionError:", e)
inf = float("inf")
print(inf + 1, inf - inf, inf * 0, -inf * -1, 1 / inf, inf % 3, 3 % inf, -3 % inf, 3 // inf)
print(2.0 ** 0.5, (-8.0) ** 2, 2.0 ** -1, 0.0 ** 0, 10.0 ** 308)
try:
    10.0 ** 309
except OverflowError as e:
    print("OverflowError:", e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print((-8.0) ** (1 / 3))
print(-0.0, 0.0 * -1, -0.0 + 0.0, -0.0 - 0.0, abs(-0.0), -(0.0))
print(1.1 * 3, 3.3 / 3, 0.1 + 0.7, 4.35 * 100, 1.15 * 100)
