# marshal: dumps/loads round trips of every marshallable type, code objects, errors,
# self-referential containers. (The bytes are krait's own format, so only round trips print.)
import marshal
vals = [None, True, False, ..., 0, -1, 2**100, -2**70, 1.5, -0.0, float('inf'), 1+2j, 'abc', 'h\u00e9llo\U0001f600', '\ud800', b'xy\x00',
        (1, 2, (3,)), [1, [2, 3], {'a': 1}], {'k': [1, 2], 3: (4,)}, {1, 2, 3}, frozenset({'a'}), bytearray(b'q'), StopIteration, ((), [], {}),]
for v in vals:
    d = marshal.dumps(v)
    r = marshal.loads(d)
    print(repr(r), r == v or r != r, type(r).__name__)
print(marshal.version)
def f(a, b=2, *c, d, **e):
    x = [i * a for i in range(b)]
    return x, d
code = marshal.loads(marshal.dumps(f.__code__))
print(code.co_name, code.co_varnames, code.co_argcount, code.co_kwonlyargcount)
src = compile('def h(n):\n    return [i * i for i in range(n)]\nprint(h(5), __name__)\n', 'mod.py', 'exec')
ns = {'__name__': 'mm'}
exec(marshal.loads(marshal.dumps(src)), ns)
print(ns['h'](3))
for bad in [object(), [object()], {1: int}]:
    try:
        marshal.dumps(bad)
    except ValueError as e:
        print('ValueError', e)
for data in [b'', b'\xff', b'[']:
    try:
        marshal.loads(data)
    except (EOFError, ValueError) as e:
        print(type(e).__name__, e)
l = []
l.append(l)
try:
    marshal.dumps(l)
except ValueError as e:
    print('ValueError', e)
print(marshal.loads(marshal.dumps([1, 2]) + b'trailing'))
r = marshal.loads(marshal.dumps(l))
print(type(r).__name__, len(r), r[0] is r)
d = {}
d['self'] = d
d['list'] = [d, d]
r = marshal.loads(marshal.dumps(d))
print(r['self'] is r, r['list'][0] is r, r['list'][1] is r)
