# Deeply nested generator delegation (yield from chains hundreds deep) and recursion through generators.
def chain(depth):
    if depth == 0:
        yield "bottom"
        return "ret-0"
    r = yield from chain(depth - 1)
    yield f"level {depth} got {r}"
    return f"ret-{depth}"
out = list(chain(300))
print(len(out), out[0], out[1], out[-1])
def nested_send(depth):
    if depth == 0:
        total = 0
        while True:
            v = yield total
            if v is None:
                return total
            total += v
    return (yield from nested_send(depth - 1))
g = nested_send(200)
next(g)
print([g.send(i) for i in range(1, 6)])
try:
    g.send(None)
except StopIteration as e:
    print("returned through 200 levels:", e.value)
def tree(n):
    if n <= 1:
        yield n
        return
    yield from tree(n - 1)
    yield from tree(n - 2)
print(sum(tree(18)), sum(1 for _ in tree(18)))
def thrower(depth):
    if depth == 0:
        try:
            yield "ready"
        except ValueError as e:
            yield f"caught at bottom: {e}"
        return
    yield from thrower(depth - 1)
t = thrower(150)
print(next(t), t.throw(ValueError("from top")))
