# Integer factorization: trial division for small factors and Pollard's rho (Floyd cycle) for larger ones.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
def is_prime(n):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d, s = d // 2, s + 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True
def rho(n):
    if n % 2 == 0:
        return 2
    for c in range(1, 50):
        x = y = 2
        d = 1
        f = lambda v: (v * v + c) % n
        while d == 1:
            x = f(x)
            y = f(f(y))
            d = gcd(abs(x - y), n)
        if d != n:
            return d
    raise ValueError(f"rho failed for {n}")
def factor(n):
    out = []
    for p in range(2, 1000):
        while n % p == 0:
            out.append(p)
            n //= p
    stack = [n] if n > 1 else []
    while stack:
        m = stack.pop()
        if is_prime(m):
            out.append(m)
        else:
            d = rho(m)
            stack += [d, m // d]
    return sorted(out)
for n in [360, 97, 1001, 2**32 + 1, 600851475143, 10**12 + 39, 2**64 + 1, 1234567891011121314, 999999000001 * 1000003, 2**59 - 1]:
    f = factor(n)
    prod = 1
    for p in f:
        prod *= p
    print(n, f, prod == n, all(is_prime(p) for p in f))
