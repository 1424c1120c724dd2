# sys.exc_info() during handling, after handling, in nested handlers and in generators; context restoration.
import sys
def show(tag):
    t, v, tb = sys.exc_info()
    print(tag, t.__name__ if t else None, repr(v))
show("start")
try:
    raise ValueError("outer")
except ValueError:
    show("in outer handler")
    try:
        raise KeyError("inner")
    except KeyError:
        show("in inner handler")
    show("back in outer handler")
show("after all handlers")
def f():
    show("inside function called from handler")
try:
    raise IndexError("for f")
except IndexError:
    f()
def gen():
    show("gen first")
    yield
    show("gen second")
    yield
g = gen()
next(g)
try:
    raise TypeError("while gen suspended")
except TypeError:
    next(g)
show("end")
try:
    try:
        raise ValueError("a")
    finally:
        show("in finally during exception")
except ValueError:
    pass
try:
    pass
finally:
    show("in finally without exception")
print(sys.exception() if hasattr(sys, "exception") else "n/a")
