# math's own algorithms: fsum (exact), hypot/dist (accurate norms), gamma/lgamma (Lanczos).
import math


def call(f, args):
    # f(*args) without star-arguments.
    n = len(args)
    if n == 0:
        return f()
    if n == 1:
        return f(args[0])
    if n == 2:
        return f(args[0], args[1])
    if n == 3:
        return f(args[0], args[1], args[2])
    return f(args[0], args[1], args[2], args[3])


def show(name, *args):
    showt(name, args)


def showt(name, args):
    f = getattr(math, name)
    try:
        r = call(f, args)
    except Exception as e:
        print(name, args, "->", type(e).__name__ + ":", e)
        return
    print(name, args, "->", repr(r))


inf = math.inf
nan = math.nan
for seq in [[], [0.1] * 10, [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50],
            [1, 2, 3], [0.1, 0.2, 0.3], [1e308, 1e308, -1e308], [2.0 ** 53, 1.0, 1.0],
            [2.0 ** 53, 1.0, 2.0 ** -60], [1.0, 2.0 ** -53, 2.0 ** -106],
            [inf, 1.0], [inf, inf], [-inf, -inf, 5], [nan, 1.0], [inf, nan],
            [inf, -inf], [1e308, 1e308], [-0.0], [-0.0, -0.0], [True, 2.5]]:
    show("fsum", seq)
print(math.fsum(x / 7 for x in range(1000)), sum(x / 7 for x in range(1000)))
x = 1.0
vals = []
for i in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    vals.append((x - 1e9) / 3.0 * 10 ** (i % 17 - 8))
print(math.fsum(vals), math.fsum(vals[::-1]))
show("fsum", 5)
show("fsum", ["a"])

for args in [(), (3, 4), (5,), (-5,), (1, 1, 1, 1), (3, 4, 12), (1e308, 1e308), (1e-320, 1e-320),
             (inf, nan), (nan, 1), (0, 0), (1.5, 2.5, 3.5), (10 ** 20, 1), (True, True)]:
    showt("hypot", args)
pts = []
for i in range(60):
    x = (i * 7919 % 101) / 7.0 - 5
    y = (i * 104729 % 97) / 3.0 - 11
    z = (i * 31 % 13) * 1e-3
    pts.append((x, y, z))
total = 0.0
for i in range(len(pts)):
    for j in range(i):
        d = math.dist(pts[i], pts[j])
        total += d
        if (i * j) % 97 == 3:
            print("dist", pts[i], pts[j], d, math.hypot(pts[i][0] - pts[j][0], pts[i][1] - pts[j][1], pts[i][2] - pts[j][2]))
print(total)
show("dist", (1, 2), (1,))
show("dist", [1, 2], [4, 6])
show("dist", 1, 2)
show("dist", (1,))
show("dist", (), ())
show("hypot", "a")
try:
    math.hypot(x=1)
except TypeError as e:
    print("TypeError:", e)

for v in [0.5, 1, 2, 3.5, 5, 10, 23, 24, 30.5, 100.25, 171, 171.7, 200.5, 1e-25, -1e-25, -0.5,
          -1.5, -2.5, -10.5, -170.5, -201.5, -300.25, 0, -0.0, -1, -2, inf, -inf, nan, 1e-300]:
    show("gamma", v)
    show("lgamma", v)
for i in range(1, 60):
    v = i * 0.37 - 8.1
    show("gamma", v)
    show("lgamma", v)
show("lgamma", 1e306)
show("lgamma", 2.5e305)
