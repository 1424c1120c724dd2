# Attribute storage patterns that stress per-instance layouts: many attributes, different insertion orders, deletion.
class P:
    pass
objs = []
for i in range(6):
    o = P()
    if i % 2:
        o.a = i
        o.b = i * 2
    else:
        o.b = i * 2
        o.a = i
    if i % 3 == 0:
        o.c = "extra"
    objs.append(o)
for o in objs:
    print(vars(o), o.a + o.b, getattr(o, "c", None))
big = P()
for i in range(50):
    setattr(big, f"attr{i:02d}", i)
print(len(vars(big)), sum(vars(big).values()), list(vars(big))[:3], list(vars(big))[-3:])
for i in range(0, 50, 2):
    delattr(big, f"attr{i:02d}")
big.attr00 = "re-added"
print(len(vars(big)), list(vars(big))[:3], list(vars(big))[-2:])
class Slots:
    __slots__ = ("x", "y")
s = Slots()
s.x = 1
print(hasattr(s, "y"), s.x)
class Dyn:
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)
d1, d2 = Dyn(x=1, y=2), Dyn(y=2, x=1)
print(vars(d1), vars(d2), vars(d1) == vars(d2), list(vars(d1)) == list(vars(d2)))
total = 0
for i in range(10000):
    o = P()
    o.v = i
    o.w = -i
    total += o.v + o.w + (i % 7)
print(total)
