# _weakref.ref: creation, calling, the basic-ref reuse, callbacks (newest first), hashing,
# equality, counts, which types can be weakly referenced, subclassing (no addresses printed).
import _weakref
ref = _weakref.ref

class C:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f"C({self.n})"

c = C(1)
r = ref(c)
print(r() is c, r.__callback__, type(r).__name__, type(r).__module__)
print(ref(c) is r, ref(c, None) is r, _weakref.getweakrefcount(c))

log = []
def cb1(w):
    log.append(("cb1", w is r1, w()))
def cb2(w):
    log.append(("cb2", w is r2, w()))
r1 = ref(c, cb1)
r2 = ref(c, cb2)
print(r1 is not r2, r1.__callback__ is cb1, _weakref.getweakrefcount(c))
refs = _weakref.getweakrefs(c)
print(len(refs), refs[0] is r, refs[1] is r2, refs[2] is r1)
print(r == r1, r1 == r2, r != r2, hash(r) == hash(r1))
del c
print(log)
print(r(), r1(), r1.__callback__, r == r1, r == r)
try:
    hash(r2)
except TypeError as e:
    print("TypeError:", e)

# A hash computed while alive survives death.
d = C(2)
rd = ref(d)
h = hash(rd)
del d
print(hash(rd) == h)

# Equality by referent while both alive.
class Eq:
    def __eq__(self, other):
        return True
    __hash__ = object.__hash__
a, b = Eq(), Eq()
print(ref(a) == ref(b), ref(a) != ref(b))

# Which objects can be weakly referenced.
def f():
    pass
def gen():
    yield 1
class Slotted:
    __slots__ = ("x",)
class SlottedWeak:
    __slots__ = ("x", "__weakref__")
class MyExc(Exception):
    pass
import sys
for o in [1, "s", (), [], {}, None, 1.5, b"", object(), C(3), f, C, sys, len, gen(), set(),
          frozenset(), Slotted(), SlottedWeak(), MyExc(), ValueError(),
          f.__code__, C(4).__repr__, range(2), True]:
    try:
        ref(o)
        print(type(o).__name__, "ok")
    except TypeError as e:
        print(type(o).__name__, "TypeError:", e)

# Errors.
try:
    ref()
except TypeError as e:
    print(e)
try:
    ref(C(5), None, 3)
except TypeError as e:
    print(e)
k = C(6)
try:
    ref(k)(1)
except TypeError as e:
    print(e)
try:
    ref(k) < ref(k)
except TypeError as e:
    print("TypeError")

# Subclasses of ref (as weakref.KeyedRef does).
class KeyedRef(ref):
    __slots__ = ("key",)
    def __new__(cls, ob, callback, key):
        self = ref.__new__(cls, ob, callback)
        self.key = key
        return self
    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)
seen = []
obj = C(7)
kr = KeyedRef(obj, lambda w: seen.append(w.key), "the key")
print(type(kr).__name__, kr.key, kr() is obj, isinstance(kr, ref), kr is not ref(obj))
del obj
print(seen, kr())

# _remove_dead_weakref.
obj = C(8)
dct = {"a": ref(obj), "b": 5}
_weakref._remove_dead_weakref(dct, "a")
try:
    _weakref._remove_dead_weakref(dct, "b")
except TypeError as e:
    print("TypeError:", e)
_weakref._remove_dead_weakref(dct, "missing")
print(sorted(dct))
del obj
_weakref._remove_dead_weakref(dct, "a")
print(sorted(dct))

# A weakref dying before its referent: no callback.
y = C(10)
ry = ref(y, lambda w: print("never"))
del ry
del y
print("end")
