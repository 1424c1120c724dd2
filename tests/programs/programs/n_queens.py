# N-queens: count solutions for n = 1..9 and print the first solution boards for small n.
def solutions(n):
    cols, d1, d2 = set(), set(), set()
    board = []
    def place(r):
        if r == n:
            yield list(board)
            return
        for c in range(n):
            if c in cols or r - c in d1 or r + c in d2:
                continue
            cols.add(c); d1.add(r - c); d2.add(r + c); board.append(c)
            yield from place(r + 1)
            cols.remove(c); d1.remove(r - c); d2.remove(r + c); board.pop()
    yield from place(0)
for n in range(1, 10):
    sols = list(solutions(n))
    print(n, len(sols), sols[0] if sols else None)
first = next(solutions(8))
for c in first:
    print(" ".join("Q" if i == c else "." for i in range(8)))
def unique(n):
    seen = set()
    count = 0
    for s in solutions(n):
        variants = []
        b = s
        for _ in range(4):
            b = [n - 1 - b.index(r) for r in range(n)]
            variants.append(tuple(b))
            variants.append(tuple(reversed(b)))
        key = min(variants)
        if key not in seen:
            seen.add(key)
            count += 1
    return count
print([unique(n) for n in range(4, 9)])
