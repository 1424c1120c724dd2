"""Generator and coroutine protocol: send, throw, close, yield from, PEP 479, await."""
def gen(n):
    for i in range(n):
        x = yield i
        if x:
            print("got", x)
    return "done"

g = gen(3)
print(g.__class__.__name__, g.__name__, g.gi_running, g.gi_suspended)
print(next(g))
print(g.send("hi"))
print(list(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value, e.args)

def sub():
    r = yield 1
    print("sub got", r)
    yield 2
    return 42

def outer():
    v = yield from sub()
    print("outer got", v)
    yield v

o = outer()
print(next(o), o.send("A"), next(o))
print(o.gi_yieldfrom)

def catcher():
    while True:
        try:
            yield 1
        except ValueError as e:
            print("caught", repr(e))
            yield "after"

c = catcher()
next(c)
print(c.throw(ValueError("boom")))
print(c.throw(TypeError, "x")) if False else None
c.close()
print(c.gi_suspended, c.gi_running)

def bad():
    yield 1
    raise StopIteration("x")

try:
    list(bad())
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))

def fin():
    try:
        yield 1
    finally:
        print("cleanup")

f = fin(); next(f); f.close()

def ign():
    try:
        yield
    except GeneratorExit:
        pass
    yield "again"
i = ign(); next(i)
try:
    i.close()
except RuntimeError as e:
    print(e)
print(next(i, "finished"))

print(sum(x*x for x in range(10)))
print([x for x in (y for y in "abc")])
def deleg():
    yield from [1,2,3]
    yield from range(2)
print(list(deleg()))

def g2():
    try:
        yield 1
    except KeyError:
        raise ValueError("inner")
x = g2(); next(x)
try:
    x.throw(KeyError("k"))
except ValueError as e:
    print(repr(e), repr(e.__context__))

async def coro(x):
    return x * 2

async def main():
    a = await coro(3)
    b = await coro(4)
    return a + b

m = main()
try:
    m.send(None)
except StopIteration as e:
    print("main ->", e.value)

class Fut:
    def __await__(self):
        v = yield "waiting"
        return v

async def w():
    r = await Fut()
    return r + 1

cw = w()
print(cw.send(None))
try:
    cw.send(10)
except StopIteration as e:
    print("w ->", e.value)
print(repr(gen(1))[:22])
m2 = main()
print(type(m2).__name__, m2.__qualname__, m2.cr_running, m2.cr_await)
m2.close()
class CM:
    def __enter__(self): print("enter"); return self
    def __exit__(self, *a): print("exit", a[0]); return True
with CM() as c:
    raise KeyError
print("suppressed")
