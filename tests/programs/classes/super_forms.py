class A:
    def __init__(self, x):
        self.x = x
        print("A.__init__", x)
    def hello(self):
        return "A.hello"
    @classmethod
    def make(cls):
        return cls.__name__
    @staticmethod
    def st(v):
        return v * 2
    @property
    def prop(self):
        return "A.prop"
class B(A):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
    def hello(self):
        return "B>" + super().hello()
    @classmethod
    def make(cls):
        return "B>" + super().make()
    def st2(self):
        return super().st(21)
    @property
    def prop(self):
        return "B>" + super().prop
class C(A):
    def hello(self):
        return "C>" + super().hello()
class D(B, C):
    def __init__(self):
        super().__init__(1, 2)
    def hello(self):
        return "D>" + super().hello()
d = D()
print(d.hello(), D.make(), d.st2(), d.prop, d.x, d.y)
print(super(B, d).hello(), super(C, d).hello(), super(D, d).hello())
s = super(B, d)
print(s.__thisclass__.__name__, s.__self_class__.__name__, s.__self__ is d)
print(repr(super(A, d)), repr(super(A)))
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
t(lambda: super(1, d))
t(lambda: super(B, 1))
t(lambda: super(A, d).missing)
t(lambda: super())
class E:
    def f(self):
        def inner():
            return super().__repr__
        return inner()
t(lambda: E().f())
class F:
    def g(*args):
        return super().__class__
    def h(self):
        del self
        return super()
t(lambda: F().g())
t(lambda: F().h())
class G(dict):
    def __init__(self):
        super().__init__()
        self.extra = 1
class Meta(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = name.lower()
        return cls
class H(metaclass=Meta):
    pass
print(H.tag)
class I:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        print("init_subclass", cls.__name__, kw)
class J(I, flag=1):
    pass
class K:
    def __eq__(self, other):
        return super().__eq__(other)
    def __repr__(self):
        return "K:" + super().__repr__()[:10]
print(K() == K(), repr(K()))
print(isinstance(super(A, d), super))
class Base:
    def __setattr__(self, name, value):
        print("set", name)
        super().__setattr__(name, value)
    def __eq__(self, other):
        return NotImplemented
    __hash__ = object.__hash__
b = Base(); b.v = 3; print(b.v, b == b, b != b, b != Base())
object.__setattr__(b, "w", 4); print(b.w)
object.__delattr__(b, "w"); print(hasattr(b, "w"))
t(lambda: object.__setattr__(b, 1, 2))
class NoHash:
    def __eq__(self, other): return True
print(NoHash.__hash__, NoHash() != NoHash())
t(lambda: hash(NoHash()))
class Sized:
    def __len__(self): return 3
class Mixin(Sized):
    def __len__(self): return super().__len__() * 2
print(len(Mixin()))
class Chain:
    def who(self): return ["Chain"]
class L1(Chain):
    def who(self): return ["L1"] + super().who()
class L2(Chain):
    def who(self): return ["L2"] + super().who()
class Diamond(L1, L2):
    def who(self): return ["Diamond"] + super().who()
print(Diamond().who(), [c.__name__ for c in Diamond.__mro__])
