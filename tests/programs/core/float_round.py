# round(): half-to-even for ints, correctly-rounded with ndigits for floats.
for x in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 1e16 + 0.0, 4.5, 5.5):
    print(x, round(x), type(round(x)).__name__)
for x in (2.675, 1.005, 0.125, 0.375, 1.25, -1.25, 123.456, 1e-10, 1234.5):
    print(x, [round(x, n) for n in (-2, -1, 0, 1, 2, 3)])
print(round(1.5, None), round(2.5, 0), round(-0.4), round(-0.0, 1))
print(round(float("inf"), 2), round(float("nan"), 1))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(round(1e300, -300), round(1.23e-300, 301), round(5e-324, 400))
