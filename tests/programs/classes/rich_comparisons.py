# Rich comparisons: reflection, NotImplemented fallback to identity for ==, subclass priority, errors.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __eq__(self, other):
        print(f"Money.__eq__({self.cents}, {other!r})")
        if isinstance(other, Money):
            return self.cents == other.cents
        return NotImplemented
    def __lt__(self, other):
        print(f"Money.__lt__({self.cents})")
        if isinstance(other, Money):
            return self.cents < other.cents
        if isinstance(other, int):
            return self.cents < other
        return NotImplemented
    def __le__(self, other):
        return self == other or self < other
    def __repr__(self):
        return f"M({self.cents})"
a, b = Money(5), Money(10)
print(a == Money(5), a != b, a < b, b > a, a <= b, a < 7)
print(7 > a)
print(a == 5, a != 5)
try:
    a > 3
except TypeError as e:
    print("TypeError:", e)
try:
    a >= "x"
except TypeError as e:
    print("TypeError:", e)
print(sorted([Money(3), Money(1), Money(2)]))
class Ident:
    pass
i, j = Ident(), Ident()
print(i == i, i == j, i != j, i != i)
try:
    i < j
except TypeError as e:
    print("TypeError:", e)
class Base:
    def __eq__(self, o):
        print("Base.__eq__")
        return NotImplemented
class Derived(Base):
    def __eq__(self, o):
        print("Derived.__eq__")
        return True
print(Base() == Derived())
print(Derived() == Base())
class Weird:
    def __eq__(self, o):
        return "truthy string"
    def __ne__(self, o):
        return 0
w = Weird()
print(w == 1, w != 1, [w] == [1], bool([w] == [1]))
class OnlyEq:
    def __eq__(self, o):
        return isinstance(o, OnlyEq)
print(OnlyEq() != OnlyEq(), OnlyEq() != 5)
class R:
    def __init__(self, v):
        self.v = v
    def __gt__(self, o):
        return self.v > o.v
print(R(1) < R(2), max([R(3), R(9), R(1)], key=lambda r: r.v).v, sorted([R(2), R(1)], key=lambda r: r.v)[0].v)
