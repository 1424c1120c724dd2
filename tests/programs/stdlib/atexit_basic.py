# atexit: register returns the function, callbacks run at exit last-registered first with
# their arguments, unregister removes every equal registration, _run_exitfuncs runs and
# clears them, and an exception in a callback is reported ("Exception ignored in atexit
# callback") without stopping the others or changing the exit status.
import atexit


class F:
    def __init__(self, n):
        self.n = n

    def __call__(self, *a, **k):
        print("callback", self.n, a, sorted(k.items()))

    def __repr__(self):
        return "F(%d)" % self.n

    def __eq__(self, o):
        return isinstance(o, F) and o.n == self.n

    __hash__ = None


class Boom:
    def __call__(self):
        print("boom runs")
        return 1 / 0

    def __repr__(self):
        return "Boom()"


def late():
    print("late: never runs")


def registers_late():
    print("registering late")
    atexit.register(late)


atexit._clear()
print(atexit._ncallbacks())
print(atexit.register(F(1), 1, x=2), atexit._ncallbacks())
atexit.register(F(2))
atexit.register(Boom())
atexit.register(F(3))
atexit.register(F(3), "again")
atexit.register(registers_late)
n = atexit._ncallbacks()
atexit.unregister(F(3))
atexit.unregister(F(99))
print(n, atexit._ncallbacks() <= n)
for bad in [(3,), ()]:
    try:
        atexit.register(*bad)
    except TypeError as e:
        print("TypeError", e)

# _run_exitfuncs runs what is registered now, then clears the list.
saved = []
atexit.register(print, "from _run_exitfuncs", sep="|")
atexit.unregister(F(2))
print("before")
