# Dynamic programming classics: LCS, edit distance with alignment, knapsack, coin change, LIS, matrix chain.
def lcs(a, b):
    dp = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            dp[i][j] = dp[i + 1][j + 1] + 1 if a[i] == b[j] else max(dp[i + 1][j], dp[i][j + 1])
    out, i, j = [], 0, 0
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            out.append(a[i]); i += 1; j += 1
        elif dp[i + 1][j] >= dp[i][j + 1]:
            i += 1
        else:
            j += 1
    return "".join(out)
def edit(a, b):
    dp = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        dp[i][0] = i
    for j in range(len(b) + 1):
        dp[0][j] = j
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            dp[i][j] = min(dp[i - 1][j] + 1, dp[i][j - 1] + 1, dp[i - 1][j - 1] + (a[i - 1] != b[j - 1]))
    ops, i, j = [], len(a), len(b)
    while i or j:
        if i and j and dp[i][j] == dp[i - 1][j - 1] + (a[i - 1] != b[j - 1]):
            ops.append("=" if a[i - 1] == b[j - 1] else "~"); i -= 1; j -= 1
        elif i and dp[i][j] == dp[i - 1][j] + 1:
            ops.append("-"); i -= 1
        else:
            ops.append("+"); j -= 1
    return dp[-1][-1], "".join(reversed(ops))
for a, b in [("kitten", "sitting"), ("intention", "execution"), ("", "abc"), ("abc", "abc"), ("AGGTAB", "GXTXAYB")]:
    print(a, b, lcs(a, b), edit(a, b))
def knapsack(items, cap):
    dp = [[0] * (cap + 1) for _ in range(len(items) + 1)]
    for i, (w, v) in enumerate(items, 1):
        for c in range(cap + 1):
            dp[i][c] = dp[i - 1][c]
            if w <= c:
                dp[i][c] = max(dp[i][c], dp[i - 1][c - w] + v)
    chosen, c = [], cap
    for i in range(len(items), 0, -1):
        if dp[i][c] != dp[i - 1][c]:
            chosen.append(i - 1)
            c -= items[i - 1][0]
    return dp[-1][-1], sorted(chosen)
print(knapsack([(12, 4), (2, 2), (1, 1), (1, 2), (4, 10)], 15), knapsack([(5, 10), (4, 40), (6, 30), (3, 50)], 10))
def coin_ways(coins, total):
    ways = [1] + [0] * total
    for c in coins:
        for t in range(c, total + 1):
            ways[t] += ways[t - c]
    return ways[total]
def min_coins(coins, total):
    INF = float("inf")
    best = [0] + [INF] * total
    for t in range(1, total + 1):
        for c in coins:
            if c <= t and best[t - c] + 1 < best[t]:
                best[t] = best[t - c] + 1
    return best[total] if best[total] != INF else None
print(coin_ways([1, 2, 5, 10, 20, 50, 100, 200], 200), [min_coins([1, 5, 6, 9], t) for t in range(15)], min_coins([4, 6], 7))
def lis(seq):
    tails, prev, idx = [], [None] * len(seq), []
    for i, x in enumerate(seq):
        lo, hi = 0, len(tails)
        while lo < hi:
            mid = (lo + hi) // 2
            if seq[tails[mid]] < x:
                lo = mid + 1
            else:
                hi = mid
        if lo:
            prev[i] = tails[lo - 1]
        if lo == len(tails):
            tails.append(i)
        else:
            tails[lo] = i
    out, k = [], tails[-1] if tails else None
    while k is not None:
        out.append(seq[k]); k = prev[k]
    return out[::-1]
print(lis([10, 9, 2, 5, 3, 7, 101, 18, 4, 19, 20]), lis([]), lis([5, 4, 3]))
def chain(dims):
    n = len(dims) - 1
    dp = [[0] * n for _ in range(n)]
    split = [[0] * n for _ in range(n)]
    for length in range(2, n + 1):
        for i in range(n - length + 1):
            j = i + length - 1
            dp[i][j] = min((dp[i][k] + dp[k + 1][j] + dims[i] * dims[k + 1] * dims[j + 1], k) for k in range(i, j))[0]
            split[i][j] = min((dp[i][k] + dp[k + 1][j] + dims[i] * dims[k + 1] * dims[j + 1], k) for k in range(i, j))[1]
    def paren(i, j):
        return f"M{i}" if i == j else f"({paren(i, split[i][j])}{paren(split[i][j] + 1, j)})"
    return dp[0][n - 1], paren(0, n - 1)
print(chain([40, 20, 30, 10, 30]), chain([10, 20, 30, 40, 30]), chain([5, 10]))
