# str.format and str.format_map: numbering, attribute and index fields, conversions, nested specs,
# escapes, and CPython's error messages.
class P:
    x = 5
    def __repr__(self): return 'P()'
cases = ["{", "}", "a}b", "{}}", "{0", "{0!}", "{0!x}", "{0!rr}", "{0!r:>5}", "{:{}}", "{:{:{}}}", "{0[}", "{0]}", "{0[0]x}", "{0.}", "{.x}", "{0.x}", "{0[0]}", "{1}", "{} {0}", "{0} {}", "{name}", "{0a}", "{!r}", "{:}", "{{}}", "{0:{1}}", "{0[x]}", "{0[1][0]}", "{ 0}", "{-1}", "{0.x.y}", "{0!s:^9}", "{0!a}", "{0:{1}.{2}f}", "{:>{}}", "{a.x}", "{a[k]}", "{0[00]}", "{00}", "{0:}", "{0:{}}", "{}{}{}", "x{0:{{}}}"]
for c in cases:
    try:
        print(repr(c), repr(c.format([9, [8]], 7, 3, name="N", a={'k': 1})))
    except Exception as e:
        print(repr(c), type(e).__name__, e)
for c in ["{x}", "{0}", "{}", "{y}"]:
    try:
        print(repr(c), repr(c.format_map({"x": 3})))
    except Exception as e:
        print(repr(c), type(e).__name__, e)
try: "{0.x}".format(P())
except Exception as e: print(type(e).__name__, e)
print("{0.x} {0!r}".format(P()))
try: print("{a[k]}".format(a=[1]))
except Exception as e: print(type(e).__name__, e)
try: "".format_map()
except Exception as e: print(type(e).__name__, e)
try: str.format()
except Exception as e: print(type(e).__name__, e)
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __format__(self, spec):
        return "P(" + format(self.x, spec) + ", " + format(self.y, spec) + ")"
pts = [Point(1.5, -2), Point(0.25, 10)]
print("{0[0]:.2f} | {0[1].x:+} | {p.y:>4}".format(pts, p=pts[1]))
for w in range(3, 9, 2):
    print("{:{w}.{p}f}|{:^{w}}|{name:*>{w}}".format(3.14159, "ab", w=w, p=w - 3, name="n"))
print("{!r:>10}{!s:<6}|{!a}".format("é", "x", "ü"), "{0}{1}{0}".format("ab", "-"), "{{{0}}}".format(5))
print("{:%} {:,} {:_x} {:#o} {:e}".format(0.25, 10**9, 2**40, 8, 12345.678))
data = {"name": "krait", "ver": (3, 11)}
print("{name} {ver[0]}.{ver[1]}".format_map(data), "{0}-{0}".format(*["r"]) if False else "no-star")
