# A table of floats printed with many formats: repr, str, %g, %e, f-string precision, round-trip through str.
vals = [0.0, 1.0, -1.0, 0.1, 1 / 3, 2 / 3, 10 / 3, 100.0, 1e5, 1e15, 1e16, 1e17, 123456.789, 0.000123456, 1e-5,
        1e-4, 12345678.9, 9.999999, 99.99, 0.5, 1.5, 2.5, 1234.5, -0.0001, 3.0e-310, 1.7e308, 2.0 ** 0.5]
print(f"{'repr':>24} {'%g':>12} {'%.3e':>12} {'.2f':>24} {'.6g':>12} {'.15g':>22}")
for v in vals:
    print(f"{v!r:>24} {'%g' % v:>12} {'%.3e' % v:>12} {v:>24.2f} {v:>12.6g} {v:>22.15g}")
print(all(float(repr(v)) == v for v in vals), all(float(str(v)) == v for v in vals))
x = 0.0
series = []
for i in range(12):
    x += 0.1
    series.append(x)
print(series)
print([round(v, 2) for v in series], [f"{v:.1f}" for v in series][-3:])
print(1 / 7, 22 / 7, 355 / 113, 1e-7 / 3, 7e22 / 3, 2 ** 0.5 * 1e10, -1 / 3)
