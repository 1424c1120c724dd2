# Cooperative multiple inheritance: **kwargs threading through super().__init__ along the MRO, and super in classmethods.
class Base:
    def __init__(self, **kwargs):
        if kwargs:
            raise TypeError(f"unexpected arguments: {sorted(kwargs)}")
        print("Base init")
class Named(Base):
    def __init__(self, name, **kwargs):
        print("Named init", name)
        self.name = name
        super().__init__(**kwargs)
class Colored(Base):
    def __init__(self, color="black", **kwargs):
        print("Colored init", color)
        self.color = color
        super().__init__(**kwargs)
class Sized(Base):
    def __init__(self, size, **kwargs):
        print("Sized init", size)
        self.size = size
        super().__init__(**kwargs)
class Widget(Named, Colored, Sized):
    def __init__(self, **kwargs):
        print("Widget init", sorted(kwargs))
        super().__init__(**kwargs)
print([k.__name__ for k in Widget.__mro__])
w = Widget(name="button", color="red", size=3)
print(vars(w))
w2 = Widget(name="label", size=1)
print(vars(w2))
try:
    Widget(name="x", size=1, weight=5)
except TypeError as e:
    print("TypeError:", e)
class Registry:
    items = []
    @classmethod
    def create(cls, *a):
        obj = cls(*a)
        cls.items.append(obj)
        return obj
class Tagged(Registry):
    def __init__(self, tag):
        self.tag = tag
    @classmethod
    def create(cls, tag):
        print("Tagged.create via", cls.__name__)
        return super().create(tag.upper())
t = Tagged.create("x")
print(t.tag, len(Registry.items), Registry.items[0] is t)
class P:
    @property
    def value(self):
        return 1
class Q(P):
    @property
    def value(self):
        return super().value + 10
print(Q().value)
class S:
    @staticmethod
    def helper():
        return "static"
class T(S):
    @staticmethod
    def helper():
        return "T+" + super(T, T).helper()
print(T.helper())
