# An exception from a special method invoked by an operator.
class Vec:
    def __init__(self, *c):
        self.c = c
    def __add__(self, other):
        if len(self.c) != len(other.c):
            raise ValueError(f"dimension mismatch: {len(self.c)} vs {len(other.c)}")
        return Vec(*(a + b for a, b in zip(self.c, other.c)))
v = Vec(1, 2) + Vec(3, 4)
print(v.c)
w = v + Vec(1, 2, 3)
