# Spectral norm of the infinite matrix A(i,j) = 1/((i+j)(i+j+1)/2+i+1), truncated to n x n.
def eval_A(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)
def A_times_u(u):
    return [sum(eval_A(i, j) * uj for j, uj in enumerate(u)) for i in range(len(u))]
def At_times_u(u):
    return [sum(eval_A(j, i) * uj for j, uj in enumerate(u)) for i in range(len(u))]
def AtA_times_u(u):
    return At_times_u(A_times_u(u))
for n in (10, 50, 100):
    u = [1.0] * n
    for _ in range(10):
        v = AtA_times_u(u)
        u = AtA_times_u(v)
    vBv = sum(ue * ve for ue, ve in zip(u, v))
    vv = sum(ve * ve for ve in v)
    print(n, "%0.9f" % ((vBv / vv) ** 0.5))
print([round(eval_A(i, j), 5) for i in range(3) for j in range(3)])
