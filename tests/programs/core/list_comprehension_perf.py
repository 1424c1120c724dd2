# Larger list/dict workloads (still fast on CPython): building, filtering, sorting, grouping 100k items.
N = 100000
data = [(i * 7919) % 10007 for i in range(N)]
print(len(data), sum(data), min(data), max(data), data[:10])
evens = [v for v in data if v % 2 == 0]
print(len(evens), sum(evens) % 1000003)
buckets = {}
for v in data:
    buckets[v % 100] = buckets.get(v % 100, 0) + 1
print(len(buckets), sorted(buckets.items())[:5], max(buckets.values()), min(buckets.values()))
s = sorted(data)
print(s[:5], s[-5:], s[N // 2], len(set(data)))
squares = {i: i * i for i in range(1000)}
print(sum(squares.values()), squares[999])
matrix = [[(r * c) % 17 for c in range(100)] for r in range(100)]
print(sum(map(sum, matrix)), matrix[42][17], [row[5] for row in matrix[:10]])
words = [f"w{i % 997}" for i in range(N)]
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(len(counts), counts["w0"], counts["w996"], sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
joined = "".join(str(v % 10) for v in data[:1000])
print(len(joined), joined[:50], joined.count("7"))
