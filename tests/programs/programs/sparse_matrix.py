# Sparse matrices as dicts of (row, col) -> value: add, multiply, transpose, power iteration for PageRank.
class Sparse:
    def __init__(self, n, m, entries=None):
        self.n, self.m = n, m
        self.d = {k: v for k, v in (entries or {}).items() if v}
    def __add__(self, o):
        d = dict(self.d)
        for k, v in o.d.items():
            d[k] = d.get(k, 0) + v
        return Sparse(self.n, self.m, d)
    def __matmul__(self, o):
        rows = {}
        for (i, k), v in o.d.items():
            rows.setdefault(i, []).append((k, v))
        d = {}
        for (i, j), v in self.d.items():
            for k, w in rows.get(j, []):
                d[(i, k)] = d.get((i, k), 0) + v * w
        return Sparse(self.n, o.m, d)
    def T(self):
        return Sparse(self.m, self.n, {(j, i): v for (i, j), v in self.d.items()})
    def dense(self):
        return [[self.d.get((i, j), 0) for j in range(self.m)] for i in range(self.n)]
    def nnz(self):
        return len(self.d)
a = Sparse(3, 3, {(0, 0): 1, (1, 2): 2, (2, 1): 3})
b = Sparse(3, 3, {(0, 1): 4, (2, 2): 5, (1, 0): 6})
print((a + b).dense(), (a @ b).dense(), a.T().dense(), (a @ b).nnz())
ident = Sparse(4, 4, {(i, i): 1 for i in range(4)})
print((ident @ ident).dense() == ident.dense())
links = {0: [1, 2], 1: [2], 2: [0], 3: [0, 2], 4: [3]}
N = 5
M = Sparse(N, N, {(dst, src): 1 / len(outs) for src, outs in links.items() for dst in outs})
rank = [1 / N] * N
for it in range(50):
    new = [0.15 / N] * N
    for (i, j), v in M.d.items():
        new[i] += 0.85 * v * rank[j]
    delta = sum(abs(x - y) for x, y in zip(new, rank))
    rank = new
    if it % 10 == 0:
        print(it, [round(r, 6) for r in rank], f"{delta:.3e}")
print(sorted(range(N), key=lambda i: -rank[i]), round(sum(rank), 12))
