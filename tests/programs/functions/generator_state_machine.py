# Generators as coroutines: a parser state machine fed characters with send(), and a pipeline of coroutines.
def coroutine(fn):
    def start(*a, **k):
        g = fn(*a, **k)
        next(g)
        return g
    return start
@coroutine
def tokenizer(target):
    buf = ""
    while True:
        ch = yield
        if ch is None:
            if buf:
                target.send(("word", buf))
            try:
                target.send(("eof", None))
            except StopIteration:
                print("downstream finished")
            return
        if ch.isalnum():
            buf += ch
        else:
            if buf:
                target.send(("word", buf))
                buf = ""
            if not ch.isspace():
                target.send(("punct", ch))
@coroutine
def counter(target):
    counts = {}
    while True:
        kind, value = yield
        if kind == "eof":
            target.send(counts)
            return
        counts[kind] = counts.get(kind, 0) + 1
        target.send((kind, value))
@coroutine
def printer(log):
    while True:
        item = yield
        log.append(item)
log = []
sink = printer(log)
pipeline = tokenizer(counter(sink))
for ch in "Hello, world! It's 2024; coroutines rock.":
    pipeline.send(ch)
try:
    pipeline.send(None)
except StopIteration:
    print("pipeline finished")
for item in log:
    print(item)
@coroutine
def averager():
    total, n, avg = 0.0, 0, None
    while True:
        v = yield avg
        if v is None:
            return (n, avg)
        total += v
        n += 1
        avg = total / n
a = averager()
print([a.send(v) for v in [4, 8, 15, 16, 23, 42]])
try:
    a.send(None)
except StopIteration as e:
    print("result", e.value)
