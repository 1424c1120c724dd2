# _functools (the native half of functools.py): reduce, partial (flattening, keyword merging,
# attributes, repr) and cmp_to_key.
import _functools
from _functools import reduce, partial, cmp_to_key


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


print(reduce(lambda a, b: a + b, [1, 2, 3, 4, 5]), reduce(lambda a, b: a + b, [], 10))
print(reduce(lambda a, b: a * b, range(1, 20), 1), reduce(lambda a, b: b + a, "abcd"))
print(reduce(lambda acc, x: acc + [x * x], [1, 2, 3], []), reduce(max, [3, 9, 2]), reduce(min, [7]))
print(reduce(lambda a, b: a + b, iter([[1], [2], [3]])), reduce(lambda a, b: a, [1], None))


def show(*args, **kw):
    return (args, sorted(kw.items()))


p = partial(show, 1, 2, a=3)
print(p(), p(4), p(4, b=5), p(a=9), p.args, p.keywords, p.func is show)
q = partial(p, 5, c=6)
print(q(), q.args, q.keywords, q.func is show, type(q).__name__)
r = partial(q, a=0)
print(r(7), r.keywords)
print(partial(divmod, 17)(5), partial(max, 5)(1, 2), partial(sorted, key=len)(["ccc", "a", "bb"]))
class Named:
    def __init__(self, name):
        self.name = name

    def __call__(self, *args):
        return self.name

    def __repr__(self):
        return "<" + self.name + ">"


print(repr(partial(Named("f"), 5, 6)), repr(partial(Named("g"))), repr(partial(Named("h"), "x", key=Named("k"), default=None)))
print(callable(p), partial(partial)(len)("abc"))
double = partial(lambda x, y: x * y, 2)
print(list(map(double, [1, 2, 3])), [double(v) for v in "ab"])


def cmp(a, b):
    return (a > b) - (a < b)


def by_len_then_rev(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return cmp(b, a)


words = ["pear", "fig", "apple", "kiwi", "banana", "date", "plum"]
print(sorted(words, key=cmp_to_key(by_len_then_rev)))
print(sorted([5, 2, 8, 1], key=cmp_to_key(lambda a, b: b - a)), max([3, 1, 2], key=cmp_to_key(cmp)))
k = cmp_to_key(cmp)
a, b = k(1), k(2)
print(a < b, a <= b, a == b, a != b, a > b, a >= b, k(3) == k(3), a.obj, b.obj)
print(type(k).__name__)

for f in [lambda: reduce(lambda a, b: a + b, []), lambda: reduce(), lambda: reduce(1, 2),
          lambda: reduce(len), lambda: reduce(lambda a, b: a, [1], 2, 3), lambda: reduce(function=max, iterable=[1]),
          lambda: partial(), lambda: partial(1), lambda: partial(show)(**{"a": 1}),
          lambda: k(1) < 5, lambda: k(), lambda: cmp_to_key(),
          lambda: reduce(lambda a, b: a + b, [1, "a"])]:
    attempt(f)
