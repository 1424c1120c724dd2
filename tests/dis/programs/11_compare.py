a, b, c = 1, 2, 3
print(a < b, a <= b, a == b, a != b, a > b, a >= b)
print(a < b < c, a < b > c == c)
print(a is b, a is not b, a in [b], a not in (b, c))
