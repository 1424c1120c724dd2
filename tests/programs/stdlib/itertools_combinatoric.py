# itertools: product, permutations, combinations (with replacement), groupby and tee.
import itertools
from itertools import product, permutations, combinations, combinations_with_replacement, groupby, tee


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


print(list(product("AB", "xy")), list(product(range(2), repeat=3)))
print(list(product()), list(product([])), list(product("ab", [])), list(product("ab", repeat=0)))
print(list(product("ab", [1, 2], repeat=2))[:6], len(list(product(range(3), range(4), range(5)))))
print(list(permutations("ABC")), list(permutations("ABCD", 2)))
print(list(permutations([])), list(permutations("AB", 0)), list(permutations("AB", 3)), list(permutations(range(3), r=None)))
print(list(combinations("ABCD", 2)), list(combinations(range(4), 3)), list(combinations("AB", 0)))
print(list(combinations("AB", 3)), list(combinations([], 0)), list(combinations(iterable="xyz", r=2)))
print(list(combinations_with_replacement("ABC", 2)), list(combinations_with_replacement([], 2)))
print(list(combinations_with_replacement([], 0)), list(combinations_with_replacement("AB", 3)))
print(len(list(permutations(range(6)))), len(list(combinations(range(12), 5))), len(list(combinations_with_replacement(range(6), 4))))
p = permutations(range(5), 3)
print(next(p), next(p), next(p), len(list(p)))

for k, g in groupby("AAAABBBCCDAABBB"):
    print(k, list(g))
print([k for k, g in groupby("AAAABBBCCD")], [(k, len(list(g))) for k, g in groupby([1, 1, 2, 3, 3, 3])])
for k, g in groupby(range(10), key=lambda x: x // 3):
    print(k, list(g))
print(list(groupby([])))
groups = []
for k, g in groupby("aabbbc"):
    groups.append(g)
print([list(g) for g in groups])
it = groupby("aaabbc")
k1, g1 = next(it)
print(k1, next(g1))
k2, g2 = next(it)
print(k2, list(g1), list(g2))
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
for k, g in groupby(sorted(words), key=len):
    print(k, list(g))
for k, g in groupby(words, lambda w: w[0]):
    print(k, list(g))
print(type(groupby("a")).__name__, type(next(groupby("a"))[1]).__name__)

a, b = tee(range(5))
print(next(a), next(a), list(b), list(a))
t = tee("abc", 3)
print(len(t), [list(x) for x in t], tee([1], 0), type(t[0]).__name__)
a, b = tee(iter(range(200)))
print(sum(a), sum(b))
a, b = tee(x * x for x in range(6))
print(list(zip(a, b)))
a, b = tee([1, 2, 3])
c, d = tee(a)
print(next(a), list(c), list(d), list(b))
x, y = tee(itertools.count())
for _ in range(1000):
    next(x)
print(next(x), next(y))

for f in [lambda: product(1), lambda: product([1], repeat=-1), lambda: product([1], x=1),
          lambda: product(repeat="a"), lambda: permutations(), lambda: permutations("ab", -1),
          lambda: permutations("ab", "x"), lambda: permutations("ab", 1.0), lambda: combinations("ab"),
          lambda: combinations("ab", -1), lambda: combinations("ab", None), lambda: combinations(5, 1),
          lambda: combinations_with_replacement("a", -2), lambda: combinations_with_replacement("a"),
          lambda: groupby(), lambda: groupby(5), lambda: groupby("a", len, 3),
          lambda: list(groupby([1, 0], key=lambda v: 1 / v)), lambda: tee(), lambda: tee([1], -1),
          lambda: tee([1], "a"), lambda: tee(5), lambda: tee([1], 2, 3)]:
    attempt(f)
