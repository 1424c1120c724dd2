# Assignment semantics: chained assignment order (left to right), targets referencing earlier targets, swaps.
x = [0, 0]
x[0] = x = [5, 6]
print(x)
y = [0, 0]
y = y[1] = [7, 8]
print(y, y[1] is y)
a = b = c = []
a.append(1)
print(a, b, c, a is c)
i = 0
arr = [10, 20, 30]
i, arr[i] = 2, 99
print(i, arr)
arr2 = [10, 20, 30]
j = 0
arr2[j], j = 99, 2
print(j, arr2)
p, q = 1, 2
p, q = q, p + q
print(p, q)
fib = [0, 1]
for _ in range(10):
    fib[0], fib[1] = fib[1], fib[0] + fib[1]
print(fib)
m = [[1, 2], [3, 4]]
m[0], m[1] = m[1], m[0]
print(m)
m[0][0], m[1][1] = m[1][1], m[0][0]
print(m)
d = {}
d["a"] = d["b"] = d.get("a", 0) + 1
print(d)
class Obj:
    pass
o = Obj()
o.x = o.y = "shared"
o.list = [o.x]
print(vars(o))
first, second = second, first = "AB" if False else ("A", "B")
print(first, second)
(k1, k2), k3 = k = ((1, 2), 3)
print(k1, k2, k3, k)
