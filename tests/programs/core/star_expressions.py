# Star expressions in returns, yields, subscripts (3.11), calls, literals, assignments and for-targets.
def pair():
    a, b = [1, 2], (3, 4)
    return *a, *b
print(pair(), type(pair()).__name__)
def gen():
    yield *range(3), "end"
print(list(gen()))
class Sub:
    def __getitem__(self, k):
        return k
s = Sub()
idx = (1, 2)
print(s[*idx], s[0, *idx], s[*idx, 9], s[*"ab"])
first, *middle, last = "hello"
print(first, middle, last)
*init, = range(3)
print(init)
for a, *rest in ["abc", "de", "f"]:
    print(a, rest)
print([*{1: "a", 2: "b"}], {*"aab"} == {"a", "b"}, (*[], *()), [*range(2), *[10]], {**{}, "k": 1})
def f(*args, **kwargs):
    return args, kwargs
print(f(*"xy", *[1], **{"a": 1}, b=2, **{"c": 3}))
nested = [[1, 2], [3], []]
print([*nested[0], *nested[1], *nested[2]], [x for sub in nested for x in sub])
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [list(r) for r in zip(*zip(*matrix))])
print(*[1, 2, 3], sep=", ")
print(max(*[3, 9, 2]), min(*"zyx"), "{}-{}-{}".format(*"abc"), "%s+%s" % (*[1, 2],))
