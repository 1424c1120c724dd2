# Constructor conversions between types: int/float/str from bytes and strings, list/tuple/set/dict from views, bool of all.
print(int(b"42"), int(bytearray(b"-7")), float(b"1.5"), int(b" 12 "), int("0x1f", 16), int(b"ff", 16))
print(str(b"x"), str(b"x", "ascii"), str(bytearray(b"y"), "utf-8"), bytes("z", "ascii"), bytearray("é", "latin-1"))
d = {"a": 1, "b": 2}
print(list(d), tuple(d.values()), set(d.items()) == {("a", 1), ("b", 2)}, dict(d.items()), dict(zip(d.values(), d)))
print(list("abc"), tuple(range(3)), set("aab") == {"a", "b"}, frozenset((1, 1, 2)), list(b"ab"), bytes([97, 98]))
print(complex("3"), complex("-1.5e2+0.5j"), complex(1.5), float("  7 "), float("-inf"), int(float("1e3")))
print([bool(x) for x in (0, 0.0, 0j, "", b"", [], (), {}, set(), frozenset(), range(0), None, 1, "0", [[]], -0.0)])
print(str(1e22), str(1e21), str(123456789.0), repr(100000000000000000000.0), str(0.1 + 0.2), int("١٢٣") + 1)
for bad in ["12.5", "", " ", "1e5", "0x10", "++1", "1_", "٣.٥"]:
    try:
        print(repr(bad), int(bad))
    except ValueError as e:
        print(repr(bad), "ValueError:", e)
for bad in ["1.2.3", "e5", "inf5", "nan()", "1__0", "٣.٥"]:
    try:
        print(repr(bad), float(bad))
    except ValueError as e:
        print(repr(bad), "ValueError:", e)
