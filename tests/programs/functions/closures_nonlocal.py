# Closures, cells, nonlocal, global, late binding, and closure introspection.
def counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc, get = counter(10)
print(inc(), inc(5), get(), inc(-20), get())
inc2, get2 = counter()
print(inc2(), get(), get2())
print(inc.__closure__[0].cell_contents, inc.__code__.co_freevars, counter.__code__.co_cellvars)
def outer():
    x = "outer x"
    def middle():
        def inner():
            return x
        return inner
    return middle()()
print(outer())
g_val = 1
def set_global():
    global g_val, new_global
    g_val += 1
    new_global = "created"
set_global()
print(g_val, new_global)
def make_adders():
    adders = []
    for i in range(3):
        adders.append(lambda x: x + i)
    return adders
print([a(10) for a in make_adders()])
def make_adders_fixed():
    return [(lambda i: lambda x: x + i)(i) for i in range(3)]
print([a(10) for a in make_adders_fixed()])
def shadow():
    v = 1
    def f():
        v = 2
        return v
    f()
    return v
print(shadow())
def unbound():
    try:
        print(z)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    z = 1
unbound()
def free_unbound():
    def inner():
        return later
    try:
        inner()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    later = 5
    return inner()
print(free_unbound())
def deep():
    a = 1
    def l1():
        b = 2
        def l2():
            nonlocal a
            a += b
            return a
        return l2
    f = l1()
    f(); f()
    return a
print(deep())
x = "global"
class K:
    x = "class"
    def m(self):
        return x
    y = [x for _ in range(1)]
print(K().m(), K.y)
