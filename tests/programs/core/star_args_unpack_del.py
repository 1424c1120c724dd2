def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
def f(*a, **k): return a, k
class C:
    def m(self, *a, **k): return a, k
t(lambda: f(*1))
t(lambda: f(**[1]))
t(lambda: f(x=1, **{'x': 2}))
t(lambda: f(**{'x': 2}, **{'x': 3}))
t(lambda: C().m(*1))
t(lambda: print(*1))
t(lambda: len(**[]))
t(lambda: f(*"ab", *range(2), **{'a': 1}))
t(lambda: f(**{1: 2}))
t(lambda: C.m(*None))
t(lambda: (lambda: 0)(*5))
def g():
    a, *b, c = range(5); print(a, b, c)
    *a, b = [1]; print(a, b)
    a, *b = "xyz"; print(a, b)
    try:
        a, *b, c = [1]
    except ValueError as e: print(e)
    try:
        a, b, *c = 5
    except TypeError as e: print(e)
    d = {1: 2, 3: 4}; del d[1]; print(d)
    l = [1, 2, 3]; del l[0]; del l[-1]; print(l)
    try: del d[9]
    except KeyError as e: print(repr(e))
    try: del l[9]
    except IndexError as e: print(e)
    try: del (1,)[0]
    except TypeError as e: print(e)
g()
class Mapping:
    def __init__(self, d): self.d = d
    def keys(self): return list(self.d)
    def __getitem__(self, k): return self.d[k] * 10
print(f(**Mapping({'p': 1, 'q': 2})))
print({**{'a': 1}, **Mapping({'b': 2})})
t(lambda: {**[1]})
t(lambda: [*5])
t(lambda: f(1, *5))
print(f(*[1, 2], *(3,), *{4: 0}, *"xy", k=1, **{'j': 2}))
first, *rest = (x * 2 for x in range(4)); print(first, rest)
(a, b), *c = [(1, 2), 3, 4]; print(a, b, c)
for x, *y in [(1, 2, 3), (4,)]:
    print(x, y)
l = list(range(10))
del l[::3]; print(l)
del l[1:3]; print(l)
del l[-2:]; print(l)
del l[::-2]; print(l)
class D:
    def __delitem__(self, k): print("delitem", k)
d = D(); del d[1:2]; del d["x"]
nested = {'a': [1, 2, {'b': 3}]}
del nested['a'][2]['b']; print(nested)
def kw(a, b=2, *, c=3): return a, b, c
print(kw(*[1], **{'c': 4}), kw(**{'a': 0, 'b': 1}))
t(lambda: kw(*[1, 2, 3]))
t(lambda: kw(1, **{'a': 1}))
t(lambda: [].append(*[1, 2]))
