a, b = 1, 2
a, b = b, a
(c, d), e = (3, 4), 5
first, *rest = [1, 2, 3, 4]
*init, last = "abc"
p, *mid, q = range(6)
[m, n] = "mn"
print(a, b, c, d, e, first, rest, init, last, p, mid, q, m, n)
