# Higher-order functions: map/filter/reduce written by hand, currying, partial application, pipelines.
def reduce(f, it, init=None):
    it = iter(it)
    acc = next(it) if init is None else init
    for v in it:
        acc = f(acc, v)
    return acc
def curry(f, n):
    def curried(*args):
        if len(args) >= n:
            return f(*args)
        return lambda *more: curried(*args, *more)
    return curried
def partial(f, *bound, **kwbound):
    def g(*args, **kw):
        return f(*bound, *args, **{**kwbound, **kw})
    g.__name__ = f"partial({f.__name__})"
    return g
def pipe(*fs):
    return lambda x: reduce(lambda acc, f: f(acc), fs, x)
print(reduce(lambda a, b: a * b, range(1, 11)), reduce(lambda a, b: a + b, ["x", "y", "z"]), reduce(max, [3, 9, 2], 0))
add3 = curry(lambda a, b, c: a + b + c, 3)
print(add3(1)(2)(3), add3(1, 2)(3), add3(1)(2, 3), add3(1, 2, 3))
def power(base, exp, mod=None):
    return pow(base, exp, mod)
square = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=10)
print(square(12), cube_mod(7), square.__name__, [partial(power, 2)(e) for e in range(8)])
process = pipe(str.strip, str.lower, lambda s: s.replace(" ", "_"), lambda s: s[:10])
print([process(s) for s in ["  Hello World  ", "ABC DEF GHI JKL", "x"]])
counts = reduce(lambda d, w: {**d, w: d.get(w, 0) + 1}, "a b a c b a".split(), {})
print(counts)
def memoize(f):
    cache = {}
    def g(*a):
        if a not in cache:
            cache[a] = f(*a)
        return cache[a]
    g.cache = cache
    return g
@memoize
def grid_paths(r, c):
    return 1 if r == 0 or c == 0 else grid_paths(r - 1, c) + grid_paths(r, c - 1)
print(grid_paths(16, 16), len(grid_paths.cache))
print(sorted(map(lambda kv: kv[::-1], {"a": 3, "b": 1}.items())), list(filter(callable, [len, 1, str, "s"])) == [len, str])
compose_all = lambda *fs: reduce(lambda f, g: lambda x: f(g(x)), fs)
inc_then_double = compose_all(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
