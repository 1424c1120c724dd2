# How containers use __eq__: list.index/count/remove/in, identity shortcut, dict lookups with collisions.
class Loud:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print(f"  eq({self.v}, {getattr(o, 'v', o)})")
        return isinstance(o, Loud) and self.v == o.v
    def __hash__(self):
        return hash(self.v)
    def __repr__(self):
        return f"L{self.v}"
items = [Loud(1), Loud(2), Loud(3), Loud(2)]
print("in:"); print(Loud(2) in items)
print("count:"); print(items.count(Loud(2)))
print("index:"); print(items.index(Loud(3)))
print("remove:"); items.remove(Loud(2)); print(items)
x = items[0]
print("identity:"); print(x in items, items.count(x))
print("tuple eq:"); print((Loud(1), Loud(2)) == (Loud(1), Loud(5)))
print("list eq:"); print([Loud(1)] == [Loud(1)])
d = {Loud(1): "a"}
print("dict get:"); print(d.get(Loud(1)), d.get(Loud(9)))
nan = float("nan")
lst = [nan]
print(nan in lst, lst.count(nan), lst.index(nan), [nan] == [nan], [float("nan")] == [float("nan")])
s = {nan}
print(nan in s, float("nan") in s, len({nan, nan}), len({float("nan"), float("nan")}))
