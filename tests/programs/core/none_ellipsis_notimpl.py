# The singletons None, Ellipsis and NotImplemented.
print(None, repr(None), type(None).__name__, None is None, None == None, None != 0, bool(None))
print(..., Ellipsis, repr(...), type(...).__name__, ... is Ellipsis, bool(...))
print(NotImplemented, type(NotImplemented).__name__)
print((1).__add__("x"), (1).__eq__("x"), "a".__lt__(3), [].__eq__(()))
print(type(None)() is None, type(...)() is ...)
try:
    None + 1
except TypeError as e:
    print("TypeError:", e)
try:
    fn = None
    fn()
except TypeError as e:
    print("TypeError:", e)
try:
    None.foo
except AttributeError as e:
    print("AttributeError:", e)
def f():
    pass
print(f(), f() is None)
x = [1, 2, 3]
print(x[...] if False else "skip", [None] * 3, {None: 1}[None])
