# Tight loops over range with arithmetic (the int-loop kernel shape): sums, products mod, nested loops.
total = 0
for i in range(200000):
    total += i * i % 7
print(total)
acc = 1
for i in range(1, 50000):
    acc = acc * i % 1000000007
print(acc)
count = 0
for i in range(300):
    for j in range(300):
        if (i ^ j) & 7 == 0:
            count += 1
print(count)
x = 0
i = 0
while i < 100000:
    x += i & 0xFF
    i += 1
print(x)
f = 0.0
for k in range(1, 100001):
    f += 1.0 / (k * k)
print(f, round(f, 10))
s = 0
for a in range(-500, 500):
    s += a // 7 + a % 7
print(s)
