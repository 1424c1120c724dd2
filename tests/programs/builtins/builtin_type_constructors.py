# Calling builtin types with zero, one and keyword arguments; copy constructors; subclass instances passed through.
print(int(), float(), complex(), str(), bytes(), bytearray(), list(), tuple(), dict(), set(), frozenset(), bool(), object().__class__.__name__)
print(int(x=5) if False else int("5"), float("5"), str(5), str(object=5), bytes(2), tuple([1]), dict(a=1), set("ab") == {"a", "b"})
l = [1, 2]
print(list(l) is l, tuple((1, 2)) == (1, 2), frozenset(frozenset([1])) == frozenset([1]), str("s") == "s")
t = (1, 2)
print(tuple(t) is t, str("abc") is not None, frozenset() == frozenset(), int(7) == 7)
class MyList(list):
    pass
ml = MyList([3, 1, 2])
print(type(list(ml)).__name__, type(ml[:]).__name__, type(sorted(ml)).__name__, type(ml + [4]).__name__, type(ml * 2).__name__)
class MyStr(str):
    pass
ms = MyStr("Hi")
print(type(str(ms)).__name__, type(ms.upper()).__name__, type(ms + "!").__name__, type(ms[0]).__name__, type(f"{ms}").__name__)
class MyInt(int):
    pass
mi = MyInt(5)
print(type(int(mi)).__name__, type(mi + 1).__name__, type(-mi).__name__, type(abs(mi)).__name__, type(+mi).__name__, repr(mi))
class MyDict(dict):
    pass
md = MyDict(a=1)
print(type(dict(md)).__name__, type(md.copy()).__name__, type(md | {"b": 2}).__name__, md)
for bad in [lambda: int(1, 2, 3), lambda: list(1, 2), lambda: dict(1, 2), lambda: str(1, 2, 3, 4), lambda: tuple(a=1), lambda: set([], [])]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
