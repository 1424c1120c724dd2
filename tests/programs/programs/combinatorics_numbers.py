# Combinatorial number tables with big ints: Pascal, Catalan, Bell, Stirling (2nd kind), derangements, partitions.
def pascal(n):
    rows = [[1]]
    for _ in range(n - 1):
        prev = rows[-1]
        rows.append([1] + [a + b for a, b in zip(prev, prev[1:])] + [1])
    return rows
for row in pascal(12):
    print(" ".join(map(str, row)).center(60).rstrip())
def comb(n, k):
    if k < 0 or k > n:
        return 0
    k = min(k, n - k)
    r = 1
    for i in range(k):
        r = r * (n - i) // (i + 1)
    return r
print(comb(100, 50), comb(52, 5), comb(10, 0), comb(5, 7), sum(comb(20, k) for k in range(21)) == 2**20)
catalan = [comb(2 * n, n) // (n + 1) for n in range(20)]
print(catalan)
def bell(n):
    row = [1]
    out = [1]
    for _ in range(n - 1):
        new = [row[-1]]
        for v in row:
            new.append(new[-1] + v)
        row = new
        out.append(row[0])
    return out
print(bell(15))
def stirling2(n, k, memo={}):
    if (n, k) in memo:
        return memo[(n, k)]
    if n == k:
        r = 1
    elif k == 0 or k > n:
        r = 0
    else:
        r = k * stirling2(n - 1, k) + stirling2(n - 1, k - 1)
    memo[(n, k)] = r
    return r
print([[stirling2(n, k) for k in range(n + 1)] for n in range(7)])
der = [1, 0]
for n in range(2, 15):
    der.append((n - 1) * (der[-1] + der[-2]))
print(der)
p = [1] + [0] * 100
for part in range(1, 101):
    for total in range(part, 101):
        p[total] += p[total - part]
print(p[10], p[50], p[100])
fact = 1
for i in range(1, 31):
    fact *= i
print(fact, fact // der[14] if False else fact % 1000000007, len(str(fact)))
