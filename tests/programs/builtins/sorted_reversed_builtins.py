# sorted on many iterable types, reversed on sequences, all/any with short-circuit, len of everything.
print(sorted({3: "c", 1: "a", 2: "b"}), sorted({3: "c", 1: "a"}.items()), sorted("hello"), sorted(b"hello"), sorted({5, 1, 3}))
print(sorted([3, 1, 2], key=None), sorted(x for x in range(5) if x % 2), sorted([[3], [1, 2], []]), sorted(["b", "A", "c"], key=str.upper))
print(list(reversed("abc")), list(reversed(b"ab")), list(reversed([])), list(reversed(range(0, 10, 3))), list(reversed({1: 2, 3: 4})))
print(all([]), any([]), all([1, 2, 0]), any([0, 0, 3]), all("abc"), any(x > 3 for x in range(5)))
seen = []
def check(v):
    seen.append(v)
    return v
print(any(check(v) for v in [0, 0, 5, 0, 7]), seen)
seen.clear()
print(all(check(v) for v in [1, 2, 0, 3]), seen)
print(len([1, 2]), len("abc"), len({}), len(range(100)), len(b""), len(frozenset([1, 1])), len({1: 1}.items()))
try:
    sorted([1, 2], lambda a: a)
except TypeError as e:
    print("TypeError:", e)
print(sorted([-3, 2, -1], key=abs, reverse=True), sorted([], reverse=True))
