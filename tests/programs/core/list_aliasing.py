# References vs copies: aliasing, shallow vs deep copies written by hand, multiplication of nested lists.
a = [1, 2, 3]
b = a
c = a[:]
d = list(a)
e = a.copy()
a.append(4)
print(a, b, c, d, e, b is a, c is a, c == a[:3])
grid_bad = [[0] * 3] * 3
grid_bad[0][0] = 9
grid_ok = [[0] * 3 for _ in range(3)]
grid_ok[0][0] = 9
print(grid_bad, grid_ok, grid_bad[1] is grid_bad[2], grid_ok[1] is grid_ok[2])
def deepcopy(x, memo=None):
    memo = {} if memo is None else memo
    if id(x) in memo:
        return memo[id(x)]
    if isinstance(x, list):
        out = []
        memo[id(x)] = out
        out.extend(deepcopy(v, memo) for v in x)
        return out
    if isinstance(x, dict):
        out = {}
        memo[id(x)] = out
        for k, v in x.items():
            out[k] = deepcopy(v, memo)
        return out
    return x
nested = {"list": [1, [2, 3]], "n": 5}
nested["self"] = nested
cp = deepcopy(nested)
cp["list"][1].append(99)
print(nested["list"], cp["list"], cp["self"] is cp, cp["self"] is nested)
def modify(lst):
    lst.append("modified")
    lst = ["rebound"]
    return lst
orig = ["x"]
r = modify(orig)
print(orig, r)
t = ([1], [2])
t[0].append(10)
print(t)
x = y = []
x += [1]
print(x, y, x is y)
x = x + [2]
print(x, y, x is y)
s = "abc"
s2 = s
s += "d"
print(s, s2)
m = [[1, 2], [3, 4]]
flat_refs = [row for row in m]
flat_refs[0][0] = 100
print(m)
