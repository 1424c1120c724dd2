# dict insertion order across deletes and re-inserts, view objects reflecting changes, comparisons of views.
d = {}
for k in "hello world":
    d[k] = d.get(k, 0) + 1
print(d)
del d["l"]
d["l"] = 99
print(list(d))
d.pop("h")
d["h"] = 0
print(list(d.items()))
ks, vs, its = d.keys(), d.values(), d.items()
d["new"] = 1
print(len(ks), "new" in ks, 1 in vs, ("new", 1) in its, list(ks)[-1])
print(d.keys() == {"e", "o", " ", "w", "r", "d", "l", "h", "new"}, {1: 2}.items() == {(1, 2)}, {1: 2}.values() == {1: 2}.values())
print(sorted(d.keys() - {"e", "o"}), {1: 1, 2: 2}.keys() <= {1, 2, 3}, {1: 1}.keys().isdisjoint([2]))
e = dict.fromkeys(range(10))
for k in range(0, 10, 2):
    del e[k]
e[0] = "back"
print(list(e))
big = {i: i for i in range(1000)}
for i in range(0, 1000, 3):
    del big[i]
print(len(big), list(big)[:5], list(big)[-3:])
print(dict(zip("abc", range(3))) == {"c": 2, "b": 1, "a": 0}, list(dict(zip("abc", range(3)))) == list({"c": 2, "b": 1, "a": 0}))
print(repr({}.keys()), repr({1: "a"}.values()), repr({1: "a"}.items()), type({}.keys()).__name__)
mapping = {"x": 1}.items().mapping if hasattr({}.items(), "mapping") else None
print(mapping)
nested = {"a": {"b": {"c": [1, 2, {"d": None}]}}}
print(nested["a"]["b"]["c"][2], str(nested), len(str(nested)))
keys_order = {}
keys_order[3] = "three"; keys_order[1] = "one"; keys_order[2] = "two"
print(keys_order, sorted(keys_order), max(keys_order), list(reversed(keys_order.values())))
