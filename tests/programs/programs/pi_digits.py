# Big-integer computations: pi by Machin's formula, e by series, sqrt(2) by Newton, digit statistics.
def arctan_inv(x, digits):
    scale = 10 ** (digits + 10)
    total = term = scale // x
    n, sign, x2 = 1, -1, x * x
    while term:
        term //= x2
        total += sign * (term // (2 * n + 1))
        sign = -sign
        n += 1
    return total
def pi(digits):
    v = 4 * (4 * arctan_inv(5, digits) - arctan_inv(239, digits))
    return v // 10 ** 10
def e(digits):
    scale = 10 ** (digits + 10)
    total, term, k = 0, scale, 0
    while term:
        total += term
        k += 1
        term //= k
    return total // 10 ** 10
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
p = str(pi(500))
print(p[0] + "." + p[1:61])
print(p[-20:])
counts = [p.count(str(d)) for d in range(10)]
print(counts, sum(counts))
ev = str(e(300))
print(ev[0] + "." + ev[1:61])
s2 = str(isqrt(2 * 10 ** 400))
print(s2[0] + "." + s2[1:61])
print(isqrt(10**100) == 10**50, isqrt(99), isqrt(0), isqrt(1), isqrt(2**127))
print(p.find("999999"), p.find("0123"), p[:10], int(p[:16]) / 10**15)
