# Inheritance, C3 MRO, diamond, super() in both forms, MRO conflict error.
class A:
    def who(self):
        return ["A"]
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(A):
    def who(self):
        return ["C"] + super(C, self).who()
class D(B, C):
    def who(self):
        return ["D"] + super().who()
print(D().who(), [k.__name__ for k in D.__mro__], [k.__name__ for k in D.mro()])
print(issubclass(D, A), isinstance(D(), C), B.__bases__, D.__bases__, A.__base__, D.__base__)
class O: pass
class X(O): pass
class Y(O): pass
class Z(O): pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class M(K1, K2, K3): pass
print([k.__name__ for k in M.__mro__])
try:
    class Bad(X, K1):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Dup(X, X):
        pass
except TypeError as e:
    print("TypeError:", e)
class Base:
    def __init__(self, name):
        self.name = name
        print("Base.__init__", name)
    def greet(self):
        return f"Hello from {self.name}"
class Child(Base):
    def __init__(self, name, extra):
        super().__init__(name)
        self.extra = extra
        print("Child.__init__", extra)
    def greet(self):
        return super().greet() + f" (+{self.extra})"
c = Child("kid", 7)
print(c.greet(), vars(c))
class Sup(Child):
    @classmethod
    def make(cls):
        return super().__name__ if False else super(Sup, cls).__init__
    def check(self):
        return super(Child, self).greet()
print(Sup("s", 1).check())
print(super(B, D()).who(), super(C, D()).who())
try:
    super(B, A()).who()
except TypeError as e:
    print("TypeError:", e)
def outside():
    return super().who()
try:
    outside()
except RuntimeError as e:
    print("RuntimeError:", e)
print(object.__subclasses__ is not None, sorted(k.__name__ for k in A.__subclasses__()))
