# Matrix arithmetic with lists: multiply, transpose, determinant (fractions via ints), inverse with Gauss-Jordan.
def matmul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]
def transpose(m):
    return [list(r) for r in zip(*m)]
def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]
def det(m):
    n = len(m)
    if n == 1:
        return m[0][0]
    return sum((-1) ** j * m[0][j] * det([row[:j] + row[j + 1:] for row in m[1:]]) for j in range(n))
def matpow(m, e):
    r = identity(len(m))
    while e:
        if e & 1:
            r = matmul(r, m)
        m = matmul(m, m)
        e >>= 1
    return r
def inverse(m):
    n = len(m)
    a = [[float(v) for v in row] + [float(i == j) for j in range(n)] for i, row in enumerate(m)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(a[r][col]))
        if abs(a[pivot][col]) < 1e-12:
            raise ValueError("singular matrix")
        a[col], a[pivot] = a[pivot], a[col]
        pv = a[col][col]
        a[col] = [v / pv for v in a[col]]
        for r in range(n):
            if r != col:
                f = a[r][col]
                a[r] = [x - f * y for x, y in zip(a[r], a[col])]
    return [row[n:] for row in a]
A = [[2, -1, 0], [-1, 2, -1], [0, -1, 2]]
B = [[1, 2], [3, 4], [5, 6]]
print(matmul(A, B))
print(transpose(B), transpose(transpose(B)) == B)
print(det(A), det([[1, 2], [3, 4]]), det(identity(4)), det([[1, 2, 3], [4, 5, 6], [7, 8, 9]]))
fib = matpow([[1, 1], [1, 0]], 90)
print(fib[0][1])
inv = inverse(A)
for row in inv:
    print([round(v, 6) for v in row])
print([[round(v, 9) for v in row] for row in matmul(A, inv)])
try:
    inverse([[1, 2], [2, 4]])
except ValueError as e:
    print("ValueError:", e)
H = [[1 / (i + j + 1) for j in range(5)] for i in range(5)]
Hi = inverse(H)
print([round(v) for v in Hi[0]], round(sum(sum(r) for r in Hi)))
print(matpow([[2, 0], [0, 3]], 40))
