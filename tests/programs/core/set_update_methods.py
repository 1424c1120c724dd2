# In-place set methods: update, intersection_update, difference_update, symmetric_difference_update, with iterables.
s = {1, 2, 3}
s.update([3, 4], (5,), range(6, 8))
print(s)
s.intersection_update(range(2, 7), [2, 3, 4, 5, 6, 100])
print(s)
s.difference_update([2], {6})
print(s)
s.symmetric_difference_update([4, 5, 9, 10])
print(s)
s.intersection_update()
print(s)
t = {1, 2}
t.update()
t.difference_update()
print(t, t.issubset([1, 2, 3]), t.issuperset(()), t.isdisjoint(range(3, 9)))
print({1, 2}.union(), {1, 2}.intersection(), {1, 2}.difference(), set().union([1], [2], [1]))
try:
    {1} <= [1]
except TypeError as e:
    print("TypeError:", e)
try:
    {1}.update(5)
except TypeError as e:
    print("TypeError:", e)
f = frozenset({3, 1})
print(f.union([2]), f.intersection([1, 9]), f.difference([1]), f.symmetric_difference([1, 4]), f.copy() is f, f.issubset({1, 2, 3}))
u = set(range(10))
for k in range(0, 10, 3):
    u.discard(k)
u.add(100)
print(u, len(u), sorted(u, reverse=True)[:3], {x * 2 for x in u if x < 5})
