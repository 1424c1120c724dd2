# while/for loops, break/continue, nested loops with flags, loop variable after loop, range iteration edge cases.
total = 0
i = 0
while i < 100:
    i += 1
    if i % 3 == 0:
        continue
    if i > 50:
        break
    total += i
print(total, i)
for i in range(3):
    pass
print("after loop i =", i)
for j in []:
    pass
try:
    j
except NameError as e:
    print("NameError:", e)
found = None
for a in range(1, 30):
    for b in range(a, 30):
        c2 = a * a + b * b
        c = int(c2 ** 0.5)
        if c * c == c2 and a + b + c == 24:
            found = (a, b, c)
            break
    if found:
        break
print(found)
x = 27
steps = 0
while x != 1:
    x = x // 2 if x % 2 == 0 else 3 * x + 1
    steps += 1
print(steps)
items = [1, 2, 3, 4, 5, 6]
for it in items:
    if it == 2:
        items.remove(it)
print(items)
n = 0
for k in range(10**6):
    n += k & 1
print(n)
out = []
for idx, (k, v) in enumerate(sorted({"b": 2, "a": 1, "c": 3}.items())):
    out.append(f"{idx}:{k}={v}")
print(out)
countdown = 5
while countdown:
    countdown -= 1
else:
    print("countdown finished", countdown)
mat = [[1, 2, 3], [4, 5, 6]]
for row in mat:
    for v in row:
        if v == 2:
            continue
        if v == 5:
            break
        print(v, end=" ")
print()
lst = [0]
for v in lst:
    if v < 5:
        lst.append(v + 1)
print(lst)
