s = {5, 3, 100, 1, 8}
print(s, len(s), 3 in s, 4 in s)
print(set(), frozenset(), frozenset([1,2,3]), set("a"))
a = {1,2,3,4}; b = frozenset({3,4,5})
print(a | b, a & b, a - b, a ^ b, b | a, b & a, b - a, b ^ a)
print(a <= b, a >= {1}, {1} < a, a == {4,3,2,1}, a != b, b == frozenset([5,4,3]))
a |= {10}; print(a)
a &= {1,2,10,20}; print(a)
a -= {1}; print(a)
a ^= {2, 7}; print(a)
print(hash(frozenset()), hash(frozenset({1,2,3})), hash(frozenset({(1,2), 3.5})))
print({x*x for x in range(10)})
print(sorted({"b","a"}))
s = set(range(20)); print(s.pop(), s.pop(), s)
print({1,2}.union([3],(4,)), {1,2,3}.intersection([2,3],[3]), {1,2,3}.difference([1],[2]))
t = {1,2,3}; t.update([4],[5]); t.difference_update([1]); t.intersection_update([2,3,4,5,6]); t.symmetric_difference_update([5,9]); print(t)
print({1,2}.isdisjoint([3]), {1}.issubset([1,2]), {1,2}.issuperset([1]))
print(frozenset({1,2}) in {frozenset({1,2})}, {1,2} in {frozenset({1,2})})
r = set(); r.add(r.__class__); print(len(r))
class S(set): pass
x = S([1,2]); print(x, type(x | {3}), S(), x == {1,2})
class F(frozenset): pass
print(F([1]), repr(F()))
try:
    for i in s: s.add(100+i)
except RuntimeError as e: print(e)
s = {1}
s.discard(2); s.remove(1)
try: s.remove(1)
except KeyError as e: print(repr(e))
print({1, 1.0, True}, {0, False, 0.0})
print(set(range(100)) == set(range(99, -1, -1)))
print(list(set([-1, -2, -3, 7, 1000000, 2**70])))
print({'a': 1}.keys() - set() if False else 0)
s = set(range(30))
for i in range(0, 30, 3):
    s.discard(i)
print(s, len(s))
s2 = set()
for i in range(50):
    s2.add(i * 37 % 101)
print(s2)
print(set([1, 2, 3]) - {2: 'x'}.keys() if False else set([1, 2, 3]) - set({2: 'x'}))
print(set({3: 1, 1: 2}), frozenset([x for x in [4, 2, 9]]))
big = set(range(0, 1000, 7)); small = {7, 14, 999, 2000}
print(big & small, small & big, small - big, len(big - small), small ^ {7, 1})
print(big.isdisjoint({1, 2}), big > small, big >= {7}, small < big)
e = set()
e.symmetric_difference_update(e)
print(e, {1} == frozenset({1}), frozenset({1}) == {1}, {1} == [1])
d = {frozenset({1, 2}): "a", frozenset(): "b"}
print(d[frozenset([2, 1])], d[frozenset()])
nested = frozenset({frozenset({1}), frozenset({2, 3})})
print(len(nested), frozenset({1}) in nested)
class Hashy:
    def __init__(self, v): self.v = v
    def __hash__(self): return self.v % 3
    def __eq__(self, other): return isinstance(other, Hashy) and self.v == other.v
    def __repr__(self): return f"H{self.v}"
hs = {Hashy(i) for i in range(8)}
print(len(hs), Hashy(4) in hs, Hashy(9) in hs, sorted([h.v for h in hs]))
