# yield from: delegation, return values, send/throw forwarding, PEP 479.
def inner():
    x = yield "inner-1"
    print("inner got", x)
    y = yield "inner-2"
    print("inner got", y)
    return "inner-result"
def outer():
    r = yield from inner()
    print("outer got result", r)
    yield "outer-end"
g = outer()
print(next(g), g.send("A"), g.send("B"))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(3), (x * x for x in range(3)))))
def tree(node):
    value, children = node
    yield value
    for c in children:
        yield from tree(c)
t = (1, [(2, [(4, []), (5, [])]), (3, [(6, [(7, [])])])])
print(list(tree(t)))
def thrower():
    try:
        yield 1
    except KeyError:
        print("inner handled KeyError")
        yield "after-key-error"
def delegator():
    yield from thrower()
    yield "delegator-done"
d = delegator()
print(next(d), d.throw(KeyError), next(d))
def stop_inside():
    yield 1
    raise StopIteration("bad")
try:
    list(stop_inside())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
def next_on_empty():
    yield next(iter([]))
try:
    list(next_on_empty())
except RuntimeError as e:
    print("RuntimeError:", e)
def sub_returns():
    return (yield from range(0)) or "empty-range-returns-None"
print(list(sub_returns()))
def gen_ret():
    yield 1
    return 99
def outer_ret():
    v = yield from gen_ret()
    return v * 2
o = outer_ret()
next(o)
try:
    next(o)
except StopIteration as e:
    print("outer returned", e.value)
def closing_inner():
    try:
        yield 1
    finally:
        print("inner finally on close")
def closing_outer():
    yield from closing_inner()
co = closing_outer()
next(co)
co.close()
print("done")
