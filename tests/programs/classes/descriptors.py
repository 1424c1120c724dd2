# Descriptor protocol: data vs non-data precedence, __set_name__, class access, __delete__.
class Data:
    def __set_name__(self, owner, name):
        print(f"__set_name__({owner.__name__}, {name})")
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return f"<Data on {objtype.__name__}>"
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        print(f"Data.__set__ {value!r}")
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print("Data.__delete__")
        delattr(obj, self.name)
class NonData:
    def __get__(self, obj, objtype=None):
        return "non-data value"
class Thing:
    d = Data()
    n = NonData()
    def method(self):
        return "method"
print("class created")
t = Thing()
print(t.d, Thing.d)
t.d = 5
print(t.d, t.__dict__)
t.__dict__["d"] = "instance shadow attempt"
print(t.d)
print(t.n)
t.n = "instance value"
print(t.n, Thing.n)
del t.n
print(t.n)
del t.d
print(t.d)
t.method = lambda: "instance function"
print(t.method(), Thing.method(t))
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return obj.__dict__.get(self.name)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        obj.__dict__[self.name] = value
class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
p = Person("Ann", 30)
print(p.name, p.age, type(Person.name).__name__)
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
class GetOnlyData:
    def __get__(self, obj, owner):
        return "from get"
    def __set__(self, obj, v):
        raise AttributeError("read-only descriptor")
class R:
    x = GetOnlyData()
r = R()
try:
    r.x = 1
except AttributeError as e:
    print("AttributeError:", e)
print(r.x)
def plain(self, y):
    return ("bound", y)
class F:
    pass
F.meth = plain
f = F()
bm = f.meth
print(bm(3), bm.__self__ is f, bm.__func__ is plain, F.meth is plain, plain.__get__(f)(4), plain.__get__(None, F) is plain)
