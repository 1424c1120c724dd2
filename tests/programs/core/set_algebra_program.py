# Set algebra on small ints: Venn counts, inclusion-exclusion, power sets via bitmasks, frozenset keys.
A = {n for n in range(1, 61) if n % 2 == 0}
B = {n for n in range(1, 61) if n % 3 == 0}
C = {n for n in range(1, 61) if n % 5 == 0}
print(len(A), len(B), len(C), len(A | B | C), len(A & B & C), sorted(A & B & C))
ie = len(A) + len(B) + len(C) - len(A & B) - len(A & C) - len(B & C) + len(A & B & C)
print(ie == len(A | B | C), sorted(A - B - C)[:10], sorted(C - A - B), sorted((A ^ B) & C))
U = set(range(1, 61))
print(sorted(U - (A | B | C))[:12], len(U - (A | B | C)))
items = [1, 2, 3, 4]
subsets = [frozenset(x for i, x in enumerate(items) if mask >> i & 1) for mask in range(1 << len(items))]
print(len(subsets), sorted(sorted(s) for s in subsets if len(s) == 2))
by_sum = {}
for s in subsets:
    by_sum.setdefault(sum(s), set()).add(s)
print({k: sorted(sorted(x) for x in v) for k, v in sorted(by_sum.items()) if len(v) > 1})
graph = {frozenset({1, 2}): 5, frozenset({2, 3}): 7}
print(graph[frozenset({2, 1})], frozenset({1, 2}) in graph, frozenset({1, 3}) in graph)
s = set(range(20))
s -= set(range(0, 20, 2))
s |= {100}
s &= set(range(50)) | {100}
print(s, 3 in s, 4 in s, min(s), max(s), sum(s))
print(set([1, 2, 3]) == {3, 2, 1}, {1, 2} < {1, 2, 3} < {1, 2, 3, 4}, {1} > set(), set() == frozenset())
