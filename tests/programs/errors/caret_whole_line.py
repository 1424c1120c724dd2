# When the failing expression is the whole line, CPython prints no markers.
def f():
    raise RuntimeError("whole line")
def g():
    f()
g()
