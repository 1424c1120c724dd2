# Sieve of Eratosthenes, segmented sieve, prime counting and twin primes.
def sieve(n):
    is_p = bytearray([1]) * (n + 1)
    is_p[0] = is_p[1] = 0
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i * i::i] = bytearray(len(range(i * i, n + 1, i)))
    return [i for i, v in enumerate(is_p) if v]
primes = sieve(100000)
print(len(primes), primes[:20], primes[-5:])
for limit in (10, 100, 1000, 10000, 100000):
    print(limit, sum(1 for p in primes if p <= limit))
twins = [(p, q) for p, q in zip(primes, primes[1:]) if q - p == 2]
print(len(twins), twins[:10], twins[-3:])
gaps = {}
for p, q in zip(primes, primes[1:]):
    gaps[q - p] = gaps.get(q - p, 0) + 1
print(sorted(gaps.items())[:12])
def segmented(lo, hi, base):
    mark = [True] * (hi - lo)
    for p in base:
        if p * p >= hi:
            break
        start = max(p * p, (lo + p - 1) // p * p)
        for m in range(start, hi, p):
            mark[m - lo] = False
    return [lo + i for i, v in enumerate(mark) if v and lo + i > 1]
seg = segmented(10**6, 10**6 + 1000, primes)
print(len(seg), seg[:8])
print(sum(primes) % 1000000007, max(q - p for p, q in zip(primes, primes[1:])))
goldbach = {}
pset = set(primes)
for n in range(4, 200, 2):
    for p in primes:
        if n - p in pset:
            goldbach[n] = (p, n - p)
            break
print([goldbach[n] for n in range(100, 130, 2)])
