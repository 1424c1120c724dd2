# Arbitrary precision arithmetic: factorials, fibonacci, mixed sign ops.
f = 1
for i in range(1, 61):
    f *= i
    if i % 10 == 0:
        print(i, f)
a, b = 0, 1
for i in range(300):
    a, b = b, a + b
print(a)
print(len(str(a)), a % 1000000007, a // 10**50)
x = 3 ** 200 - 2 ** 300
print(x, -x, abs(x), x * x, x // 12345678901234567890, x % 12345678901234567890)
print((10**40 + 1) * (10**40 - 1) == 10**80 - 1)
print(-(10**30) // 7, -(10**30) % 7, (10**30) // -7, (10**30) % -7)
n = 2 ** 521 - 1
print(n.bit_length(), n % 1000, str(n)[:20], str(n)[-20:])
print(sum(range(10**6)), sum(i * i for i in range(1000)))
print(int("9" * 100) + 1 == 10 ** 100)
print(10**25 == 10.0**25, 2**53 + 1 == float(2**53 + 1), 2**53 == float(2**53))
print(2**63, -2**63, 2**64 - 1, 2**63 * 2**63)
