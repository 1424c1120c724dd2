# A Matrix class with @, +, *, ==, indexing by tuples, transpose property, and str/repr formatting.
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        if any(len(r) != len(self.rows[0]) for r in self.rows):
            raise ValueError("ragged matrix")
    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])
    @property
    def T(self):
        return Matrix(zip(*self.rows))
    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])
    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]
    def __setitem__(self, ij, v):
        i, j = ij
        self.rows[i][j] = v
    def __matmul__(self, o):
        if self.shape[1] != o.shape[0]:
            raise ValueError(f"shape mismatch {self.shape} @ {o.shape}")
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in zip(*o.rows)] for r in self.rows])
    def __add__(self, o):
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, o.rows)])
    def __mul__(self, k):
        return Matrix([[a * k for a in r] for r in self.rows])
    __rmul__ = __mul__
    def __pow__(self, n):
        result = Matrix.identity(self.shape[0])
        for _ in range(n):
            result = result @ self
        return result
    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows
    def __repr__(self):
        return f"Matrix({self.rows})"
    def __str__(self):
        w = max(len(str(v)) for r in self.rows for v in r)
        return "\n".join("[" + " ".join(f"{v:>{w}}" for v in r) + "]" for r in self.rows)
A = Matrix([[1, 2], [3, 4]])
B = Matrix([[0, 1], [1, 0]])
print(A @ B, A + B, A * 3, 2 * A, A.T, A.shape, sep="\n--\n")
print(repr(A @ Matrix.identity(2)), A @ Matrix.identity(2) == A, A == A.T.T, A == [[1, 2], [3, 4]])
F = Matrix([[1, 1], [1, 0]])
print((F ** 30)[0, 1], (F ** 10))
A[0, 0] = 100
print(A, A[1, 0])
try:
    A @ Matrix([[1, 2, 3]])
except ValueError as e:
    print("ValueError:", e)
try:
    Matrix([[1], [2, 3]])
except ValueError as e:
    print("ValueError:", e)
R = Matrix([[1, 2, 3]]).T @ Matrix([[4, 5, 6]])
print(R)
