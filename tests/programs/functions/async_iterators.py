# Async iterators and async generators driven manually: __aiter__/__anext__, asend, athrow, aclose.
class Ticker:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i * 100
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def collect(ait):
    return [v async for v in ait]
print(run(collect(Ticker(4))))
async def agen():
    received = []
    try:
        while True:
            v = yield len(received)
            received.append(v)
    except ValueError as e:
        yield f"caught {e} after {received}"
    finally:
        print("agen finally")
async def drive():
    g = agen()
    print(await g.asend(None))
    print(await g.asend("a"))
    print(await g.asend("b"))
    print(await g.athrow(ValueError("boom")))
    await g.aclose()
    return "driven"
print(run(drive()))
async def squares(n):
    for i in range(n):
        yield i * i
async def comprehension_forms():
    a = [x async for x in squares(5)]
    b = {x: x + 1 async for x in squares(3)}
    c = [x async for x in squares(10) if x % 2]
    return a, b, c
print(run(comprehension_forms()))
async def early_exit():
    async for v in squares(100):
        if v > 10:
            return v
print(run(early_exit()))
g = squares(2)
co = Ticker(1).__anext__()
print(type(g).__name__, g.__name__, hasattr(g, "__anext__"), type(co).__name__)
co.close()
