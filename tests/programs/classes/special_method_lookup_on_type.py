# Special methods are looked up on the type, not the instance: instance attributes named __len__ etc. are ignored.
class C:
    def __len__(self):
        return 1
    def __repr__(self):
        return "C-repr-from-class"
c = C()
c.__len__ = lambda: 99
c.__repr__ = lambda: "instance repr"
print(len(c), c.__len__(), repr(c), c.__repr__())
class D:
    pass
d = D()
d.__iter__ = lambda: iter([1, 2])
try:
    iter(d)
except TypeError as e:
    print("TypeError:", e)
D.__iter__ = lambda self: iter([3, 4])
print(list(d))
D.__len__ = lambda self: 7
D.__getitem__ = lambda self, i: i * 100
D.__add__ = lambda self, o: f"D+{o}"
D.__call__ = lambda self, *a: f"called with {a}"
D.__bool__ = lambda self: False
print(len(d), d[3], d + 1, d(1, 2), bool(d), "truthy" if d else "falsy")
del D.__bool__
print(bool(d))
class E:
    def __getattr__(self, name):
        return lambda *a: f"dynamic {name}"
e = E()
print(e.__len__(), e.anything())
try:
    len(e)
except TypeError as err:
    print("TypeError:", err)
class Meta(type):
    def __len__(cls):
        return 42
    def __getitem__(cls, k):
        return f"{cls.__name__}[{k}]"
class F(metaclass=Meta):
    def __len__(self):
        return 1
print(len(F), len(F()), F["key"])
