# set and frozenset operations (small ints so iteration order is deterministic).
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b, a <= b, {1, 2} <= a, {1, 2} < a, a < a, a >= {1}, a.isdisjoint({9}))
print(a.union([7], (8,)), a.intersection(range(3)), a.difference({1}, {2}), a.symmetric_difference([1, 10]))
print(a.issubset(range(10)), a.issuperset([1, 2]), len(a), 3 in a, 9 not in a)
s = set()
s.add(5); s.add(5); s.add(1)
print(s)
s.update([2, 3], {4})
print(s)
s.discard(100); s.discard(1)
print(s)
s.remove(2)
print(s)
try:
    s.remove(2)
except KeyError as e:
    print("KeyError:", e)
print(s.pop(), s)
s |= {10}; s &= {3, 4, 10, 11}; s -= {3}; s ^= {4, 5}
print(s)
f = frozenset([3, 1, 2])
print(f, f | {9}, type(f | {9}).__name__, type({9} | f).__name__, hash(f) == hash(frozenset([1, 2, 3])), {f: 1}[frozenset({1, 2, 3})])
print(set(), frozenset(), set("aab") == {"a", "b"}, sorted(set("hello")), {1, 2} == frozenset([1, 2]), hash(frozenset()))
try:
    f.add(1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    {[]}
except TypeError as e:
    print("TypeError:", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
print({x % 5 for x in range(20)}, set(range(10, 0, -1)), {-1, -2, 0}, sorted({True, 1, 1.0, 0, False}), repr(set()), repr({frozenset()}))
c = {1, 2, 3}
c.clear()
print(c, c.copy(), {1, 2}.copy() == {2, 1})
