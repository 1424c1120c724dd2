# Number theory: divisors, totient, perfect/amicable numbers, CRT, continued fractions, digit sums, Pell equation.
def divisors(n):
    small, large = [], []
    d = 1
    while d * d <= n:
        if n % d == 0:
            small.append(d)
            if d * d != n:
                large.append(n // d)
        d += 1
    return small + large[::-1]
def phi(n):
    result, p, m = n, 2, n
    while p * p <= m:
        if m % p == 0:
            while m % p == 0:
                m //= p
            result -= result // p
        p += 1
    if m > 1:
        result -= result // m
    return result
print(divisors(360), len(divisors(360)), sum(divisors(28)) - 28, [phi(n) for n in range(1, 21)])
perfect = [n for n in range(2, 10000) if sum(divisors(n)) - n == n]
print(perfect)
def d(n):
    return sum(divisors(n)) - n
amicable = sorted({(a, d(a)) for a in range(2, 3000) if d(a) != a and d(d(a)) == a and a < d(a)})
print(amicable)
def crt(residues, moduli):
    x, m = 0, 1
    for r, mod in zip(residues, moduli):
        inv = pow(m, -1, mod)
        x = x + m * ((r - x) * inv % mod)
        m *= mod
    return x % m, m
print(crt([2, 3, 2], [3, 5, 7]), crt([1, 2, 3, 4], [5, 7, 9, 11]))
def cont_frac(num, den, terms=20):
    out = []
    while den and len(out) < terms:
        q = num // den
        out.append(q)
        num, den = den, num - q * den
    return out
print(cont_frac(415, 93), cont_frac(3141592653589793, 10**15, 12))
def convergents(cf):
    h0, h1, k0, k1 = 0, 1, 1, 0
    out = []
    for a in cf:
        h0, h1 = h1, a * h1 + h0
        k0, k1 = k1, a * k1 + k0
        out.append((h1, k1))
    return out
print(convergents([3, 7, 15, 1, 292, 1, 1]))
def pell(n):
    a0 = int(n ** 0.5)
    m, d_, a = 0, 1, a0
    h0, h1, k0, k1 = 1, a0, 0, 1
    while h1 * h1 - n * k1 * k1 != 1:
        m = d_ * a - m
        d_ = (n - m * m) // d_
        a = (a0 + m) // d_
        h0, h1 = h1, a * h1 + h0
        k0, k1 = k1, a * k1 + k0
    return h1, k1
print([(n, pell(n)) for n in (2, 3, 5, 7, 13, 61)])
print(sum(int(c) for c in str(2 ** 1000)), sum(int(c) for c in str(1 * 2 ** 500 * 3 ** 300)))
print([n for n in range(1, 200) if n == sum(int(c) ** len(str(n)) for c in str(n))])
