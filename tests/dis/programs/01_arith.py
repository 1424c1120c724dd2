a, b = 7, 3
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(a << b, a >> b, a & b, a | b, a ^ b)
print(-a, +a, ~a, not a)
print((a + b) * (a - b) / 2)
