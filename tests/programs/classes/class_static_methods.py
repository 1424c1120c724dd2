# classmethod, staticmethod, alternative constructors, calling via instance and class.
class Date:
    count = 0
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        Date.count += 1
    @classmethod
    def from_string(cls, s):
        y, m, d = map(int, s.split("-"))
        return cls(y, m, d)
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"
class MyDate(Date):
    pass
print(Date.from_string("2024-02-29"), MyDate.from_string("1999-12-31"), Date(1, 2, 3).from_string("5-6-7"))
print([y for y in range(1896, 1910) if Date.is_leap(y)], Date(2000, 1, 1).is_leap(2000), Date.count)
print(type(Date.__dict__["from_string"]).__name__, type(Date.__dict__["is_leap"]).__name__)
print(Date.from_string.__self__ is Date, MyDate.from_string.__self__ is MyDate, Date.is_leap(1900))
sm = staticmethod(lambda: "called")
cm = classmethod(lambda cls: cls.__name__)
print(sm.__func__(), cm.__func__(int), callable(sm))
class Counter:
    instances = []
    def __init__(self):
        type(self).instances.append(self)
    @classmethod
    def how_many(cls):
        return len(cls.instances)
Counter(); Counter()
print(Counter.how_many(), Counter().how_many())
class Wrap:
    @classmethod
    @property
    def name(cls):
        return "class property " + cls.__name__
print(Wrap.name)
