# Recursion patterns: accumulator recursion near the limit, trampolining to avoid depth, recursive descent over nesting.
import sys
def sum_to(n, acc=0):
    return acc if n == 0 else sum_to(n - 1, acc + n)
print(sum_to(900))
try:
    sum_to(5000)
except RecursionError:
    print("RecursionError for depth 5000")
def trampoline(f, *args):
    r = f(*args)
    while callable(r):
        r = r()
    return r
def sum_to_t(n, acc=0):
    return acc if n == 0 else (lambda: sum_to_t(n - 1, acc + n))
print(trampoline(sum_to_t, 100000))
def even_t(n):
    return True if n == 0 else (lambda: odd_t(n - 1))
def odd_t(n):
    return False if n == 0 else (lambda: even_t(n - 1))
print(trampoline(even_t, 10001), trampoline(odd_t, 10001))
def depth(x):
    return 1 + max((depth(v) for v in x), default=0) if isinstance(x, list) else 0
nested = 0
for _ in range(200):
    nested = [nested, [1]]
print(depth(nested), depth([]), depth([[[]]]))
def count_leaves(x):
    return sum(count_leaves(v) for v in x) if isinstance(x, (list, tuple)) else 1
print(count_leaves(nested), count_leaves([(1, 2), [3, [4, (5,)]]]))
sys.setrecursionlimit(3000)
print(sum_to(2500))
sys.setrecursionlimit(1000)
def gen_depth(n):
    if n:
        yield from gen_depth(n - 1)
    yield n
print(sum(gen_depth(400)))
