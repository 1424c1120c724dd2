# Class-level hooks: a metaclass's __call__ and class-method __prepare__, type.__init__ via
# super(), type.mro(), __class_getitem__ on Python classes, the fields of property/staticmethod/
# classmethod, a classmethod wrapping a property, and the errors for bad bases.


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", mcls.__name__, name, kw)
        return {"prepared": True}

    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        print("init", name)

    def __call__(cls, *args, **kwargs):
        print("Meta.__call__", cls.__name__, args, kwargs)
        return super().__call__(*args, **kwargs)


class A(metaclass=Meta, flag=1):
    def __init__(self, x=0):
        self.x = x


a = A(5)
print(a.x, A.prepared, type(A).__name__, [k.__name__ for k in Meta.mro(Meta)], A.mro() == list(A.__mro__))


class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"


print(Box[int], Box["x"], Box[1, 2])
try:
    Meta[int]
except TypeError as e:
    print("TypeError:", e)


class P:
    @property
    def v(self):
        "the v"
        return 1

    @v.setter
    def v(self, value):
        pass

    @staticmethod
    def s(x):
        return x + 1

    @classmethod
    def c(cls):
        return cls.__name__

    @classmethod
    @property
    def name(cls):
        return "class property " + cls.__name__


pv = P.__dict__["v"]
print(pv.fget.__name__, pv.fset.__name__, pv.fdel, pv.__doc__, P.v.__doc__)
sm, cm = P.__dict__["s"], P.__dict__["c"]
print(sm.__func__(1), sm(2), callable(sm), cm.__func__(int), sm.__wrapped__ is sm.__func__, P.name)
try:
    class Dup(P, P):
        pass
except TypeError as e:
    print("TypeError:", e)


class X: pass
class Y(X): pass
try:
    class Z(X, Y):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    type.__init__(A, 1, 2)
except TypeError as e:
    print("TypeError:", e)
