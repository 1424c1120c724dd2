# Aggregates over larger ranges and generators: sum of squares, alternating sums, min/max with keys over 30k items.
N = 30000
print(sum(range(N)), sum(i * i for i in range(N)), sum(range(0, N, 7)), sum(-i if i % 2 else i for i in range(N)))
print(min(range(N), key=lambda i: (i * 7919) % N), max(range(N), key=lambda i: (i * 7919) % N))
print(max((i * 37) % 1009 for i in range(N)), min((i * 37) % 1009 for i in range(1, N)))
vals = [((i * 2654435761) % 2**32) / 2**32 for i in range(N)]
print(round(sum(vals), 6), round(min(vals), 9), round(max(vals), 9), round(sum(vals) / N, 9))
print(sum(1 for v in vals if v < 0.5), sum(v > 0.99 for v in vals), any(v == 0 for v in vals), all(0 <= v < 1 for v in vals))
words = [f"w{(i * 31) % 997}" for i in range(N)]
print(min(words), max(words), min(words, key=len), max(words, key=lambda w: (len(w), w)), len(set(words)))
print(sorted(set(words))[:5], sorted(set(words), key=lambda w: int(w[1:]))[-3:])
