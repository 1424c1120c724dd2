# Decorators: function, parametrized, stacked, class decorators, wraps-like attribute copying.
def trace(fn):
    def wrapper(*args, **kwargs):
        print(f"call {fn.__name__}{args} {kwargs}")
        result = fn(*args, **kwargs)
        print(f"ret {fn.__name__} -> {result!r}")
        return result
    wrapper.__name__ = fn.__name__
    wrapper.__wrapped__ = fn
    return wrapper
@trace
def add(a, b=0):
    return a + b
add(1, 2); add(5, b=6)
print(add.__name__, add.__wrapped__(3, 4))
def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hello(name):
    return "hi " + name
print(hello("bob"))
order = []
def tag(label):
    order.append("make " + label)
    def deco(fn):
        order.append("apply " + label)
        return fn
    return deco
@tag("outer")
@tag("inner")
def f():
    pass
print(order)
registry = {}
def register(cls):
    registry[cls.__name__] = cls
    cls.registered = True
    return cls
@register
class Alpha:
    pass
print(sorted(registry), Alpha.registered)
def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))
@(lambda fn: fn.__name__.upper())
def shout():
    pass
print(shout)
class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
    def __call__(self, *a):
        self.calls += 1
        return self.fn(*a)
@CountCalls
def square(x):
    return x * x
print(square(3), square(4), square.calls)
