# Re-implementations of functools helpers: wraps, lru_cache with hits/misses, reduce, partial with repr, singledispatch.
def wraps(wrapped):
    def deco(wrapper):
        for attr in ("__name__", "__qualname__", "__doc__", "__module__"):
            setattr(wrapper, attr, getattr(wrapped, attr))
        wrapper.__dict__.update(wrapped.__dict__)
        wrapper.__wrapped__ = wrapped
        return wrapper
    return deco
def lru_cache(maxsize):
    def deco(fn):
        cache = {}
        order = []
        stats = {"hits": 0, "misses": 0}
        @wraps(fn)
        def wrapper(*args, **kwargs):
            key = args + tuple(sorted(kwargs.items()))
            if key in cache:
                stats["hits"] += 1
                order.remove(key)
                order.append(key)
                return cache[key]
            stats["misses"] += 1
            result = fn(*args, **kwargs)
            cache[key] = result
            order.append(key)
            if len(order) > maxsize:
                del cache[order.pop(0)]
            return result
        wrapper.cache_info = lambda: (stats["hits"], stats["misses"], maxsize, len(cache))
        return wrapper
    return deco
@lru_cache(maxsize=64)
def fib(n):
    "Fibonacci numbers."
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100), fib.cache_info(), fib.__name__, fib.__doc__, fib.__wrapped__.__name__)
@lru_cache(maxsize=2)
def square(x, *, verbose=False):
    return x * x
print([square(v) for v in (1, 2, 1, 3, 2, 1)], square(2, verbose=True), square.cache_info())
class partial:
    def __init__(self, fn, *args, **kwargs):
        self.fn, self.args, self.kwargs = fn, args, kwargs
    def __call__(self, *args, **kwargs):
        return self.fn(*self.args, *args, **{**self.kwargs, **kwargs})
    def __repr__(self):
        parts = [self.fn.__name__] + [repr(a) for a in self.args] + [f"{k}={v!r}" for k, v in self.kwargs.items()]
        return f"partial({', '.join(parts)})"
p = partial(int, base=2)
print(p("1010"), p("111", base=8), repr(p), repr(partial(pow, 2, mod=7)), partial(pow, 2, mod=7)(10))
def singledispatch(fn):
    registry = {object: fn}
    def dispatch(arg, *rest):
        for cls in type(arg).__mro__:
            if cls in registry:
                return registry[cls](arg, *rest)
    def register(cls):
        def deco(f):
            registry[cls] = f
            return f
        return deco
    dispatch.register = register
    return dispatch
@singledispatch
def describe(x):
    return f"object {x!r}"
@describe.register(int)
def _(x):
    return f"int {x}"
@describe.register(list)
def _(x):
    return "list of " + ", ".join(describe(v) for v in x)
print(describe(5), "|", describe(True), "|", describe("s"), "|", describe([1, "a", [2.5]]))
