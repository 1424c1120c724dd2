# _weakref.proxy: forwarding attributes, operators, calls; ReferenceError once dead.
import _weakref

class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __rmul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __iter__(self):
        return iter((self.x, self.y))
    def __contains__(self, v):
        return v in (self.x, self.y)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __bool__(self):
        return bool(self.x or self.y)
    def __str__(self):
        return f"Vec<{self.x}, {self.y}>"
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def norm1(self):
        return abs(self.x) + abs(self.y)

v = Vec(1, 2)
p = _weakref.proxy(v)
print(type(p).__name__, type(p).__module__, _weakref.proxy(v) is p)
print(p.x, p.y, p.norm1(), str(p), p + Vec(1, 1), p * 3, 2 * p, -p)
print(p == Vec(1, 2), p < Vec(5, 5), len(p), p[1], list(p), 2 in p, 7 in p, bool(p))
p.x = 10
print(v.x, p.x)
del p.y
print(hasattr(v, "y"))
v.y = 4
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)

def add(a, b):
    return a + b
cp = _weakref.proxy(add)
print(type(cp).__name__, cp(2, 3), cp(a=1, b=2))

calls = []
p2 = _weakref.proxy(v, lambda w: calls.append("proxy callback"))
print(p2 is not _weakref.proxy(v), _weakref.getweakrefcount(v))
del v
print(calls)
for op in (lambda: p.x, lambda: p + 1, lambda: len(p), lambda: str(p), lambda: setattr(p, "x", 1)):
    try:
        op()
    except ReferenceError as e:
        print("ReferenceError:", e)

class Counter:
    def __init__(self):
        self.n = 0
    def __iadd__(self, k):
        self.n += k
        return self
c = Counter()
pc = _weakref.proxy(c)
pc += 5
print(c.n, pc is c)
