# Which objects can be dict keys/set members: hashability of builtins, equal-hash collisions across types, tuple keys.
candidates = [1, 1.0, True, "1", b"1", (1,), (1, [2]), [1], {1: 2}, {1}, frozenset({1}), None, ..., range(1), slice(1), 1j, object]
for c in candidates:
    try:
        hash(c)
        ok = "hashable"
    except TypeError as e:
        ok = f"TypeError: {e}"
    print(f"{type(c).__name__:10} {ok}")
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
d[(1, 2)] = "tuple"
d[frozenset({1, 2})] = "frozenset"
d[None] = "none"
print(d, len(d), d[1], d[(1, 2)], d[frozenset({2, 1})])
s = {0, 0.0, False, -0.0, 0j}
print(s, len(s))
grid = {(x, y): x * y for x in range(3) for y in range(3)}
print(grid[(2, 2)], grid[1, 2], sorted(k for k in grid if grid[k] == 0))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((2, 1)), hash(()) == hash(()), hash(frozenset()) == hash(frozenset([])))
print(hash(0) == hash(0.0) == hash(False) == hash(0j), hash(2**61 - 1) == hash(0), {2**61 - 1: "a", 0: "b"})
try:
    {[]: 1}
except TypeError as e:
    print("TypeError:", e)
try:
    set([{1}])
except TypeError as e:
    print("TypeError:", e)
