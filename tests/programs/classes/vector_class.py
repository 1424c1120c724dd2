# A 2D/3D vector class with operators, iteration, unpacking, equality, hashing and in-place ops.
class Vec:
    def __init__(self, *c):
        self.c = tuple(c)
    def __iter__(self):
        return iter(self.c)
    def __len__(self):
        return len(self.c)
    def __getitem__(self, i):
        return self.c[i]
    def __add__(self, o):
        return Vec(*(a + b for a, b in zip(self, o, strict=True)))
    def __sub__(self, o):
        return Vec(*(a - b for a, b in zip(self, o, strict=True)))
    def __mul__(self, k):
        if isinstance(k, Vec):
            return sum(a * b for a, b in zip(self, k))
        return Vec(*(a * k for a in self))
    __rmul__ = __mul__
    def __truediv__(self, k):
        return Vec(*(a / k for a in self))
    def __neg__(self):
        return self * -1
    def __abs__(self):
        return sum(a * a for a in self) ** 0.5
    def __eq__(self, o):
        return isinstance(o, Vec) and self.c == o.c
    def __hash__(self):
        return hash(self.c)
    def __bool__(self):
        return any(self.c)
    def __repr__(self):
        return f"Vec{self.c}"
    def cross(self, o):
        a1, a2, a3 = self
        b1, b2, b3 = o
        return Vec(a2 * b3 - a3 * b2, a3 * b1 - a1 * b3, a1 * b2 - a2 * b1)
u, v = Vec(1, 2, 3), Vec(4, 5, 6)
print(u + v, u - v, u * 2, 3 * u, u * v, u / 2, -u, abs(Vec(3, 4)), u.cross(v), v.cross(u), len(u), u[1], u[-1])
x, y, z = u
print(x, y, z, list(u), tuple(v), sorted(Vec(3, 1, 2)), max(v), sum(u), Vec(*u) == u, u == (1, 2, 3))
print(bool(Vec(0, 0)), bool(Vec(0, 1)), {Vec(1, 2): "a", Vec(1, 2): "b"}, len({u, Vec(1, 2, 3), v}))
w = u
w += v
print(w, u, w is u)
w *= 2
print(w)
try:
    u + Vec(1, 2)
except ValueError as e:
    print("ValueError:", e)
pos, vel, acc = Vec(0.0, 10.0), Vec(3.0, 0.0), Vec(0.0, -9.8)
dt = 0.1
for step in range(15):
    vel = vel + acc * dt
    pos = pos + vel * dt
    if step % 3 == 0:
        print(step, Vec(*(round(c, 3) for c in pos)), round(abs(vel), 4))
