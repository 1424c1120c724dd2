# type() as a class factory, dynamic attributes, methods, inheritance via type(), and __name__/__qualname__ edits.
def init(self, v):
    self.v = v
Base = type("Base", (), {"__init__": init, "describe": lambda self: f"{type(self).__name__}({self.v})", "kind": "base"})
Child = type("Child", (Base,), {"kind": "child", "double": lambda self: self.v * 2})
c = Child(21)
print(c.describe(), c.double(), c.kind, Base.kind, Child.__mro__, Child.__name__, Child.__qualname__)
Child.__name__ = "Renamed"
print(Child.__name__, Child.__qualname__, repr(Child))
Child.__qualname__ = "Outer.Renamed"
print(repr(Child))
print(type(c) is Child, type(Base) is type, isinstance(c, Base), Child.__bases__[0] is Base)
classes = [type(f"C{i}", (object,), {"n": i}) for i in range(3)]
print([k.__name__ for k in classes], [k.n for k in classes], [k().n for k in classes])
try:
    type("Bad", (5,), {})
except TypeError as e:
    print("TypeError:", e)
try:
    type("Bad", (), [])
except TypeError as e:
    print("TypeError:", e)
try:
    type(1, 2)
except TypeError as e:
    print("TypeError:", e)
Slotted = type("Slotted", (), {"__slots__": ("a",)})
s = Slotted()
s.a = 1
print(s.a, hasattr(s, "__dict__"))
