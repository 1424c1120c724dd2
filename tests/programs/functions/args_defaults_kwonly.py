# Parameters: defaults (evaluated once), keyword-only, positional-only, *args, **kwargs.
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))
print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=9, d=0))
print(f(a=1, c=2, z=0))
def g(x, y, /, z, *, w):
    return x, y, z, w
print(g(1, 2, 3, w=4), g(1, 2, z=3, w=4))
def h(a, /, **kw):
    return a, kw
print(h(1, a=2))
def acc(item, bucket=[]):
    bucket.append(item)
    return bucket
print(acc(1), acc(2), acc(3, []), acc(4))
calls = []
def mk():
    calls.append("default evaluated")
    return 10
def withdef(x=mk()):
    return x
print(withdef(), withdef(), calls)
print(f.__defaults__, f.__kwdefaults__, g.__defaults__, f.__code__.co_argcount, f.__code__.co_kwonlyargcount,
      g.__code__.co_posonlyargcount, f.__code__.co_varnames[:6], f.__name__, f.__qualname__)
withdef.__defaults__ = (99,)
print(withdef())
tests = [lambda: f(), lambda: f(1), lambda: f(1, c=1, a=2), lambda: g(1, 2, 3, 4), lambda: g(x=1, y=2, z=3, w=4),
         lambda: g(1, 2, 3), lambda: h(), lambda: f(1, 2, c=3, **{"c": 4}), lambda: withdef(1, 2), lambda: withdef(y=1),
         lambda: f(1, c=3, **{1: 2})]
for t in tests:
    try:
        t()
    except TypeError as e:
        print("TypeError:", e)
def only_kw(*, a, b):
    return a - b
print(only_kw(b=1, a=5))
try:
    only_kw(1, 2)
except TypeError as e:
    print("TypeError:", e)
def many(a, b, c, d, e):
    return a + b + c + d + e
print(many(*range(2), *[10], **{"e": 1000, "d": 100}))
