# Recursive generators: permutations, combinations, powerset, partitions, tree walks.
def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [x] + rest
def combinations(items, k):
    if k == 0:
        yield []
        return
    for i in range(len(items) - k + 1):
        for tail in combinations(items[i + 1:], k - 1):
            yield [items[i]] + tail
def powerset(items):
    if not items:
        yield []
        return
    for s in powerset(items[1:]):
        yield s
        yield [items[0]] + s
def partitions(n, max_part=None):
    max_part = n if max_part is None else max_part
    if n == 0:
        yield []
        return
    for p in range(min(n, max_part), 0, -1):
        for rest in partitions(n - p, p):
            yield [p] + rest
print(list(permutations([1, 2, 3])), sum(1 for _ in permutations(list(range(6)))))
print(list(combinations("abcde", 2)), len(list(combinations(list(range(10)), 4))))
print(sorted(powerset([1, 2, 3]), key=lambda s: (len(s), s)))
print(list(partitions(6)), sum(1 for _ in partitions(20)))
def walk(tree, depth=0):
    name, kids = tree
    yield "  " * depth + name
    for k in kids:
        yield from walk(k, depth + 1)
fs = ("/", [("usr", [("bin", []), ("lib", [("python3.11", [])])]), ("home", [("user", [("docs", [])])]), ("tmp", [])])
print("\n".join(walk(fs)))
