# sys._getframe: depth, the f_back walk, f_globals/f_builtins/f_locals/f_lineno/f_code,
# frame identity within one activation, and the error for a stack not deep enough.
import sys

def walk():
    f = sys._getframe()
    out = []
    while f is not None:
        out.append((f.f_code.co_name, f.f_lineno))
        f = f.f_back
    return out

def outer():
    return middle()

def middle():
    return walk()

print(outer())
print(sys._getframe().f_code.co_name, sys._getframe().f_back)

def depth_names():
    return [sys._getframe(d).f_code.co_name for d in range(3)]

def caller_of_depth():
    return depth_names()

print(caller_of_depth())

def too_deep():
    try:
        sys._getframe(100)
    except ValueError as e:
        print("ValueError:", e)
    try:
        sys._getframe("x")
    except TypeError as e:
        print("TypeError:", e)
    print(sys._getframe(0) is sys._getframe(), sys._getframe(-5) is sys._getframe())

too_deep()

def identity():
    a = sys._getframe()
    b = sys._getframe()
    return a is b, a

same, fr = identity()
print(same, fr is identity()[1], type(fr).__name__, type(fr).__module__)

def lines():
    f = sys._getframe()
    first = f.f_lineno
    x = 1
    second = f.f_lineno
    return second - first, f.f_lasti >= 0

print(lines())

def namespaces():
    f = sys._getframe()
    print(f.f_globals is globals(), f.f_builtins is __builtins__.__dict__ if hasattr(__builtins__, "__dict__") else f.f_builtins is __builtins__)
    print(f.f_globals["__name__"], "len" in f.f_builtins)

namespaces()

def with_locals(a, b=2, *args, **kw):
    c = a + b
    f = sys._getframe()
    d1 = f.f_locals
    e = 5
    d2 = f.f_locals
    print(d1 is d2, sorted(d2), d2["c"], d2["e"])
    del c
    print("c" in f.f_locals, f.f_locals is locals())
    return f

fin = with_locals(1, 3, 4, k=5)
# A frame object outlives its activation: it keeps its final locals and its caller.
print(sorted(fin.f_locals), fin.f_back.f_code.co_name, fin.f_code.co_name)
print(fin.f_trace, fin.f_trace_lines, fin.f_trace_opcodes)
fin.f_trace_lines = False
print(fin.f_trace_lines)

def closure():
    v = 10
    def inner():
        return v, sys._getframe().f_locals
    return inner()

print(closure())

module_frame = sys._getframe()
print(module_frame.f_locals is globals(), module_frame.f_back)

class K:
    attr = 1
    ns = sys._getframe().f_locals
    print(sorted(k for k in ns if not k.startswith("__")), sys._getframe().f_code.co_name)

print(repr(fr).startswith("<frame at 0x"), repr(fr).split(", ", 1)[1].startswith("file "), repr(fr).endswith("code identity>"))
