# Chained comparisons (each operand evaluated once) and assignment expressions.
def v(x, tag):
    print("eval", tag)
    return x
print(v(1, "a") < v(2, "b") < v(3, "c"))
print(v(1, "a") < v(0, "b") < v(3, "c"))
print(v(5, "a") == v(5, "b") != v(6, "c") > v(1, "d"))
one = 1
print(1 < 2 in [2], one is not None is not False, 3 > 2 == 2 < 4, "a" < "b" < "c" < "b")
x = 5
print(0 <= x < 10, 0 <= x < 5, x in range(10) in [range(10)])
data = [3, 8, 1, 12, 7, 20]
if (n := len(data)) > 5:
    print("long list", n)
print([y for v_ in data if (y := v_ * 2) > 10], y)
total = 0
while (chunk := data[total:total + 2]):
    print("chunk", chunk)
    total += 2
print((z := 10), z + 1)
def f():
    if (w := 3) > 2:
        return w
print(f())
vals = iter([5, 0, 4, 0, 3])
while (item := next(vals, None)) is not None:
    if item == 0:
        continue
    print("item", item)
print([last := i for i in range(4)], last)
print(max(filtered := [q for q in data if q % 2 == 0]), filtered)
