# The native collections.defaultdict (from _collections): construction, default_factory,
# __missing__, copy, __reduce__, |, recursion-safe repr, subclasses, equality with dicts.
from _collections import defaultdict as dd

def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

t('kw', lambda: dd(list, a=1))
t('empty', lambda: dd())
t('bad factory', lambda: dd(5))
t('none', lambda: dd(None, {1: 2}))
t('factory', lambda: dd(list).default_factory)
t('too many', lambda: dd(list, {}, {}))
d = dd(list)
d['x'].append(1)
d['x'].append(2)
d['y']
print(d, len(d), d['x'], 'z' in d, d.get('z'), sorted(d))
t('missing', lambda: d.__missing__('m'))
t('missing none', lambda: dd().__missing__('k'))
t('getitem none', lambda: dd()['k'])
c = d.copy()
print(c, type(c).__name__, c is d, c == d, c.default_factory)
print(d.__copy__())
r = d.__reduce__()
print(r[0].__name__, r[1:4], sorted(r[4]))
print(dd().__reduce__()[1])
print(d | {'z': 2})
print({'z': 2} | d)
print(type(d | {}).__name__, type({} | d).__name__)
t('or int', lambda: d | 1)
print(dd.__doc__)
print(dd.__module__, dd.__name__, dd.__qualname__, [k.__name__ for k in dd.__mro__])
e = dd(); e[1] = e; print(e)
g = dd(list); g.default_factory = g; print(g)
d2 = dd(list); d2.default_factory = int; print(d2[3], d2)
t('int kw', lambda: dd(int, [(1, 2)], b=3))
counts = dd(int)
for w in 'the quick the lazy the end quick'.split():
    counts[w] += 1
print(sorted(counts.items()), counts['absent'], len(counts))
nested = dd(lambda: dd(int))
nested['a']['b'] += 5
print(nested['a'], dict(nested['a']))
print(isinstance(d, dict), issubclass(dd, dict), d == {'x': [1, 2], 'y': []})

class S(dd):
    pass
s = S(int, a=1)
s['b'] += 2
print(s, type(s).__name__, s.default_factory, type(s.copy()).__name__)
class Named(dd):
    def __missing__(self, key):
        return key * 2
n = Named(None)
print(n['ab'], len(n))
class Plain(dict):
    def __missing__(self, key):
        return 'plain ' + str(key)
p = Plain(a=1)
print(p['a'], p['zz'], len(p))
class R(dict):
    def __repr__(self):
        return 'R!'
print(R(), [R()], repr(R(a=1)))
class L(list):
    def __repr__(self):
        return 'L!'
print(L([1]), [L()])
