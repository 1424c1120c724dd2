# Generator finalization: finally blocks run when generators are closed, exhausted, or their last reference goes
# (list.clear() drops items from the end; the loop variable keeps the last generator alive until deleted).
def resource(name, log):
    log.append(f"open {name}")
    try:
        for i in range(3):
            yield f"{name}-{i}"
    finally:
        log.append(f"close {name}")
log = []
for v in resource("a", log):
    log.append(v)
print(log)
log = []
g = resource("b", log)
log.append(next(g))
del g
print(log)
log = []
def consume_partially():
    g = resource("c", log)
    return next(g)
log.append(consume_partially())
print(log)
log = []
g = resource("d", log)
next(g)
try:
    g.throw(ValueError("injected"))
except ValueError as e:
    log.append(f"propagated {e}")
print(log)
log = []
def nested():
    inner = resource("inner", log)
    try:
        yield from inner
    finally:
        log.append("outer finally")
n = nested()
log.append(next(n))
n.close()
print(log)
log = []
gens = [resource(f"r{i}", log) for i in range(3)]
for gg in gens:
    next(gg)
gens.clear()
print(log)
del gg
print(log)
