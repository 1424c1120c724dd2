# Generator send/throw/close, GeneratorExit, yield expressions.
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total
g = accumulator()
print(next(g), g.send(5), g.send(10), g.send(-3))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)
try:
    accumulator().send(1)
except TypeError as e:
    print("TypeError:", e)
def catcher():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("caught", e)
            yield "recovered"
c = catcher()
print(next(c), c.throw(ValueError("boom")), next(c), c.throw(ValueError, "second"))
try:
    c.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated KeyError", e)
print(list(c))
def closer():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
    finally:
        print("finally ran")
cl = closer()
print(next(cl))
cl.close()
cl.close()
print("closed twice ok")
def bad_closer():
    try:
        yield 1
    except GeneratorExit:
        yield "nope"
b = bad_closer()
next(b)
try:
    b.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def ret_on_close():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"
r = ret_on_close()
next(r)
print(r.close())
def echo():
    received = []
    while len(received) < 3:
        x = yield len(received)
        received.append(x)
    return received
e = echo()
next(e)
e.send("a"); e.send("b")
try:
    e.send("c")
except StopIteration as stop:
    print(stop.value)
never = closer()
never.close()
print("closing unstarted generator prints nothing")
def running():
    yield gen_ref.gi_running
gen_ref = running()
print(next(gen_ref))
def reenter():
    yield next(self_ref)
self_ref = reenter()
try:
    next(self_ref)
except ValueError as exc:
    print("ValueError:", exc)
