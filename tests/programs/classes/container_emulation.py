# __getitem__/__setitem__/__delitem__ with slices, __missing__ on dict subclasses, __len__.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __getitem__(self, key):
        if isinstance(key, tuple):
            x, y = key
            if not (0 <= x < self.w and 0 <= y < self.h):
                raise IndexError(f"cell {key} out of range")
            return self.cells.get(key, ".")
        if isinstance(key, slice):
            return f"slice({key.start}, {key.stop}, {key.step})"
        raise TypeError(f"bad key {key!r}")
    def __setitem__(self, key, value):
        print("set", key, value)
        self.cells[key] = value
    def __delitem__(self, key):
        print("del", key)
        del self.cells[key]
    def __len__(self):
        return self.w * self.h
g = Grid(3, 2)
g[0, 0] = "#"
g[2, 1] = "@"
print(g[0, 0], g[1, 1], g[2, 1], len(g), g[1:5], g[::2], g[:, 1] if False else g[1:2:3])
del g[0, 0]
print(g[0, 0])
try:
    g[5, 5]
except IndexError as e:
    print("IndexError:", e)
try:
    del g[1, 1]
except KeyError as e:
    print("KeyError:", e)
try:
    g["x"]
except TypeError as e:
    print("TypeError:", e)
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "mississippi":
    c[ch] += 1
print(sorted(c.items()), c["z"], "z" in c, c.get("z"))
class AutoVivify(dict):
    def __missing__(self, key):
        value = self[key] = AutoVivify()
        return value
tree = AutoVivify()
tree["a"]["b"]["c"] = 1
tree["a"]["x"] = 2
print(tree)
class SliceRecorder:
    def __getitem__(self, k):
        return k
sr = SliceRecorder()
print(sr[1], sr[1:2], sr[::], sr[1, 2:3, ...], sr[:, None], sr["key"])
class ListLike(list):
    def __getitem__(self, i):
        return ("wrapped", super().__getitem__(i))
ll = ListLike([10, 20, 30])
print(ll[0], ll[1:], list(ll), ll, len(ll))
