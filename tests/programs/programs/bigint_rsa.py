# Toy RSA with big ints: Miller-Rabin primality (deterministic bases), key generation from fixed seeds, encrypt/decrypt.
def is_probable_prime(n):
    if n < 2:
        return False
    small = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]
    for p in small:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in small:
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
def next_prime(n):
    n |= 1
    while not is_probable_prime(n):
        n += 2
    return n
print([n for n in range(100) if is_probable_prime(n)])
print(is_probable_prime(2**61 - 1), is_probable_prime(2**67 - 1), is_probable_prime(561), is_probable_prime(1000000007))
p = next_prime(int("9" * 40) // 7)
q = next_prime(int("8" * 42) // 3)
n = p * q
phi = (p - 1) * (q - 1)
e = 65537
d = pow(e, -1, phi)
print(p)
print(q)
print(n.bit_length(), len(str(n)), e * d % phi)
for msg in [b"hi", b"krait", "numbers: 3.14".encode()]:
    m = int.from_bytes(msg, "big")
    c = pow(m, e, n)
    back = pow(c, d, n)
    print(msg, m, c % 10**12, back.to_bytes((back.bit_length() + 7) // 8, "big"))
def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y
g, x, y = egcd(240, 46)
print(g, x, y, 240 * x + 46 * y)
print(pow(7, 10**20, 13), pow(123456789, 10**6, 2**89 - 1) % 10**9)
