# Common dict idioms: grouping, counting, inverting, nested defaults, fromkeys aliasing pitfall, get with default.
words = "apple banana avocado blueberry cherry cranberry apricot banana apple".split()
groups = {}
for w in words:
    groups.setdefault(w[0], []).append(w)
print(groups)
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts, key=lambda k: (-counts[k], k)))
inverted = {}
for k, v in counts.items():
    inverted.setdefault(v, set()).add(k)
print({k: sorted(v) for k, v in sorted(inverted.items())})
shared = dict.fromkeys(["a", "b"], [])
shared["a"].append(1)
print(shared, shared["a"] is shared["b"])
separate = {k: [] for k in ["a", "b"]}
separate["a"].append(1)
print(separate)
tree = {}
for path in ["usr/bin/python", "usr/lib/x", "usr/bin/env", "etc/hosts"]:
    node = tree
    for part in path.split("/"):
        node = node.setdefault(part, {})
print(tree)
print(counts.get("kiwi"), counts.get("kiwi", 0), counts.setdefault("kiwi", 0), "kiwi" in counts)
merged = {**counts, "apple": 100}
merged.update(cherry=50)
print(merged)
pairs = [("x", 1), ("y", 2), ("x", 3)]
print(dict(pairs), {k: v for k, v in reversed(pairs)}, list({k: None for k, _ in pairs}))
