# Integer power, negative exponents (float result), pow with modulus and modular inverse.
for b in range(-3, 4):
    print(b, [b ** e for e in range(0, 6)])
print(2 ** 100, (-2) ** 101, 3 ** 50)
print(2 ** -1, 2 ** -2, (-2) ** -3, 10 ** -5)
print(pow(3, 200, 1000007), pow(-3, 7, 11), pow(3, 7, -11), pow(7, 0, 1), pow(0, 0))
print(pow(3, -1, 11), pow(7, -2, 13), pow(38, -1, 97))
for m in (5, 7, 13, 97, 1000003):
    print(m, [pow(a, -1, m) for a in range(1, 6) if a % m])
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(pow(2, 0.5), pow(-8, 1/3))
print(1 ** 10**6, (-1) ** (10**6 + 1), 0 ** 0)
