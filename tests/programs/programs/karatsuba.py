# Karatsuba multiplication on digit lists vs builtin big-int multiply; schoolbook long division by hand.
def to_digits(n):
    return [int(c) for c in str(n)][::-1]
def from_digits(d):
    return int("".join(map(str, d[::-1])) or "0")
def add(a, b):
    out, carry = [], 0
    for i in range(max(len(a), len(b))):
        s = (a[i] if i < len(a) else 0) + (b[i] if i < len(b) else 0) + carry
        out.append(s % 10)
        carry = s // 10
    if carry:
        out.append(carry)
    return out
def sub(a, b):
    out, borrow = [], 0
    for i in range(len(a)):
        s = a[i] - (b[i] if i < len(b) else 0) - borrow
        borrow = 1 if s < 0 else 0
        out.append(s + 10 if s < 0 else s)
    while len(out) > 1 and out[-1] == 0:
        out.pop()
    return out
def school(a, b):
    out = [0] * (len(a) + len(b))
    for i, x in enumerate(a):
        carry = 0
        for j, y in enumerate(b):
            t = out[i + j] + x * y + carry
            out[i + j] = t % 10
            carry = t // 10
        out[i + len(b)] += carry
    while len(out) > 1 and out[-1] == 0:
        out.pop()
    return out
def karatsuba(a, b):
    if len(a) < 8 or len(b) < 8:
        return school(a, b)
    m = max(len(a), len(b)) // 2
    a0, a1 = a[:m], a[m:] or [0]
    b0, b1 = b[:m], b[m:] or [0]
    z0 = karatsuba(a0, b0)
    z2 = karatsuba(a1, b1)
    z1 = sub(sub(karatsuba(add(a0, a1), add(b0, b1)), z2), z0)
    res = add(add(z0, [0] * m + z1), [0] * (2 * m) + z2)
    while len(res) > 1 and res[-1] == 0:
        res.pop()
    return res
x = 3 ** 200
y = 7 ** 150 + 12345
k = from_digits(karatsuba(to_digits(x), to_digits(y)))
print(k == x * y, str(k)[:30], len(str(k)))
for a, b in [(0, 5), (12, 34), (99999999, 99999999), (2**100, 3**60), (10**50 + 1, 10**50 - 1)]:
    print(from_digits(karatsuba(to_digits(a), to_digits(b))) == a * b, from_digits(school(to_digits(a), to_digits(b))) == a * b)
def long_div(n, d):
    q, r = [], 0
    for ch in str(n):
        r = r * 10 + int(ch)
        q.append(r // d)
        r %= d
    return int("".join(map(str, q))), r
for n, d in [(1000000007, 97), (10**40 + 3, 7), (123456789, 1)]:
    print(long_div(n, d), divmod(n, d), long_div(n, d) == divmod(n, d))
