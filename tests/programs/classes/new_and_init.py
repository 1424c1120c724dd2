# __new__ and __init__: call order, __new__ returning other types, __init__ returning non-None.
class Tracker:
    def __new__(cls, *args, **kwargs):
        print("__new__", cls.__name__, args, kwargs)
        inst = super().__new__(cls)
        inst.created = True
        return inst
    def __init__(self, a, b=0):
        print("__init__", a, b)
        self.a, self.b = a, b
t = Tracker(1, b=2)
print(t.created, t.a, t.b)
class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called")
print(Other())
class Cached:
    _cache = {}
    def __new__(cls, key):
        if key in cls._cache:
            print("cache hit", key)
            return cls._cache[key]
        obj = super().__new__(cls)
        cls._cache[key] = obj
        return obj
    def __init__(self, key):
        print("__init__ runs again for", key)
        self.key = key
a = Cached("x")
b = Cached("x")
print(a is b)
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)
try:
    object.__new__(int)
except TypeError as e:
    print("TypeError:", e)
class NoArgs:
    pass
try:
    NoArgs(1)
except TypeError as e:
    print("TypeError:", e)
class OnlyInit:
    def __init__(self, x):
        self.x = x
try:
    OnlyInit()
except TypeError as e:
    print("TypeError:", e)
class OnlyNew:
    def __new__(cls, x):
        return super().__new__(cls)
print(type(OnlyNew(1)).__name__)
inst = Tracker.__new__(Tracker)
print(hasattr(inst, "a"), inst.created)
Tracker.__init__(inst, 9)
print(inst.a)
class Abstractish:
    def __new__(cls, *a):
        if cls is Abstractish:
            raise TypeError("Can't instantiate abstract class Abstractish")
        return super().__new__(cls)
class Concrete(Abstractish):
    pass
print(type(Concrete()).__name__)
try:
    Abstractish()
except TypeError as e:
    print("TypeError:", e)
