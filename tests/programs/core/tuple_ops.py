# tuples: construction, immutability, methods, comparison, hashing, nesting.
t = (1, 2, 3, 2, 1)
print(t, len(t), t.count(2), t.index(3), t[1:4], t[::-1], t + (4,), t * 2, (), (1,), tuple("ab"), tuple([1, 2]))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 3), (2,) > (1, 100), (1, "a") == (1, "a"), () == (), (1,) == [1])
print(hash((1, 2)) == hash((1, 2)), hash(()), hash((1,)), hash((1, 2, 3)), hash((-1, -2)), hash((1, (2, 3))))
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
try:
    t.index(9)
except ValueError as e:
    print("ValueError:", e)
x = ([1], 2)
x[0].append(3)
print(x)
try:
    x[0] += [4]
except TypeError as e:
    print("TypeError:", e)
print(x)
a, b, c = (1, 2, 3)
print(a, b, c, 1, 2 == (1, 2), (1, 2) == (1, 2))
single = 5,
print(single, type(single).__name__, tuple(tuple() for _ in range(2)), (1, 2, 3)[-1])
print(repr((1,)), repr(("a", None, 1.5)), str(((1, 2), (3,))), max((3, 1), (2, 9)), sorted([(2, "b"), (1, "z"), (2, "a")]))
