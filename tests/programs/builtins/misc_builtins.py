# slice(), object(), type(), enumerate start, zip unequal, bytes/bytearray constructors, repr of builtins.
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, s.indices(5), slice(5), slice(None, None, -1).indices(4), list(range(20))[s])
print(repr(len), repr(int), repr(type), repr(object), repr(None.__class__), repr(print))
o = object()
print(type(o).__name__, str(type(o)), o == o, o != object())
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError:", e)
print(type("X", (), {"a": 1})().a, type(type("Y", (object,), {})).__name__)
print(list(enumerate("ab", 5)), list(zip("abc", [1, 2])), list(zip("a", "b", "c", "d")))
print(bytes(3), bytes([1, 2]), bytes("ü", "utf-8"), bytearray(2), bytes(bytearray(b"x")), bytes(memoryview(b"mv")))
print(divmod(7, 2), pow(7, 2), round(7 / 2), abs(-7 / 2))
print(list(map(len, ["a", "bb", ""])), list(filter(str.isupper, "aBcD")), list(map(lambda *a: a, [1, 2], [3, 4])))
print(__name__, __doc__, type(__builtins__).__name__, len(__builtins__.__dict__) > 100)
print(hasattr(__builtins__, "breakpoint"), hasattr(__builtins__, "__build_class__"), hasattr(__builtins__, "__import__"))
print(NotImplemented.__class__.__name__, Ellipsis.__class__.__name__, type(slice(1)).__name__, type(range(1)).__name__)
print(max.__name__, max.__qualname__, max.__module__, len.__self__.__class__.__name__ if hasattr(len, "__self__") else None)
