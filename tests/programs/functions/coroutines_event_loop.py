# async def / await driven by a tiny hand-written event loop (no asyncio).
class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        yield ("sleep", self.ticks)
        return self.ticks
async def worker(name, delays, log):
    total = 0
    for d in delays:
        got = await Sleep(d)
        total += got
        log.append(f"{name} woke after {got}")
    return f"{name} total {total}"
async def main(log):
    a = await worker("direct", [1], log)
    log.append(a)
    return "main done"
def run(coros):
    log = []
    clock = 0
    ready = [(0, i, c(log) if callable(c) else c) for i, c in enumerate(coros)]
    results = {}
    while ready:
        ready.sort(key=lambda t: (t[0], t[1]))
        when, idx, coro = ready.pop(0)
        clock = max(clock, when)
        try:
            cmd, ticks = coro.send(None)
            ready.append((clock + ticks, idx, coro))
        except StopIteration as e:
            results[idx] = (clock, e.value)
    return log, results
def make(name, delays):
    return lambda log: worker(name, delays, log)
log, results = run([make("a", [3, 1]), make("b", [1, 1, 1]), make("c", [2, 5]), main])
for line in log:
    print(line)
for k in sorted(results):
    print(k, results[k])
c = worker("x", [], [])
print(type(c).__name__, c.__name__, c.cr_running)
try:
    c.send(None)
except StopIteration as e:
    print("finished immediately:", e.value)
async def agen(n):
    for i in range(n):
        await Sleep(0)
        yield i * i
async def consume():
    out = []
    async for v in agen(4):
        out.append(v)
    return out
co = consume()
try:
    while True:
        co.send(None)
except StopIteration as e:
    print("async for collected", e.value)
class AsyncCM:
    async def __aenter__(self):
        print("aenter")
        return "resource"
    async def __aexit__(self, *exc):
        print("aexit", exc[0])
        return False
async def use_cm():
    async with AsyncCM() as r:
        print("inside with", r)
    return "ok"
u = use_cm()
try:
    u.send(None)
except StopIteration as e:
    print(e.value)
async def never_awaited():
    return 1
coro = never_awaited()
coro.close()
print("closed unawaited coroutine")
