# cmath: every function on finite, huge, tiny, zero (signed), infinite and NaN parts, with
# CPython's special values and its errors; constants; argument conversions and messages.
import cmath
import math

INF, NAN = math.inf, math.nan
vals = [-INF, -1e308, -2.5, -1.0, -0.0, 0.0, 1e-310, 0.5, 1.0, 710.0, 1e154, INF, NAN]
names = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "exp", "log",
         "log10", "sin", "sinh", "sqrt", "tan", "tanh", "phase", "polar", "isfinite", "isinf",
         "isnan"]


def show(f, *a):
    try:
        return repr(f(*a))
    except Exception as e:
        return f"{type(e).__name__}: {e}"


for name in names:
    fn = getattr(cmath, name)
    for x in vals:
        print(name, x, " ".join(show(fn, complex(x, y)) for y in vals))
for x in vals:
    print("rect", x, " ".join(show(cmath.rect, x, y) for y in vals))
    print("log2", x, " ".join(show(cmath.log, complex(x, 1.0), y) for y in vals[2:9]))

print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
print(cmath.sqrt(-1), cmath.sqrt(4), cmath.exp(1j * cmath.pi), cmath.log(8, 2), cmath.log(0, 2))
print(cmath.polar(1 + 1j), cmath.rect(2, cmath.pi / 3), cmath.phase(-1 + 0j), cmath.phase(-1 - 0j))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 1.001j, rel_tol=0.01),
      cmath.isclose(0j, 1e-10j, abs_tol=1e-9), cmath.isclose(complex(INF, 0), complex(INF, 0)),
      cmath.isclose(complex(NAN, 0), complex(NAN, 0)))


class C:
    def __complex__(self):
        return 3j


class F:
    def __float__(self):
        return 4.0


class I:
    def __index__(self):
        return 9


class Bad:
    def __complex__(self):
        return 1


print(cmath.sqrt(C()), cmath.sqrt(F()), cmath.sqrt(I()), cmath.sqrt(True), cmath.exp(2))
for f, a in [(cmath.sqrt, ("a",)), (cmath.sqrt, (None,)), (cmath.sqrt, ()), (cmath.sqrt, (1, 2)),
             (cmath.log, ()), (cmath.log, (1, 2, 3)), (cmath.log, (0,)), (cmath.log, (1, 1)),
             (cmath.log, (2, 0)), (cmath.sqrt, (10 ** 400,)), (cmath.isclose, (1,)),
             (cmath.isclose, (1, 2, 3)), (cmath.isclose, (1, 2)), (cmath.rect, (1,)),
             (cmath.rect, (1j, 2)), (lambda: cmath.isclose(1, 1, rel_tol=-1), ()),
             (cmath.exp, (1000,)), (cmath.cosh, (1000 + 1j,)), (cmath.atanh, (1,)),
             (cmath.sqrt, (Bad(),)), (cmath.polar, (complex(1e308, 1e308),)),
             (cmath.phase, (complex(1e308, 1e-310),))]:
    print(show(f, *a))
print(cmath.log.__text_signature__, cmath.isclose.__text_signature__, cmath.sqrt.__doc__)
print(sorted(k for k in dir(cmath) if not k.startswith("_")))
