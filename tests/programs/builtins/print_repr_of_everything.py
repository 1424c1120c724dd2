# repr/str of many builtin objects and nested mixes, as print shows them (no addresses).
objs = [0, -1, 2**64, 0.5, -0.0, 1e-7, 1e16, float("nan"), 3 + 0j, -1j, True, None, ..., NotImplemented,
        "s", "it's", 'q"', "\t", b"b", b"'", bytearray(b"ba"), [], [1, [2, [3]]], (), (1,), ((),), {}, {"k": [1, (2,)]},
        set(), {1}, frozenset(), frozenset({2}), range(0), range(1, 10, 3), slice(None), slice(1, None, -1),
        {1: {2: {3: ()}}}, [None, True, 1.0], (1, "a", b"b", [2.5])]
for o in objs:
    print(type(o).__name__, repr(o), str(o), sep=" | ")
print(*objs[:10])
print(objs[15:22], sep="")
print(int, float, str, list, dict, type, object, BaseException, ValueError, type(None), type(...), type(print))
print(repr(int.__add__).split(" of ")[0], repr(str.join).split(" of ")[0], repr(dict.fromkeys).split(" of ")[0])
