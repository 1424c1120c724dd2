# Edge cases of list methods: insert with out-of-range/negative indices, index with bounds, extend with itself, pop indices.
l = [1, 2, 3]
l.insert(-100, "start"); l.insert(100, "end"); l.insert(-1, "before-last"); l.insert(1, "second")
print(l)
l = [5, 1, 5, 2, 5]
print(l.index(5), l.index(5, 1), l.index(5, -1), l.index(5, 1, 3), l.count(5))
for args in [(5, 3, 4), (9,), (5, 10)]:
    try:
        print(l.index(*args))
    except ValueError as e:
        print("ValueError:", e)
l.remove(5)
print(l)
m = [1, 2]
m.extend(m)
print(m)
m += m
print(m, len(m))
m[:] = m[::2]
print(m)
p = list(range(6))
print(p.pop(), p.pop(0), p.pop(-2), p, [p.pop() for _ in range(len(p))], p)
try:
    [].pop(0)
except IndexError as e:
    print("IndexError:", e)
try:
    [1].pop(5)
except IndexError as e:
    print("IndexError:", e)
q = [3, 1, 2]
print(q.sort() is None, q.reverse(), q, sorted(q) is q, q.copy() == q)
r = [[]] * 3
r[0].append(1)
print(r, r.count([1]), [1] in r)
s = list("abcdef")
s[1:5:2] = "XY"
del s[-1:-4:-1]
print(s)
t = [0] * 3
t[5:] = [9]
t[-10:1] = ["head"]
print(t)
