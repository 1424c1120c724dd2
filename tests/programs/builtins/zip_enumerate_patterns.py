# Idioms with zip/enumerate/range: transposition, pairwise, chunking, dict building, parallel iteration with strict.
grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12]]
print(list(zip(*grid)), [sum(col) for col in zip(*grid)], [list(r) for r in zip(*grid[::-1])])
seq = [3, 8, 2, 9, 4]
print(list(zip(seq, seq[1:])), [b - a for a, b in zip(seq, seq[1:])], max(zip(seq, range(len(seq))))[1])
data = list(range(11))
print([data[i:i + 4] for i in range(0, len(data), 4)], list(zip(*[iter(data)] * 3)))
keys, vals = ["a", "b", "c"], [1, 2, 3]
print(dict(zip(keys, vals)), dict(enumerate(keys)), {v: k for k, v in enumerate(keys, 1)})
for i, (k, v) in enumerate(zip(keys, vals), start=100):
    print(i, k, v)
names, scores = ["ann", "bob"], [90, 85, 70]
print(list(zip(names, scores)))
try:
    print(list(zip(names, scores, strict=True)))
except ValueError as e:
    print("ValueError:", e)
print([(i, c) for i, c in enumerate("hey") if i != 1], list(enumerate([])), list(zip("ab", range(5), [None] * 9)))
matrix = [[0] * 3 for _ in range(3)]
for r, row in enumerate(matrix):
    for c, _ in enumerate(row):
        matrix[r][c] = r * 3 + c
print(matrix, [matrix[i][i] for i in range(3)], [matrix[i][2 - i] for i in range(3)])
print(list(reversed(list(enumerate("abc")))), sorted(enumerate("cab"), key=lambda p: p[1]))
