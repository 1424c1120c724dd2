# Tuples as records: sorting, grouping, zipping, and a hand-written named-tuple-like class built with type().
def make_record(name, fields):
    fields = tuple(fields.split())
    def __new__(cls, *args):
        if len(args) != len(fields):
            raise TypeError(f"{name} expects {len(fields)} fields, got {len(args)}")
        return tuple.__new__(cls, args)
    def __repr__(self):
        return f"{name}(" + ", ".join(f"{f}={v!r}" for f, v in zip(fields, self)) + ")"
    def _asdict(self):
        return dict(zip(fields, self))
    def _replace(self, **kw):
        return type(self)(*(kw.get(f, v) for f, v in zip(fields, self)))
    ns = {"__new__": __new__, "__repr__": __repr__, "_asdict": _asdict, "_replace": _replace, "_fields": fields, "__slots__": ()}
    for i, f in enumerate(fields):
        ns[f] = property(lambda self, i=i: self[i])
    return type(name, (tuple,), ns)
Point = make_record("Point", "x y")
Emp = make_record("Emp", "name dept salary")
p = Point(3, 4)
print(p, p.x, p.y, p[0], len(p), p + (5,), p == (3, 4), hash(p) == hash((3, 4)), p._asdict(), p._replace(y=10))
x, y = p
print(x, y, isinstance(p, tuple), Point._fields, type(p).__name__)
staff = [Emp("ann", "eng", 120), Emp("bob", "ops", 90), Emp("cat", "eng", 135), Emp("dan", "ops", 95), Emp("eve", "hr", 80)]
for e in sorted(staff, key=lambda e: (e.dept, -e.salary)):
    print(e)
depts = {}
for e in staff:
    depts.setdefault(e.dept, []).append(e.salary)
print({d: (len(s), sum(s), max(s)) for d, s in sorted(depts.items())})
try:
    Point(1)
except TypeError as err:
    print("TypeError:", err)
try:
    p.x = 5
except AttributeError as err:
    print("AttributeError:", err)
names, depts_, sal = zip(*staff)
print(names, sal, sum(sal) / len(sal))
print(max(staff, key=lambda e: e.salary).name, min(staff, key=lambda e: e[2]))
