# Special methods of built-in types as attributes: slot wrappers (unbound) and method-wrappers
# (bound), their names, signatures and argument checks, and what they return.


def hide(r):
    while "0x" in r:
        i = r.index("0x")
        j = i + 2
        while j < len(r) and r[j] in "0123456789abcdef":
            j += 1
        r = r[:i] + "ADDR" + r[j:]
    return r


def show(f):
    try:
        print(hide(repr(f())))
    except Exception as e:
        print(type(e).__name__ + ":", e)


for w in [int.__add__, object.__init__, object.__eq__, str.__len__, list.__setitem__,
          dict.__setitem__, tuple.__hash__, float.__truediv__, type.__call__, range.__eq__]:
    print(w, type(w).__name__, w.__name__, w.__qualname__, w.__objclass__.__name__)
    print("   ", w.__text_signature__, "|", w.__doc__)
print(hide(repr((1).__add__)), type((1).__add__).__name__, (1).__add__.__self__)
print(hide(repr([].__len__)), hide(repr(int.__call__)))
print(list.__getitem__, dict.__getitem__, dict.__contains__)
print(hide(repr(len)), hide(repr([].append)), list.append, hide(repr(dict.fromkeys)))
print(len.__name__, len.__qualname__, [].append.__qualname__, list.append.__qualname__)

show(lambda: int.__add__(1))
show(lambda: int.__add__())
show(lambda: int.__add__('a', 1))
show(lambda: (1).__add__(x=1))
show(lambda: (1).__add__(1, 2))
show(lambda: (1).__neg__(1))
show(lambda: (1).__pow__())
show(lambda: (1).__pow__(1, 2, 3))
show(lambda: (5).__pow__(2, 3))
show(lambda: (1).__eq__(1.0))
show(lambda: (1.0).__eq__(1))
show(lambda: (17).__sub__(3.0))
show(lambda: (17).__radd__(2))
show(lambda: (5).__truediv__(2))
show(lambda: (7).__divmod__(2))
show(lambda: (7.5).__rdivmod__(20))
show(lambda: (2).__rpow__(3))
show(lambda: int.__index__(True))
show(lambda: True.__and__(False))
show(lambda: True.__or__(2))
show(lambda: (3.7).__int__())
show(lambda: (3).__float__())
show(lambda: (-3).__abs__())
show(lambda: (0.0).__bool__())
show(lambda: (1+2j).__add__(1))
show(lambda: (1j).__lt__(1j))
show(lambda: None.__bool__())
show(lambda: [].__lt__(5))
show(lambda: [1, 2].__eq__([1, 2]))
show(lambda: [1].__add__([2]))
show(lambda: [1].__mul__(3))
show(lambda: (1, 2).__add__((3,)))
show(lambda: (1, 2).__contains__(2))
show(lambda: "abc".__eq__("abc"))
show(lambda: "abc".__lt__(3))
show(lambda: str.__len__("abcd"))
show(lambda: {1: 2}.__len__())
show(lambda: {1: 2}.__eq__({1: 2}))
show(lambda: {1: 2}.__or__({3: 4}))
show(lambda: dict.__getitem__({1: 2}, 1))
show(lambda: dict.__getitem__({1: 2}, 3))
show(lambda: range(5).__contains__(3))
show(lambda: range(0, 10, 2) == range(0, 10, 2))
show(lambda: range(0) == range(5, 5))
show(lambda: range(1, 2, 5) == range(1, 3, 7))
show(lambda: hash(range(3)) == hash(range(0, 3)))
show(lambda: object.__eq__(1, 1))
show(lambda: object.__hash__(1) == hash(1))
show(lambda: object.__init__(1, 2))
show(lambda: object.__lt__(1, 2))
show(lambda: type.__call__(int, '5'))
show(lambda: int.__add__.__get__(5)(3))
show(lambda: int.__add__.__get__(None, int))
show(lambda: int.__add__.__get__('a'))
show(lambda: int.__add__.__get__(None, None))
show(lambda: abs(True))
show(lambda: iter([1, 2]).__next__())
show(lambda: iter(()).__next__())
show(lambda: iter(range(3)).__iter__().__next__())

lst = [3, 1]
list.__setitem__(lst, 0, 9)
list.__delitem__(lst, 1)
lst.__iadd__([4, 5])
lst.__imul__(2)
print(lst, list.__len__(lst), lst.__contains__(4), list(lst.__iter__()))
d = {}
dict.__setitem__(d, "a", 1)
d.__ior__({"b": 2})
d.__delitem__("a")
print(d, list.__hash__, dict.__hash__)


def f(x):
    return x * 2


print(f.__get__(3)(), hide(repr(f.__get__(None, int))), hide(repr(f.__call__)), f.__call__(4))
print(sorted(k for k in vars(int) if k.startswith("__r"))[:6])
print([k for k in ("__add__", "__len__", "__iter__", "__hash__") if k in vars(tuple)])
