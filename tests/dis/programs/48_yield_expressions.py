def g():
    received = yield
    while received is not None:
        received = yield received * 2
    yield from ()
it = g()
next(it)
print(it.send(3), it.send(4))
