# Edge cases of name binding: global in nested functions, nonlocal through several levels, class scopes, del.
x = "global x"
def f1():
    def f2():
        global x
        x = "set by f2"
    f2()
    return x
print(f1(), x)
def outer():
    y = "outer y"
    def middle():
        def inner():
            nonlocal y
            y = "changed by inner"
        inner()
        return y
    m = middle()
    return m, y
print(outer())
def counter_factory():
    count = 0
    class Counter:
        def inc(self):
            nonlocal count
            count += 1
            return count
    return Counter()
c = counter_factory()
print(c.inc(), c.inc(), c.inc())
class A:
    v = 1
    class B:
        try:
            w = v
        except NameError as e:
            w = f"NameError: {e}"
print(A.B.w)
def comp_scope():
    z = 5
    return [z * i for i in range(3)], (lambda: z)()
print(comp_scope())
def del_nonlocal():
    q = 1
    def inner():
        nonlocal q
        del q
    inner()
    try:
        return q
    except NameError as e:
        return f"{type(e).__name__}: {e}"
print(del_nonlocal())
g_list = []
def mutate_global():
    g_list.append(1)
    return len(g_list)
print(mutate_global(), mutate_global(), g_list)
def shadow_builtin():
    len = 5
    return len
print(shadow_builtin(), len("abc"))
exec("new_global_from_exec = 123")
print(new_global_from_exec)
def conditional_local(flag):
    if flag:
        val = "assigned"
    return val
print(conditional_local(True))
try:
    conditional_local(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
