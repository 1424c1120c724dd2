# An exception raised while a generator is being closed propagates from close().
def worker():
    try:
        yield "working"
    finally:
        raise RuntimeError("cleanup in generator failed")
g = worker()
print(next(g))
g.close()
