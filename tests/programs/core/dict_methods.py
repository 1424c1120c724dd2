# dict methods, views, ordering, merging.
d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, len(d), list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.get("a"), d.get("z"), d.get("z", 0), "a" in d, "z" not in d, d.setdefault("a", 99), d.setdefault("e", 5), d)
print(d.pop("a"), d.pop("zz", "dflt"), d.popitem(), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError:", e)
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e, repr(e))
d.update({"x": 1}, y=2)
d.update([("z", 3)])
print(d)
del d["x"]
print(d, dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict(a=1, b=2), dict([(1, 2)]), dict({"k": 1}, k2=2))
e = {1: "a", 2: "b"}
f = {2: "B", 3: "C"}
print(e | f, f | e, {**e, **f})
e |= f
print(e)
keys = e.keys()
e[4] = "D"
print(keys, e.values(), e.items(), len(keys), 4 in keys, (4, "D") in e.items())
print(keys & {1, 4, 9}, keys | {0}, keys - {1}, keys ^ {1, 100})
print(list(reversed(e)), list(reversed(e.items())), e == {4: "D", 3: "C", 2: "B", 1: "a"})
print({1: 1, 1.0: 2, True: 3}, {(1, 2): "t"}, {None: 0}[None])
try:
    {[1]: 2}
except TypeError as e2:
    print("TypeError:", e2)
g = {i: i * i for i in range(6)}
for k in list(g):
    if k % 2:
        del g[k]
print(g, g.copy() == g, g.copy() is g)
try:
    for k in g:
        g[k + 100] = 0
except RuntimeError as e3:
    print("RuntimeError:", e3)
g.clear()
print(g, dict(), bool({}), repr({"q": [1, {"r": ()}]}))
print(sorted({"b": 1, "a": 2}.items()), min({"x": 1, "y": 0}), max({3: 0, 7: 1}))
