# Numeric conversion protocols: __int__, __float__, __complex__, __index__, __round__, __bytes__, __abs__, __bool__.
class Num:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        print("  __int__")
        return int(self.v)
    def __float__(self):
        print("  __float__")
        return float(self.v)
    def __complex__(self):
        print("  __complex__")
        return complex(self.v, 1)
    def __index__(self):
        print("  __index__")
        return int(self.v) * 10
    def __round__(self, nd=None):
        print("  __round__", nd)
        return Num(round(self.v, nd) if nd is not None else round(self.v))
    def __abs__(self):
        return Num(abs(self.v))
    def __neg__(self):
        return Num(-self.v)
    def __pos__(self):
        return self
    def __invert__(self):
        return Num(~int(self.v))
    def __bytes__(self):
        return f"<{self.v}>".encode()
    def __bool__(self):
        return self.v != 0
    def __repr__(self):
        return f"Num({self.v})"
n = Num(3.7)
print(int(n)); print(float(n)); print(complex(n)); print(round(n)); print(round(n, 1))
print(abs(Num(-2)), -n, +n, ~Num(5), bytes(n), bool(Num(0)), bool(n))
print([10, 20, 30, 40][Num(0.2)] if False else "list index uses __index__:")
print(list(range(100))[Num(0.5)])
print(bin(Num(1)), hex(Num(2)), "ab" * Num(0.1))
class OnlyIndex:
    def __index__(self):
        return 7
print(int(OnlyIndex()), float(OnlyIndex()) if False else "float() needs __float__ or __index__:", float(OnlyIndex()))
print(complex(OnlyIndex()), range(OnlyIndex()), [0] * 10 and [1, 2, 3][OnlyIndex() - 6 if False else 1])
class NoConv:
    pass
for f in (int, float, complex, bytes, round, abs):
    try:
        f(NoConv())
    except TypeError as e:
        print(f.__name__, "TypeError:", e)
