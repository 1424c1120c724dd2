# isinstance/issubclass with tuples, nested tuples, abstract hooks __instancecheck__/__subclasscheck__.
print(isinstance(1, int), isinstance(1, (str, int)), isinstance(1, (str, (float, int))), isinstance(True, int), isinstance(1, bool))
print(issubclass(bool, int), issubclass(int, (str, object)), issubclass(int, int), issubclass(type, object), issubclass(object, type))
print(isinstance(int, type), isinstance(type, type), isinstance(object, object), isinstance(None, type(None)))
class Meta(type):
    def __instancecheck__(cls, inst):
        print("__instancecheck__", type(inst).__name__)
        return hasattr(inst, "quack")
    def __subclasscheck__(cls, sub):
        print("__subclasscheck__", sub.__name__)
        return hasattr(sub, "quack")
class Duck(metaclass=Meta):
    pass
class Mallard:
    quack = True
class Dog:
    pass
print(isinstance(Mallard(), Duck), isinstance(Dog(), Duck), issubclass(Mallard, Duck), issubclass(Dog, Duck))
print(isinstance(Duck(), Duck))
print(isinstance(3, (Duck, int)))
try:
    isinstance(1, "int")
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(int, 1)
except TypeError as e:
    print("TypeError:", e)
print(isinstance(1, int | str), isinstance("s", int | None), isinstance(None, int | None), issubclass(bool, int | float))
print(int | str, type(int | str).__name__, (int | str) == (str | int), int | int)
class A: pass
class B(A): pass
print(isinstance(B(), A), isinstance(A(), B), issubclass(B, (int, A)), isinstance(B(), (int, (str, (A,)))))
class Fake:
    __class__ = int
print(isinstance(Fake(), int), type(Fake()).__name__)
