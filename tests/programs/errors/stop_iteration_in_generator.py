# PEP 479: StopIteration inside a generator becomes RuntimeError with a chained traceback.
def gen():
    yield 1
    next(iter([]))
    yield 2
for v in gen():
    print(v)
