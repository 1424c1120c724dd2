# __slots__ member descriptors: order, mangling, errors, layouts, dict/weakref slots, exceptions.
class P:
    __slots__ = ("y", "x", "__z")
print(list(P.__dict__))
print(P.x, P._P__z, type(P.x), P.x.__qualname__, P.x.__name__, P.x.__objclass__, P.x.__doc__)
p = P()
try: p.x
except AttributeError as e: print(e)
try: del p.x
except AttributeError as e: print(e)
try: P.x.__get__(1)
except TypeError as e: print(e)
try: P.x.__set__(1, 2)
except TypeError as e: print(e)
print(P.x.__get__(None, P))
P.x.__set__(p, 5)
print(P.x.__get__(p, P), p.x)
P.x.__delete__(p)
print(hasattr(p, "x"))
for bad in [("a", "a"), (1,), ("1a",), ("__dict__", "__dict__"), ("__weakref__", "__weakref__")]:
    try:
        class A:
            __slots__ = bad
        print(bad, "ok", list(A.__dict__))
    except Exception as e:
        print(type(e).__name__, e)
try:
    class I(int):
        __slots__ = ("a",)
except Exception as e:
    print(type(e).__name__, e)
class I(int):
    __slots__ = ()
print(I(5), hasattr(I(5), "__dict__"))
class F(float):
    __slots__ = ("a",)
f = F(1.5)
f.a = 3
print(f, f.a, hasattr(f, "__dict__"))
class A:
    __slots__ = ("a",)
class B:
    __slots__ = ("b",)
try:
    class C(A, B):
        pass
except Exception as e:
    print(type(e).__name__, e)
class M:
    __slots__ = ()
class C(M, A):
    __slots__ = ()
print(hasattr(C(), "__dict__"))
class N:
    pass
class C2(A, N):
    __slots__ = ()
print(hasattr(C2(), "__dict__"))
print(list(A.__dict__))
class Q(A):
    pass
try:
    class X(Q):
        __slots__ = ("__dict__",)
except Exception as e:
    print(type(e).__name__, e)
class S:
    __slots__ = {"a": "doc a", "b": "doc b"}
print(S.a.__doc__, S.__slots__)
class T:
    __slots__ = iter(["a"])
print(T.a)
try:
    class U:
        __slots__ = 5
except Exception as e:
    print(type(e).__name__, e)
a = A()
try: a.__dict__
except AttributeError as e: print(e)
try: vars(a)
except TypeError as e: print(e)
a.a = 1
try:
    A.a.__delete__(a)
    A.a.__delete__(a)
except AttributeError as e:
    print(e)
print(repr(A.a), str(A.a))
class E(Exception):
    __slots__ = ("q",)
e = E()
e.q = 1
print(e.q, e.__dict__)
class Deep(Q):
    __slots__ = ("d",)
dd = Deep()
dd.a, dd.d, dd.extra = 1, 2, 3
print(dd.a, dd.d, dd.extra, vars(dd), Deep.d, Deep.a)
class Cyc:
    __slots__ = ("me",)
c = Cyc()
c.me = c
del c
import gc
print(gc.collect() >= 1)
