# Name resolution: LEGB, builtins shadowing, del of names, class scope quirks.
print(len("abc"))
len = lambda x: "shadowed"
print(len("abc"))
del len
print(len("abc"))
counter = 0
def bump():
    global counter
    counter += 1
for _ in range(5):
    bump()
print(counter)
def read_global():
    return counter * 10
print(read_global())
a = 1
def f():
    a = 2
    def g():
        return a
    return g()
print(f(), a)
value = "module"
class C:
    value = "class"
    def meth(self):
        return value
    lam = lambda self: value
    gen = [value for _ in range(1)]
print(C().meth(), C().lam(), C.gen)
x = 10
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
def local_del():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"
print(local_del())
try:
    undefined_name_here
except NameError as e:
    print("NameError:", e, e.name)
try:
    prnt("x")
except NameError as e:
    print("NameError:", e)
def uses_builtin_later():
    return max([3, 1, 2])
max = min
print(uses_builtin_later())
del max
print(uses_builtin_later())
print(__builtins__.max is max, type(__builtins__).__name__)
g = globals()
g["dynamic"] = "set via globals()"
print(dynamic)
def loc():
    p, q = 1, 2
    return sorted(locals().items())
print(loc())
