# Floor division and modulo follow the sign of the divisor (CPython semantics).
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (1, 1), (-1, 1),
         (10**20, 7), (-10**20, 7), (10**20, -7), (123456789, -1000), (-5, 10**30)]
for a, b in pairs:
    q, r = a // b, a % b
    print(a, b, q, r, q * b + r == a, divmod(a, b))
for a in range(-6, 7):
    print(a, [a // b for b in (-3, -2, -1, 1, 2, 3)], [a % b for b in (-3, -2, -1, 1, 2, 3)])
