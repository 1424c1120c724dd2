# The native _collections module: deque (every method, maxlen, operators, mutation during
# iteration, repr, subclasses, pickling support), its iterators, _count_elements, _tuplegetter.
from _collections import deque, _deque_iterator, _deque_reverse_iterator, _count_elements, _tuplegetter

def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

d = deque([1, 2, 3])
print(d, len(d), bool(d), bool(deque()))
d.append(4); d.appendleft(0)
print(d)
print(d.pop(), d.popleft(), d)
d.extend('ab'); d.extendleft('xy')
print(d)
d.rotate(); print(d)
d.rotate(-3); print(d)
d.rotate(0); print(d)
d.rotate(100); print(d)
d.reverse(); print(d)
print(d[0], d[-1], d[3], d.index(2), d.count('a'), 'a' in d, 'z' in d)
d[0] = 'first'; del d[1]; print(d)
d.insert(2, 'ins'); d.insert(-1, 'neg'); d.insert(100, 'end'); d.insert(-100, 'start'); print(d)
d.remove('ins'); print(d)
c = d.copy(); c.clear(); print(c, d == d.copy(), d.copy() is d)
print(list(reversed(deque(range(5)))), list(iter(deque('abc'))))

# maxlen
m = deque(range(10), maxlen=3)
print(m, m.maxlen, deque().maxlen)
m.append(10); print(m)
m.appendleft(-1); print(m)
m.extend(range(5)); print(m)
m.extendleft('xyz'); print(m)
z = deque([1, 2], maxlen=0); z.append(1); print(z)
t('insert full', lambda: m.insert(0, 1))
t('maxlen neg', lambda: deque(maxlen=-1))
t('maxlen float', lambda: deque(maxlen=2.0))
t('too many', lambda: deque([1], 3, 4))
t('bad kw', lambda: deque([1], x=3))
t('kw', lambda: deque(iterable=[1, 2], maxlen=5))

# errors
e = deque()
t('pop', lambda: e.pop())
t('popleft', lambda: e.popleft())
t('remove', lambda: deque([1]).remove(9))
t('index', lambda: deque([1, 2, 3]).index(9))
t('index range', lambda: deque([1, 2, 3, 2]).index(2, 2))
t('index neg', lambda: deque([1, 2, 3, 2]).index(2, -3, -1))
t('index stop', lambda: deque([1, 2, 3, 2]).index(3, 0, 2))
t('index bad', lambda: deque([1]).index(1, 'a'))
t('index none', lambda: deque([1]).index())
t('getitem', lambda: deque([1])[5])
t('getitem neg', lambda: deque([1])[-2])
t('getitem str', lambda: deque([1])['a'])
t('getitem bool', lambda: deque([1, 2])[True])
t('rotate bad', lambda: deque([1]).rotate('a'))
t('count args', lambda: deque([1]).count())
t('append args', lambda: deque([1]).append(1, 2))
t('pop args', lambda: deque([1]).pop(1))
t('concat', lambda: deque([1]) + [1])
t('mul', lambda: deque([1]) * 'a')
t('lt list', lambda: deque([1]) < [1])

# operators
a = deque([1, 2]); b = deque([1, 2, 3])
print(a == b, a != b, a < b, a <= b, a > b, a >= b, a == deque([1, 2]), a == [1, 2])
print(deque([1, 3]) > deque([1, 2, 9]), deque() < deque([0]))
print(a + b, a * 3, 2 * a, a * 0, a * -1)
a += 'xy'; print(a)
a *= 2; print(a)
mm = deque([1, 2, 3], maxlen=4); mm *= 2; print(mm)
mm = deque([1, 2, 3], maxlen=5); print(mm * 3)
a += a; print(a)
x = deque([1, 2]); x.extend(x); print(x)
x.extendleft(x); print(x)

# mutation during iteration
for name, op in [('append', lambda q: q.append(1)), ('pop', lambda q: q.pop()),
                 ('rotate', lambda q: q.rotate(0)), ('reverse', lambda q: q.reverse()),
                 ('setitem', lambda q: q.__setitem__(0, 9)), ('clear', lambda q: q.clear())]:
    q = deque([1, 2, 3, 4])
    it = iter(q); next(it)
    op(q)
    t('mutate ' + name, lambda: next(it))
    t('  again', lambda: next(it))
it = iter(deque([1, 2, 3]))
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
r = reversed(deque('abc'))
print(type(it).__name__, type(r).__name__, next(r), r.__length_hint__(), list(r))

class Eq:
    def __init__(self, q): self.q = q
    def __eq__(self, o):
        self.q.append(0)
        return False
for meth in ('index', 'count', 'remove', '__contains__'):
    q = deque([1, 2, 3])
    t('cmp mutates ' + meth, lambda: getattr(q, meth)(Eq(q)))

# repr
r1 = deque(); r1.append(r1); print(r1)
r2 = deque([1], maxlen=5); r2.append([r2]); print(r2)
print(repr(deque('ab', 2)))

# subclass
class S(deque):
    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
        self.extra = 'yes'
s = S([1, 2, 3], 5)
print(s, type(s).__name__, s.extra, s.maxlen, isinstance(s, deque))
s2 = s.copy(); print(type(s2).__name__, s2, s2.extra)
print(type(s + s).__name__, s + s, type(s * 2).__name__)
print(s.__reduce__()[0].__name__, s.__reduce__()[1:3])
print(deque([1, 2]).__reduce__()[:3], deque([1], 7).__reduce__()[:3])
print(list(deque([1, 2]).__reduce__()[3]))
it = iter(deque([5, 6, 7])); next(it)
red = it.__reduce__(); print(red[0].__name__, red[1])
print(list(_deque_iterator(deque([1, 2, 3, 4]), 2)), list(_deque_reverse_iterator(deque([1, 2, 3, 4]), 1)))
t('hash', lambda: hash(deque()))
print(deque.__module__, deque.__name__, deque.__doc__)
print(deque.__qualname__, type(iter(deque())).__name__, type(iter(deque())).__module__)
dd = deque(); dd.__init__([1, 2], 3); print(dd); dd.__init__(dd); print(dd)
print(sorted(n for n in dir(deque) if not n.startswith('__')))

# _count_elements
cnt = {}
_count_elements(cnt, 'abracadabra')
print(sorted(cnt.items()))
class M(dict):
    def get(self, k, default=None):
        return dict.get(self, k, default) * 1
m2 = M(); _count_elements(m2, [1, 2, 1, 1]); print(m2)
t('count bad', lambda: _count_elements({}, 5))

# _tuplegetter
class P(tuple):
    x = _tuplegetter(0, 'the x')
    y = _tuplegetter(1, 'the y')
    z = _tuplegetter(5, 'no such')
p = (3, 4)
print(P.x.__get__(p), P.y.__get__(p, P), P.x.__doc__, type(P.x).__name__)
t('z', lambda: P.z.__get__(p))
t('set', lambda: P.x.__set__(p, 1))
t('del', lambda: P.x.__delete__(p))
t('other', lambda: P.x.__get__(5))
print(P.__dict__['x'].__reduce__())
P.x.__doc__ = 'changed'; print(P.x.__doc__)
