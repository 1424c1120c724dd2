# Generator pipelines: producers, filters, windowing, grouping, infinite streams.
def integers(start=1):
    while True:
        yield start
        start += 1
def primes():
    found = []
    for n in integers(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
def take(n, it):
    it = iter(it)
    return [next(it) for _ in range(n)]
def window(it, size):
    buf = []
    for v in it:
        buf.append(v)
        if len(buf) == size:
            yield tuple(buf)
            buf.pop(0)
def group_runs(it):
    it = iter(it)
    try:
        cur = next(it)
    except StopIteration:
        return
    count = 1
    for v in it:
        if v == cur:
            count += 1
        else:
            yield cur, count
            cur, count = v, 1
    yield cur, count
print(take(25, primes()))
print(take(5, window(primes(), 3)))
print(list(group_runs("aaabccddddde")))
print(list(group_runs([])))
gaps = (b - a for a, b in window(primes(), 2))
print(take(30, gaps))
def collatz(n):
    while n != 1:
        yield n
        n = 3 * n + 1 if n % 2 else n // 2
    yield 1
lengths = {n: sum(1 for _ in collatz(n)) for n in range(1, 30)}
print(lengths)
print(max(range(1, 3000), key=lambda n: sum(1 for _ in collatz(n))))
def running_avg():
    total = count = 0
    avg = None
    while True:
        v = yield avg
        total += v
        count += 1
        avg = total / count
ra = running_avg()
next(ra)
print([ra.send(v) for v in [10, 20, 5, 7, 100]])
