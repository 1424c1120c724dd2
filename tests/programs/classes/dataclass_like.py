# A hand-written dataclass-like decorator using annotations, exec-free code generation via closures.
def record(cls):
    fields = list(cls.__annotations__)
    defaults = {f: cls.__dict__[f] for f in fields if f in cls.__dict__}
    def __init__(self, *args, **kwargs):
        if len(args) > len(fields):
            raise TypeError(f"{cls.__name__} takes {len(fields)} positional arguments")
        values = dict(zip(fields, args))
        for k, v in kwargs.items():
            if k not in fields:
                raise TypeError(f"unexpected field {k!r}")
            if k in values:
                raise TypeError(f"duplicate field {k!r}")
            values[k] = v
        for f in fields:
            if f not in values:
                if f not in defaults:
                    raise TypeError(f"missing field {f!r}")
                values[f] = defaults[f]
            setattr(self, f, values[f])
    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
        return f"{cls.__name__}({inner})"
    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in fields)
    def __hash__(self):
        return hash(tuple(getattr(self, f) for f in fields))
    def __lt__(self, other):
        return tuple(getattr(self, f) for f in fields) < tuple(getattr(other, f) for f in fields)
    cls.__init__ = __init__
    cls.__repr__ = __repr__
    cls.__eq__ = __eq__
    cls.__hash__ = __hash__
    cls.__lt__ = __lt__
    cls._fields = tuple(fields)
    return cls
@record
class Point:
    x: int
    y: int = 0
    label: str = "p"
pts = [Point(3, 4), Point(1), Point(y=2, x=1, label="q"), Point(1, 2, "q"), Point(0, 9)]
print(pts)
print(sorted(pts), Point._fields)
print(pts[2] == pts[3], pts[0] == pts[1], pts[0] == (3, 4, "p"), len({p for p in pts}))
for bad in [lambda: Point(), lambda: Point(1, 2, 3, 4), lambda: Point(1, z=2), lambda: Point(1, x=2)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
@record
class Line:
    start: Point
    end: Point
print(Line(Point(0, 0), Point(5, 5, "end")))
