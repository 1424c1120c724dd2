# The integer functions of math on ints of any size, and their errors.
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


for n in [0, 1, 2, 5, 10, 20, 21, 25, 50, 100, True]:
    show("factorial", n)
print(len(str(math.factorial(1000))), math.factorial(1000) % (10 ** 9 + 7))
print(math.factorial(3000) // math.factorial(2998))
for n in [-1, 2.0, "3", 10 ** 20]:
    show("factorial", n)

for args in [(), (0,), (12,), (-12,), (12, 18), (12, -18), (0, 0), (2 ** 100, 6 ** 50),
             (12, 18, 27), (7, 13, 19, 23), (10 ** 30, 10 ** 20, 10 ** 25), (True, 4)]:
    showt("gcd", args)
    showt("lcm", args)
show("gcd", 1.5)
show("lcm", 2.0)
show("gcd", 4, "8")

for n, k in [(5, 2), (10, 0), (10, 10), (10, 11), (52, 5), (100, 50), (0, 0), (1000, 3),
             (10 ** 20, 3), (-1, 2), (2, -1), (5.0, 2), (5, 2.0), (60, 30)]:
    show("comb", n, k)
    show("perm", n, k)
for n in [5, 0, -1, 4.0]:
    show("perm", n)
    show("perm", n, None)
show("comb", 10 ** 20, 10 ** 19)
show("perm", 5, 10 ** 20)
show("comb", 5)
show("perm")
show("perm", 1, 2, 3)

for n in [0, 1, 2, 3, 4, 15, 16, 17, 99, 10 ** 20, 2 ** 200 + 12345, 10 ** 100 - 1, True]:
    show("isqrt", n)
for n in [-1, 2.5, "9"]:
    show("isqrt", n)

print(math.prod([]), math.prod([1, 2, 3, 4]), math.prod(range(1, 30)))
print(math.prod([1.5, 2, 4]), math.prod([2, 3], start=10), math.prod([], start="x"))
print(math.prod(["ab", 3]), math.prod([[1], 2]), math.prod(x for x in [2, 2, 2]))
print(math.prod([10 ** 10, 10 ** 10, 10 ** 10]))
for bad in [lambda: math.prod(5), lambda: math.prod([1], 2), lambda: math.prod([], start=1, x=2),
            lambda: math.prod([1], x=2), lambda: math.prod(iterable=[1]), lambda: math.prod(),
            lambda: math.gcd(a=1)]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


print(math.gcd(Idx(12), Idx(30)), math.comb(Idx(6), Idx(3)), math.isqrt(Idx(50)),
      math.factorial(Idx(6)), math.lcm(Idx(4), 6))


class BadIdx:
    def __index__(self):
        return 1.5


try:
    math.factorial(BadIdx())
except TypeError as e:
    print("TypeError:", e)
