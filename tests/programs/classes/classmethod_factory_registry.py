# A plugin registry using __init_subclass__ and classmethod factories; dispatch by name; subclass-specific parsing.
class Shape:
    registry = {}
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        if name:
            Shape.registry[name] = cls
    @classmethod
    def parse(cls, text):
        kind, *nums = text.split()
        if kind not in cls.registry:
            raise ValueError(f"unknown shape {kind!r}")
        sub = cls.registry[kind]
        return sub.from_numbers([float(n) for n in nums])
    @classmethod
    def from_numbers(cls, nums):
        return cls(*nums)
    def __repr__(self):
        fields = ", ".join(f"{k}={v:g}" for k, v in vars(self).items())
        return f"{type(self).__name__}({fields})"
class Circle(Shape, name="circle"):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.141592653589793 * self.r ** 2
class Rect(Shape, name="rect"):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect, name="square"):
    @classmethod
    def from_numbers(cls, nums):
        (side,) = nums
        return cls(side, side)
class Hidden(Rect):
    pass
print(sorted(Shape.registry), Shape.registry["square"].__mro__[1].__name__)
for line in ["circle 1", "rect 2 3.5", "square 4", "hexagon 1", "square 1 2", "circle x"]:
    try:
        s = Shape.parse(line)
        print(f"{line!r:14} -> {s} area={s.area():.4f}")
    except ValueError as e:
        print(f"{line!r:14} -> ValueError: {e}")
print(Square.from_numbers([3]).area(), Rect.from_numbers([2, 5]).area(), type(Hidden.from_numbers([1, 1])).__name__)
