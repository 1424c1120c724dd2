# A class hierarchy program: shapes with polymorphism, abstract method pattern, sorting by area.
class Shape:
    count = 0
    def __init__(self, name):
        self.name = name
        Shape.count += 1
    def area(self):
        raise NotImplementedError(f"{type(self).__name__}.area")
    def perimeter(self):
        raise NotImplementedError
    def describe(self):
        return f"{self.name}: area={self.area():.3f} perimeter={self.perimeter():.3f}"
    def __lt__(self, other):
        return self.area() < other.area()
    def __repr__(self):
        return f"<{type(self).__name__} {self.name}>"
class Rect(Shape):
    def __init__(self, w, h, name="rect"):
        super().__init__(name)
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s, "square")
class Circle(Shape):
    PI = 3.141592653589793
    def __init__(self, r):
        super().__init__("circle")
        self.r = r
    def area(self):
        return self.PI * self.r ** 2
    def perimeter(self):
        return 2 * self.PI * self.r
class Triangle(Shape):
    def __init__(self, a, b, c):
        super().__init__("triangle")
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError(f"invalid triangle {a},{b},{c}")
        self.sides = (a, b, c)
    def perimeter(self):
        return sum(self.sides)
    def area(self):
        s = self.perimeter() / 2
        a, b, c = self.sides
        return (s * (s - a) * (s - b) * (s - c)) ** 0.5
shapes = [Rect(3, 4), Square(2.5), Circle(1), Triangle(3, 4, 5), Circle(0.5), Rect(1, 10)]
for s in shapes:
    print(s.describe())
print(sorted(shapes))
print(max(shapes), min(shapes, key=lambda s: s.perimeter()))
print(Shape.count, sum(s.area() for s in shapes))
try:
    Triangle(1, 2, 10)
except ValueError as e:
    print("ValueError:", e)
try:
    Shape("abstract").describe()
except NotImplementedError as e:
    print("NotImplementedError:", e)
by_type = {}
for s in shapes:
    by_type.setdefault(type(s).__name__, []).append(round(s.area(), 2))
print(by_type)
print([isinstance(s, Rect) for s in shapes], [type(s).__mro__[1].__name__ for s in shapes])
