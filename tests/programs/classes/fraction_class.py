# A hand-written Fraction class: normalization, arithmetic with ints, comparisons, hashing equal to int when whole.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
class Frac:
    __slots__ = ("n", "d")
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError(f"Frac({n}, 0)")
        if d < 0:
            n, d = -n, -d
        g = gcd(n, d) or 1
        self.n, self.d = n // g, d // g
    @staticmethod
    def _coerce(o):
        if isinstance(o, Frac):
            return o
        if isinstance(o, int):
            return Frac(o)
        return None
    def __add__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __sub__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else Frac(self.n * o.d - o.n * self.d, self.d * o.d)
    def __rsub__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else o - self
    def __mul__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else Frac(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else Frac(self.n * o.d, self.d * o.n)
    def __rtruediv__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else o / self
    def __pow__(self, e):
        return Frac(self.n ** e, self.d ** e) if e >= 0 else Frac(self.d ** -e, self.n ** -e)
    def __neg__(self):
        return Frac(-self.n, self.d)
    def __abs__(self):
        return Frac(abs(self.n), self.d)
    def __eq__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else (self.n, self.d) == (o.n, o.d)
    def __lt__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else self.n * o.d < o.n * self.d
    def __gt__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else self.n * o.d > o.n * self.d
    def __le__(self, o):
        return self == o or self < o
    def __hash__(self):
        return hash(self.n) if self.d == 1 else hash((self.n, self.d))
    def __float__(self):
        return self.n / self.d
    def __int__(self):
        return int(self.n / self.d)
    def __bool__(self):
        return self.n != 0
    def __repr__(self):
        return f"Frac({self.n}, {self.d})"
    def __str__(self):
        return f"{self.n}/{self.d}" if self.d != 1 else str(self.n)
    def __format__(self, spec):
        return format(str(self), spec) if not spec.endswith("f") else format(float(self), spec)
a, b = Frac(1, 3), Frac(-2, 4)
print(a, b, repr(b), a + b, a - b, a * b, a / b, b ** 2, a ** -2, -a, abs(b), 1 + a, a + 1, 2 - a, 2 * a, 1 / a)
print(a < b, b < a, a == Frac(2, 6), Frac(4, 2) == 2, 2 == Frac(4, 2), hash(Frac(4, 2)) == hash(2), sorted([a, b, Frac(0), 1]))
print(float(a), int(Frac(-7, 2)), bool(Frac(0, 5)), f"{a:>8}|{a:.4f}", {Frac(1, 2): "half"}[Frac(2, 4)])
h = Frac(0)
for k in range(1, 21):
    h = h + Frac(1, k)
print("H20 =", h, float(h))
x = Frac(1)
for _ in range(6):
    x = (x + Frac(2) / x) / 2
print("sqrt2 approx", x, f"{x:.15f}")
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    a + 0.5
except TypeError as e:
    print("TypeError:", e)
print(sum([Frac(1, 2 ** k) for k in range(1, 11)], Frac(0)), max(Frac(3, 7), Frac(2, 5)))
