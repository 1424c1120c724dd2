"""Async generators, async for/with and async comprehensions driven by a hand-written loop."""
import sys
class Sleep:
    def __init__(self, n): self.n = n
    def __await__(self):
        got = yield ("sleep", self.n)
        return got

async def ticker(n):
    try:
        for i in range(n):
            r = await Sleep(i)
            yield i * 10 + (r or 0)
    finally:
        print("ticker cleanup")

class ACM:
    async def __aenter__(self):
        print("aenter"); await Sleep(0); return self
    async def __aexit__(self, *exc):
        print("aexit", exc[0]); return False

class AIter:
    def __init__(self): self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        self.i += 1
        if self.i > 3: raise StopAsyncIteration
        return self.i

async def main():
    out = []
    async for v in ticker(3):
        out.append(v)
    print("collected", out)
    async with ACM() as m:
        print("inside", type(m).__name__)
    print([x async for x in AIter()])
    g = ticker(5)
    print(await g.__anext__(), await g.asend(None))
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("closed")
    g2 = ticker(5)
    await g2.__anext__()
    try:
        await g2.athrow(ValueError("boom"))
    except ValueError as e:
        print("athrow raised", e)
    return "done"

def run(coro):
    value = None
    while True:
        try:
            req = coro.send(value)
        except StopIteration as e:
            return e.value
        value = 1 if req[0] == "sleep" else None

print(run(main()))
ag = ticker(1)
print(type(ag).__name__, ag.__name__, ag.ag_running, type(ag.__anext__()).__name__, type(ag.aclose()).__name__)
print(type(ag.__aiter__()).__name__)
