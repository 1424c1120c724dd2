# The floating-point functions of math: values, special values, and CPython's error mapping.
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
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(type(math.pi).__name__, math.isnan(math.nan))

one_arg = ["sqrt", "exp", "exp2", "expm1", "log", "log2", "log10", "log1p", "sin", "cos",
           "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh",
           "fabs", "cbrt", "erf", "erfc", "degrees", "radians", "isfinite", "isinf", "isnan",
           "ulp", "frexp", "modf"]
values = [0.0, -0.0, 0.5, 1.0, 2.0, -1.5, 3, 10 ** 20, 1e-310, 1e308, 710.0, inf, -inf, nan,
          True, 7.25]
for name in one_arg:
    for v in values:
        show(name, v)

two_arg = ["pow", "atan2", "fmod", "remainder", "copysign", "nextafter", "ldexp"]
pairs = [(2.0, 10), (2, 0.5), (-8.0, 1 / 3), (0.0, -1), (0.0, 0), (inf, 2), (-inf, 3),
         (-inf, -3), (nan, 0), (1, nan), (0.5, inf), (2.0, -inf), (7.5, 2.0), (-7.5, 2.0),
         (1.0, 0.0), (10.0, 1e308), (1e308, 10), (5, 3), (-1.0, -inf), (inf, 1.0)]
for name in two_arg:
    for a, b in pairs:
        show(name, a, b)

for v in [2.5, -2.5, 3, -7, 1e20, 0.1, -0.0, inf, nan, 10 ** 30, True]:
    show("floor", v)
    show("ceil", v)
    show("trunc", v)

for base in [2, 10, math.e, 0.5, 1, 0, -2]:
    show("log", 1024, base)
show("log", 10 ** 400)
show("log", 2 ** 5000, 2)
show("log2", 2 ** 3000)
show("log10", 10 ** 500)
show("log", -10 ** 400)
show("log", 0)
show("log10", 0.001)
show("sqrt", 10 ** 400)
show("ldexp", 1.0, 2.0)
show("ldexp", 1.0, 10 ** 30)
show("ldexp", 1.0, -10 ** 30)
show("ldexp", 0.75, 1025)

close = [(1.0, 1.0 + 1e-10), (1.0, 1.1), (0.0, 1e-10), (inf, inf), (inf, -inf), (nan, nan),
         (1e10, 1e10 + 1), (-1.0, -1.0000000001)]
for a, b in close:
    print("isclose", a, b, math.isclose(a, b), math.isclose(a, b, rel_tol=0.2),
          math.isclose(a, b, abs_tol=1e-9), math.isclose(a=a, b=b))
for bad in [lambda: math.isclose(1, 2, rel_tol=-1), lambda: math.isclose(1, 2, 3),
            lambda: math.isclose(1), lambda: math.isclose(1, 2, x=3),
            lambda: math.isclose(1, 2, a=1), lambda: math.sqrt(), lambda: math.sqrt(x=1),
            lambda: math.sqrt(1, 2), lambda: math.pow(1), lambda: math.log(), lambda: math.log(1, 2, 3),
            lambda: math.sqrt("a"), lambda: math.floor("a"), lambda: math.trunc("a"),
            lambda: math.atan2(1), lambda: math.nextafter(1), lambda: math.ldexp(1),
            lambda: math.copysign(1), lambda: math.fmod(1, 2, 3), lambda: math.exp(None)]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
    except ValueError as e:
        print("ValueError:", e)


class F:
    def __float__(self):
        return 2.25


class I:
    def __index__(self):
        return 9


class R:
    def __floor__(self):
        return "floor!"

    def __ceil__(self):
        return "ceil!"

    def __trunc__(self):
        return "trunc!"

    def __float__(self):
        return 1.5


class BadF:
    def __float__(self):
        return 3


for obj in [F(), I(), R()]:
    print(math.sqrt(obj), math.floor(obj), math.ceil(obj), math.exp(obj))
print(math.trunc(R()), math.trunc(3.9), math.trunc(-3.9))
for name, obj in [("sqrt", BadF()), ("trunc", F())]:
    try:
        getattr(math, name)(obj)
    except TypeError as e:
        print("TypeError:", e)


class MyFloat(float):
    pass


class MyInt(int):
    pass


print(math.floor(MyFloat(2.5)), math.sqrt(MyFloat(6.25)), math.sqrt(MyInt(16)), math.floor(MyInt(5)))
print(type(math.floor(MyInt(5))).__name__, type(math.floor(2.0)).__name__)
