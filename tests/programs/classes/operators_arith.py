# Arithmetic special methods, reflected operands, NotImplemented fallback, in-place operators.
class V:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return f"V{self.c}"
    def _op(self, other, f):
        if isinstance(other, V):
            return V(*(f(a, b) for a, b in zip(self.c, other.c)))
        if isinstance(other, (int, float)):
            return V(*(f(a, other) for a in self.c))
        return NotImplemented
    def __add__(self, o): return self._op(o, lambda a, b: a + b)
    def __radd__(self, o):
        print("__radd__ with", o)
        return self._op(o, lambda a, b: b + a)
    def __sub__(self, o): return self._op(o, lambda a, b: a - b)
    def __rsub__(self, o): return self._op(o, lambda a, b: b - a)
    def __mul__(self, o): return self._op(o, lambda a, b: a * b)
    __rmul__ = __mul__
    def __truediv__(self, o): return self._op(o, lambda a, b: a / b)
    def __floordiv__(self, o): return self._op(o, lambda a, b: a // b)
    def __mod__(self, o): return self._op(o, lambda a, b: a % b)
    def __pow__(self, o, mod=None): return V(*(pow(a, o, mod) for a in self.c))
    def __rpow__(self, o): return V(*(o ** a for a in self.c))
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.c, o.c))
    def __neg__(self): return V(*(-a for a in self.c))
    def __pos__(self): return self
    def __abs__(self): return V(*(abs(a) for a in self.c))
    def __invert__(self): return V(*(~a for a in self.c))
    def __lshift__(self, n): return V(*(a << n for a in self.c))
    def __rshift__(self, n): return V(*(a >> n for a in self.c))
    def __and__(self, o): return V(*(a & o for a in self.c))
    def __or__(self, o): return V(*(a | o for a in self.c))
    def __xor__(self, o): return V(*(a ^ o for a in self.c))
    def __divmod__(self, o): return (self // o, self % o)
a, b = V(1, 2, 3), V(10, 20, 30)
print(a + b, b - a, a * 2, 2 * a, a / 2, b // 3, b % 7, a ** 2, pow(a, 3, 5), 2 ** a, a @ b)
print(-a, +a, abs(V(-1, 2)), ~a, a << 2, b >> 1, a & 1, a | 8, a ^ 3, divmod(b, 4))
print(1 + a, 10 - a, sum([a, b], V(0, 0, 0)))
try:
    a + "s"
except TypeError as e:
    print("TypeError:", e)
try:
    "s" - a
except TypeError as e:
    print("TypeError:", e)
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        print("__iadd__", x)
        self.items.append(x)
        return self
    def __add__(self, x):
        print("__add__ (should not be used for +=)")
        return self
    def __repr__(self):
        return f"Acc{self.items}"
acc = Acc()
same = acc
acc += 1
acc += 2
print(acc, acc is same)
x = V(1, 1)
y = x
x += V(2, 2)
print(x, y, x is y)
class OnlyAdd:
    def __add__(self, o):
        return "added"
o = OnlyAdd()
o += 5
print(o)
class Sub(V):
    def __radd__(self, o):
        print("Sub.__radd__ preferred")
        return "sub-radd"
print(V(1) + Sub(2))
class NoRadd:
    def __add__(self, o):
        return NotImplemented
try:
    NoRadd() + NoRadd()
except TypeError as e:
    print("TypeError:", e)
try:
    NoRadd() @ 3
except TypeError as e:
    print("TypeError:", e)
try:
    x = 1
    x @= 2
except TypeError as e:
    print("TypeError:", e)
