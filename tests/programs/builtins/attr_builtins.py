# getattr/setattr/hasattr/delattr, callable, id-free identity checks, type() one-arg.
class Obj:
    cls_val = "class"
    def method(self):
        return "called"
o = Obj()
setattr(o, "x", 1)
print(getattr(o, "x"), getattr(o, "cls_val"), getattr(o, "nope", "dflt"), hasattr(o, "x"), hasattr(o, "nope"))
print(getattr(o, "method")(), getattr(Obj, "method")(o), callable(getattr(o, "method")))
delattr(o, "x")
print(hasattr(o, "x"))
try:
    delattr(o, "x")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(o, "nope")
except AttributeError as e:
    print("AttributeError:", e)
class Raises:
    @property
    def bad(self):
        raise ValueError("property raised")
    @property
    def attr_err(self):
        raise AttributeError("inner attribute error")
r = Raises()
try:
    hasattr(r, "bad")
except ValueError as e:
    print("hasattr propagates ValueError:", e)
print(hasattr(r, "attr_err"), getattr(r, "attr_err", "default used"))
print(callable(len), callable(Obj), callable(o), callable(o.method), callable(5), callable(lambda: 0), callable("s"), callable(type))
class WithCall:
    def __call__(self):
        return 1
print(callable(WithCall()), callable(WithCall))
print(type(o) is Obj, type(Obj) is type, type(len).__name__, type(o.method).__name__, type([].append).__name__, type(print).__name__)
a = [1]
b = a
c = [1]
print(a is b, a is c, a == c, id(a) == id(b), id(a) == id(c))
setattr(Obj, "added", staticmethod(lambda: "static added"))
print(o.added(), Obj.added())
print(getattr(5, "real"), getattr("s", "upper")(), getattr([], "__len__")())
