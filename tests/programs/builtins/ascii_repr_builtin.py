# repr() and ascii() across types, nested containers, and objects with custom __repr__ returning non-ASCII.
objs = ["plain", "naïve", "日本", "emoji 😀", "\x00\x1f\x7f\x80", b"\x00\xff", bytearray(b"\xe9"), [1, "é"], ("ü",),
        {"ключ": "значение"}, {"é"}, 1.5, -2, 3j, None, True, ..., range(3), slice(1, 2), frozenset()]
for o in objs:
    print(repr(o), ascii(o))
class R:
    def __repr__(self):
        return "R<ñ>"
print(repr(R()), ascii(R()), ascii([R()]), str([R()]))
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
