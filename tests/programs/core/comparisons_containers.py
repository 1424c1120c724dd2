# Lexicographic comparison of lists/tuples/strings, mixed containers, equality across types, sorting nested data.
pairs = [([1, 2], [1, 2, 0]), ([1, 3], [1, 2, 9]), ((), (0,)), ("abc", "abd"), ("Z", "a"), ([0.5], [1]), ([[1]], [[0, 9]]),
         ((1, "a"), (1, "b")), ([True], [1]), ("", ""), (b"a", b"ab")]
for a, b in pairs:
    print(repr(a), repr(b), a < b, a <= b, a == b, a > b, a >= b)
print([1, 2] == (1, 2), "1" == 1, 1 == 1.0 == True, (1, 2) == (1.0, 2.0), {1: "a"} == {1.0: "a"}, {1, 2} == {2.0, 1.0})
print([] == [], [] is [], [[]] == [[]], {} == dict(), set() == frozenset(), () == tuple([]))
try:
    [1, "a"] < [1, 2]
except TypeError as e:
    print("TypeError:", e)
try:
    {1: 2} < {1: 3}
except TypeError as e:
    print("TypeError:", e)
print([1, "a"] < [2, 1], (1, None) == (1, None), [None] < [None, 1])
data = [("b", [3, 1]), ("a", [3, 0]), ("b", [2, 9]), ("a", [3, 0, 1])]
print(sorted(data), sorted(data, key=lambda t: t[1]), max(data), min(data, key=lambda t: (len(t[1]), t)))
print(sorted([[3, "c"], [1, "z"], [3, "a"], [2]]), sorted([(2,), (1, 5), (1,), ()]))
