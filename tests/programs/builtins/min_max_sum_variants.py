# min/max/sum with iterables of many types, keys, defaults, ties (first wins), and generators.
print(max([1, 3, 3.0, 2]), max([3.0, 3, 1]), min([2, 1, 1.0]), min([1.0, 1, 2]))
pairs = [("a", 3), ("b", 1), ("c", 3), ("d", 1)]
print(max(pairs, key=lambda p: p[1]), min(pairs, key=lambda p: p[1]), max(pairs), min(pairs))
print(max("apple", "banana", "cherry", key=len), max("aaa", "bb", "c", key=len), min([[3], [1, 2], [0, 0, 0]], key=len))
print(max(range(10), key=lambda v: (v % 3, -v)), min(x * x - 6 * x for x in range(10)), max((), default="none"))
print(sum([1, 2.5, 3j]), sum([[1], [2, 3]], []), sum(((1,), (2,)), ()), sum(range(101), -5050), sum([True, True, False]))
print(sum([0.1] * 10) == 1.0, sum([1e16, 1.0, -1e16]), sum([1.0, 1e16, -1e16]), sum(x / 3 for x in range(9)))
print(max({3: "a", 9: "b"}), min({"z": 1, "y": 2}.values()), max("hello world"), min(b"bytes"), max([[1, 2], [1, 3], [0, 9]]))
try:
    max([1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    sum([1, 2], "")
except TypeError as e:
    print("TypeError:", e)
print(max(iter([5, 9, 2])), min(map(abs, [-3, 2, -1])), sum(filter(None, [0, 1, 2, None] if False else [0, 1, 2])))
