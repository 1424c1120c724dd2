# Mixins with cooperative super(), an abstract-method pattern, and method resolution across mixins.
class ReprMixin:
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in sorted(vars(self).items()))
        return f"{type(self).__name__}({fields})"
class EqMixin:
    def __eq__(self, other):
        return type(self) is type(other) and vars(self) == vars(other)
    __hash__ = None
class SerializeMixin:
    def to_dict(self):
        out = {}
        for k, v in sorted(vars(self).items()):
            out[k] = v.to_dict() if isinstance(v, SerializeMixin) else v
        return out
class LoggingMixin:
    log = []
    def __setattr__(self, name, value):
        LoggingMixin.log.append(f"{type(self).__name__}.{name}")
        super().__setattr__(name, value)
class Abstract:
    required = ()
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        missing = [m for m in cls.required if not callable(getattr(cls, m, None))]
        cls._abstract = missing
    def __new__(cls, *a, **k):
        if cls._abstract:
            raise TypeError(f"Can't instantiate {cls.__name__} without {', '.join(cls._abstract)}")
        return super().__new__(cls)
class Shape(Abstract):
    required = ("area",)
class Point(LoggingMixin, ReprMixin, EqMixin, SerializeMixin):
    def __init__(self, x, y):
        self.x, self.y = x, y
class Square(ReprMixin, SerializeMixin, Shape):
    def __init__(self, side, origin):
        self.side, self.origin = side, origin
    def area(self):
        return self.side ** 2
p = Point(1, 2)
print(p, p == Point(1, 2), p == Point(2, 1), p.to_dict(), LoggingMixin.log)
s = Square(3, p)
print(s, s.area(), s.to_dict())
print([k.__name__ for k in Point.__mro__], [k.__name__ for k in Square.__mro__])
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
