# __call__, __enter__/__exit__ (suppression, exception info), __format__, __repr__ vs __str__.
class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x, *, twice=False):
        return x * self.k * (2 if twice else 1)
m = Multiplier(3)
print(m(4), m(4, twice=True), callable(m), callable(Multiplier), list(map(m, [1, 2])))
class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc, tb is not None)
        return self.suppress
with CM("a") as x:
    print("body", x)
with CM("b", suppress=True):
    raise ValueError("swallowed")
print("after suppressed")
try:
    with CM("c"):
        raise KeyError("passes")
except KeyError as e:
    print("caught", e)
with CM("outer") as o, CM("inner") as i:
    print("both", o, i)
def early():
    with CM("ret"):
        return "returned value"
print(early())
for n in range(3):
    with CM(f"loop{n}"):
        if n == 1:
            continue
        if n == 2:
            break
        print("loop body", n)
class NoEnter:
    def __exit__(self, *a):
        pass
try:
    with NoEnter():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)
class Fmt:
    def __format__(self, spec):
        return f"<{spec or 'empty'}>"
    def __repr__(self):
        return "Fmt-repr"
    def __str__(self):
        return "Fmt-str"
f = Fmt()
print(f, str(f), repr(f), f"{f}", f"{f!r}", f"{f!s}", f"{f:xyz}", format(f, "q"), "{:abc}".format(f), [f], (f,), {"k": f})
class OnlyRepr:
    def __repr__(self):
        return "only-repr"
print(OnlyRepr(), str(OnlyRepr()), f"{OnlyRepr()}", format(OnlyRepr()))
try:
    format(OnlyRepr(), "x")
except TypeError as e:
    print("TypeError:", e)
class BadStr:
    def __str__(self):
        return 5
try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)
class Dflt:
    pass
print(repr(Dflt()).startswith("<__main__.Dflt object at 0x"), str(Dflt) , repr(Dflt))
