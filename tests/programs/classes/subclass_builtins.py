# Subclassing int, str, list, dict, tuple; __new__ for immutables; which methods return base types.
class Celsius(float):
    def __new__(cls, v):
        print("Celsius.__new__", v)
        return super().__new__(cls, v)
    def __repr__(self):
        return f"{float(self)}°C"
c = Celsius(21.5)
print(c, c + 1, type(c + 1).__name__, isinstance(c, float), c * 2)
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
    def shout(self):
        return self + "!"
u = Upper("hello")
print(u, u.shout(), type(u).__name__, type(u.lower()).__name__, type(u + "x").__name__, u == "HELLO", len(u))
class Even(int):
    def __new__(cls, v):
        if v % 2:
            raise ValueError(f"{v} is odd")
        return super().__new__(cls, v)
print(Even(4), Even(4) + 1, type(Even(4) + 1).__name__, Even(10) // 3)
try:
    Even(3)
except ValueError as e:
    print("ValueError:", e)
class Stack(list):
    def push(self, v):
        self.append(v)
        return self
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3).push(4)
print(s, s.peek(), type(s[1:]).__name__, type(s + [5]).__name__, len(s), s == [1, 2, 3, 4], repr(s))
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
p = Pair(1, 2)
print(p, p.first, p + (3,), type(p + (3,)).__name__, hash(p) == hash((1, 2)))
class DefaultDict(dict):
    def __init__(self, factory, *a, **k):
        super().__init__(*a, **k)
        self.factory = factory
    def __missing__(self, k):
        self[k] = v = self.factory()
        return v
dd = DefaultDict(list)
dd["a"].append(1)
dd["b"].append(2)
dd["a"].append(3)
print(dd, dd.factory is list, isinstance(dd, dict))
class Loud(dict):
    def __setitem__(self, k, v):
        print("Loud set", k)
        super().__setitem__(k, v)
ld = Loud()
ld["x"] = 1
ld.update(y=2)
ld.setdefault("z", 3)
print(ld)
class MyInt(int):
    pass
print(MyInt(5) == 5, hash(MyInt(5)) == hash(5), {MyInt(5): "v"}[5], repr(MyInt(7)), str(MyInt(8)), MyInt("12", 8))
class Named(str):
    pass
n = Named("abc")
n.tag = "attribute on str subclass"
print(n, n.tag, n.__dict__)
