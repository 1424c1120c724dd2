# Mixed-type arithmetic between bool, int, float, complex: result types and values.
vals = [True, 3, -2, 2.5, -0.5, 1 + 2j, 2**70]
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b,
       "//": lambda a, b: a // b, "%": lambda a, b: a % b, "**": lambda a, b: a ** b if not (type(b) is int and b > 64) else "big exponent skipped"}
for name, f in ops.items():
    row = []
    for a in vals:
        for b in vals:
            try:
                r = f(a, b)
                if isinstance(r, float):
                    r = float(f"{r:.12g}")
                elif isinstance(r, complex):
                    r = complex(float(f"{r.real:.12g}"), float(f"{r.imag:.12g}"))
                row.append(f"{type(r).__name__[0]}:{r}" if not isinstance(r, str) else r)
            except (TypeError, ZeroDivisionError, OverflowError) as e:
                row.append(type(e).__name__[:4])
    print(name, row)
print(1 / 3 + 1 / 3 + 1 / 3 == 1.0, 0.1 + 0.2 == 0.3, round(0.1 + 0.2, 10) == 0.3, 2**0.5 * 2**0.5)
print(10 / 4, 10 // 4, -10 // 4, 10 % -4, 10.0 // 4, -10.0 % 4, 7 / 7, type(7 / 7).__name__)
print(True + 1.5, False * 3j, True ** 10, 2 ** True, divmod(True, 2), int.__add__(True, True))
print(1e308 * 10, -1e308 * 10, 1e-323 / 10, 2**1000 / 2**999, 2**1000 // 3**600)
try:
    2**10000 / 3
except OverflowError as e:
    print("OverflowError:", e)
try:
    float(2**10000)
except OverflowError as e:
    print("OverflowError:", e)
print(2**10000 // 2**9999, (2**10000) % 7, 10**400 / 10**399, 10**400 // 10.0**300 if False else "skip")
