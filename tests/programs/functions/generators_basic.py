# Generators: lazy evaluation, state, return value via StopIteration, exhausted generators.
def countdown(n):
    print("start")
    while n > 0:
        yield n
        n -= 1
    print("end")
    return "finished"
g = countdown(3)
print(type(g).__name__, g.__name__)
print(next(g)); print(next(g)); print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
try:
    next(g)
except StopIteration as e:
    print("again:", e.value)
print(list(countdown(4)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
gen = fib()
print([next(gen) for _ in range(20)])
def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
print(list(take(5, fib())), list(take(0, fib())))
def pairs(it):
    it = iter(it)
    for a in it:
        for b in it:
            yield a, b
            break
print(list(pairs(range(7))))
def gen_with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
for v in gen_with_finally():
    print("got", v)
for v in gen_with_finally():
    print("got", v)
    break
print("after break")
print(sum(x * x for x in range(10)), list(zip(fib(), "abc")))
def empty():
    return
    yield
print(list(empty()))
def gen_state():
    g = yield_self()
    return g
def yield_self():
    yield 1
it = yield_self()
print(it.gi_running, it.gi_frame is not None, next(it), list(it), it.gi_frame)
