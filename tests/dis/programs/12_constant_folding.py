A = 2 * 3 + 4
B = "ab" * 3
C = (1, 2) + (3,)
D = -(5)
E = not True
F = 1 < 2
G = 2 ** 10
def f(x):
    return x in (1, 2, 3), x in {1, 2, 3}, x in [4, 5]
print(A, B, C, D, E, F, G, f(2))
