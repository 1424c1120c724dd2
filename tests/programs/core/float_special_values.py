# inf and nan through containers and builtins: min/max/sorted with nan, sums, comparisons, formatting.
inf, nan = float("inf"), float("nan")
vals = [3.0, nan, 1.0, inf, -inf, 2.0]
print(max(vals), min(vals), max(vals[2:]), min([nan, 1.0]), min([1.0, nan]), max([nan, 5]))
print(sorted([3.0, 1.0, inf, -inf, 2.0]), sum([inf, 1]), sum([inf, -inf]), inf - inf, inf * 0, nan + 1)
print(inf == inf, inf > 1e308, -inf < -1e308, nan == nan, nan is nan, nan != nan, inf == float("inf"))
print(int(1e18), float(10**18) == 10**18, 1e16 + 1 == 1e16, 2**53 + 1.0 == 2**53, (2**53 + 1) == float(2**53 + 1))
print(repr(inf), str(-inf), f"{inf:f}", f"{nan:.3f}", f"{-inf:+e}", f"{inf:10}", "%g" % nan, "%5.1f" % -inf)
print(inf // 1, -inf // 1 if False else "skip", 5 // inf, -5 // inf, 5 % inf, -5 % inf, inf % 5 if False else "skip")
print(abs(-inf), -nan != -nan, round(inf, 2), hash(inf), hash(-inf), (1e308 + 1e308) == inf)
print(divmod(7.0, inf), divmod(-7.0, inf), pow(inf, 0), pow(nan, 0), pow(1, nan), 0.0 * -1, -0.0 == 0.0)
try:
    int(inf)
except OverflowError as e:
    print("OverflowError:", e)
try:
    inf // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print([x for x in vals if x == x], len({nan, nan}), len({float("nan") for _ in range(3)}), nan in [nan], nan in [float("nan")])
