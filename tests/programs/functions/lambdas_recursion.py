# Lambdas, higher-order functions, recursion and mutual recursion.
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), (lambda: "no args")(), (lambda *a, **k: (a, k))(1, k=2))
print((lambda x, y=10, *, z=100: x + y + z)(1, z=0), sorted([(1, "b"), (0, "c")], key=lambda p: p[1]))
print(inc.__name__, (lambda: 0).__qualname__)
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print([fact(i) for i in range(15)], fact(100) % 10**9)
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print([is_even(i) for i in range(8)], is_odd(301))
def hanoi(n, src, dst, via, moves):
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves
m = hanoi(4, "A", "C", "B", [])
print(len(m), m[:7])
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print([[ackermann(i, j) for j in range(4)] for i in range(3)])
def flatten(x):
    if isinstance(x, list):
        return [y for item in x for y in flatten(item)]
    return [x]
print(flatten([1, [2, [3, [4, [5]]], 6], [[[]]], 7]))
def perms(s):
    if len(s) <= 1:
        return [s]
    return [c + p for i, c in enumerate(s) for p in perms(s[:i] + s[i + 1:])]
print(perms("abcd")[:10], len(perms("abcde")))
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(900))
Y = lambda f: (lambda x: f(lambda v: x(x)(v)))(lambda x: f(lambda v: x(x)(v)))
print(Y(lambda self: lambda n: 1 if n == 0 else n * self(n - 1))(10))
