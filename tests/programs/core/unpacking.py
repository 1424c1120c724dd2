# Iterable unpacking: starred targets, nested targets, in for-loops, and the errors.
a, b = 1, 2
a, b = b, a
print(a, b)
first, *rest = [1, 2, 3, 4]
*init, last = "abcd"
head, *mid, tail = range(6)
x, *y = [1]
print(first, rest, init, last, head, mid, tail, x, y)
(p, q), (r, s) = [(1, 2), "ab"]
[t, [u, *v]] = (0, (1, 2, 3))
print(p, q, r, s, t, u, v)
for i, (ch, n) in enumerate(zip("xyz", range(3))):
    print(i, ch, n)
for k, *vals in [(1, 2, 3), (4,), (5, 6)]:
    print(k, vals)
print(*[1, 2], *"ab", *range(2))
print([*range(3), *"xy", 0], (*[1], *[2]), {*[1, 2], *[2, 3]}, {**{"a": 1}, "b": 2, **{"a": 3}})
def f(*args, **kw):
    return args, kw
print(f(*[1, 2], 3, *(4,), k=1, **{"j": 2}))
for bad in ["a, b = [1, 2, 3]", "a, b, c = [1, 2]", "a, *b, c = [1]", "a, b = 5", "(a, b), c = [1, 2], 3"]:
    try:
        exec(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
d = {}
d["k"], d["j"] = 1, 2
lst = [0, 0, 0]
lst[0], lst[2] = "first", "third"
print(d, lst)
i = 0
lst2 = [10, 20, 30]
i, lst2[i] = 1, 99
print(i, lst2)
m = n = o = []
m.append(1)
print(m, n, o, m is o)
a = b = 5
a += 1
print(a, b)
