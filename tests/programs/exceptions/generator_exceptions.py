# Exceptions crossing generator boundaries: raised inside, finally on exhaustion, throw at various points.
def g1():
    yield 1
    raise ValueError("from generator")
it = g1()
print(next(it))
try:
    next(it)
except ValueError as e:
    print("caught", e)
print(list(it))
def g2():
    try:
        yield "a"
        yield "b"
    finally:
        print("g2 finally")
for v in g2():
    print(v)
def g3():
    for i in range(3):
        try:
            yield i
        except KeyError as e:
            print("g3 swallowed", e)
it = g3()
print(next(it), it.throw(KeyError("k0")), it.throw(KeyError("k1")))
try:
    it.throw(KeyError("k2"))
except StopIteration:
    print("StopIteration after last throw")
def unstarted():
    print("body never runs")
    yield 1
u = unstarted()
try:
    u.throw(IndexError("before start"))
except IndexError as e:
    print("thrown into unstarted:", e)
print(list(u))
def ctx():
    try:
        yield
    except Exception as e:
        print("ctx saw", type(e).__name__, e.__context__)
        raise
c = ctx()
next(c)
try:
    try:
        raise OSError("outer")
    except OSError:
        c.throw(RuntimeError("thrown"))
except RuntimeError as e:
    print("got back", e, "context", repr(e.__context__))
def gen_in_except():
    try:
        raise KeyError("in gen")
    except KeyError:
        yield "yielded inside except"
        import sys
        yield repr(sys.exc_info()[1])
ge = gen_in_except()
print(next(ge))
import sys
print(sys.exc_info()[0])
print(next(ge))
def throw_tb():
    yield 1
t = throw_tb()
next(t)
try:
    t.throw(TypeError, TypeError("instance"), None)
except TypeError as e:
    print("3-arg throw", e)
