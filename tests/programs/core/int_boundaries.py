# Arithmetic exactly at the boundaries where a boxed small-int representation would overflow.
bounds = [2**15, 2**16, 2**31, 2**32, 2**47, 2**48, 2**52, 2**53, 2**62, 2**63, 2**64]
for b in bounds:
    for v in (b - 1, b, -b, -b - 1):
        print(v, v + 1, v - 1, v * 2, v * v, v // 3, v % 7, -v, abs(v), v << 1, v >> 1, v ^ (v >> 3), v & -v, float(v) == v)
x = 2**47 - 10
acc = []
for i in range(20):
    acc.append(x)
    x += 1
print(acc[-1], acc[-1] - acc[0], sum(acc))
y = -(2**47) + 5
for i in range(10):
    y -= 1
print(y, y * -1, y // -1, -y % 1000)
m = 3037000499
print(m * m, (m + 1) * (m + 1), m * m < 2**63 <= (m + 1) * (m + 1))
f = 1
for i in range(1, 26):
    f *= i
    if f > 2**47:
        print("factorial", i, "exceeds 2**47:", f)
        break
print(2**48 // 2**24, (2**48 - 1) // (2**24 - 1), 2**53 + 1.0, int(2**53 + 1.0), (2**63 - 1) // 1, -(2**63) // -1)
print([hex(2**n - 1) for n in (31, 32, 47, 48, 63, 64)])
print(sum(range(2**20)) == 2**20 * (2**20 - 1) // 2, sum(i * i for i in range(10000)))
