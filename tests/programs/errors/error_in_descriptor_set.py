# An exception raised by a data descriptor's __set__ during attribute assignment in __init__.
class Positive:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, owner):
        return obj.__dict__[self.name]
    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.name} must be positive, got {value}")
        obj.__dict__[self.name] = value
class Box:
    width = Positive()
    height = Positive()
    def __init__(self, w, h):
        self.width = w
        self.height = h
print(Box(2, 3).width)
Box(2, -3)
