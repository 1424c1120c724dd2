# Generator, coroutine and async generator frames: gi_frame/cr_frame/ag_frame before, while and
# after running, their f_back (the resumer while running, None while suspended), gi_running,
# gi_code, gi_yieldfrom.
import sys

def gen():
    x = 1
    me = sys._getframe()
    yield me
    x = 2
    yield me.f_back.f_code.co_name if me.f_back else None
    yield x

g = gen()
f0 = g.gi_frame
print(f0 is not None, f0.f_code is g.gi_code, f0.f_back, g.gi_running, f0.f_lineno == gen.__code__.co_firstlineno)
me = next(g)
print(me is g.gi_frame, me is f0, me.f_back, sorted(me.f_locals), me.f_locals["x"])

def resumer():
    return next(g)

print(resumer())
print(next(g), me.f_locals["x"])
print(list(g), g.gi_frame, g.gi_running)
print(me.f_code.co_name, sorted(me.f_locals))

def running():
    yield g2.gi_running, g2.gi_frame is sys._getframe()

g2 = running()
print(next(g2))

def sub():
    yield 1
    yield 2

def delegating():
    yield from sub()

d = delegating()
print(d.gi_yieldfrom)
next(d)
print(type(d.gi_yieldfrom).__name__, d.gi_yieldfrom.gi_frame.f_back)

async def coro():
    return sys._getframe().f_code.co_name

c = coro()
print(c.cr_frame is not None, c.cr_running, c.cr_code.co_name)
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)
print(c.cr_frame)

async def agen():
    yield sys._getframe().f_back.f_code.co_name

a = agen()
print(a.ag_frame is not None, a.ag_running)

def drive():
    try:
        a.__anext__().send(None)
    except StopIteration as e:
        return e.value

print(drive())

# A frame object taken from a finished generator keeps its locals.
def counter():
    total = 0
    for i in range(4):
        total += i
        yield total

cg = counter()
frame = cg.gi_frame
print(list(cg), frame.f_locals["total"], cg.gi_frame)
