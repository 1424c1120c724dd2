# Comparisons among int, float, bool, including huge ints against floats.
vals = [0, 1, -1, True, False, 0.5, 1.0, 2**53, 2**53 + 1, float(2**53), 10**400, -10**400,
        float("inf"), float("-inf")]
for a in vals:
    print(repr(a), [int(a < b) for b in vals], [int(a == b) for b in vals])
nan = float("nan")
print(nan == nan, nan != nan, nan < 1, nan > 1, 1 < nan, [nan] == [nan])
x = nan
print(x is x, [x] == [x], (x,) == (x,), x in [x])
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0 == True, 1 < 2 > 0 < 5)
