# globals(), locals(), vars(), dir() on modules, functions, classes, instances.
x_global = 1
print(sorted(k for k in globals() if not k.startswith("__")))
print(globals()["x_global"], "__name__" in globals(), __name__)
def f(a, b=2):
    c = a + b
    return locals()
print(f(1))
def g():
    v = 1
    loc = locals()
    v = 2
    return loc["v"], locals()["v"]
print(g())
class C:
    cls_attr = 1
    def __init__(self):
        self.inst = 2
    def meth(self):
        pass
print(vars(C())["inst"], sorted(k for k in vars(C) if not k.startswith("__")))
print([n for n in dir(C()) if not n.startswith("__")], "__init__" in dir(C))
print(dir([])[-11:], len(dir(int)) > 50)
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
class Slotted:
    __slots__ = ("a",)
try:
    vars(Slotted())
except TypeError as e:
    print("TypeError:", e)
class CustomDir:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]
print(dir(CustomDir()))
def no_args_dir():
    local1 = 1
    local2 = 2
    return dir()
print(no_args_dir())
print(sorted(vars().keys() - {"__builtins__", "__loader__", "__spec__", "__file__", "__cached__", "__doc__", "__annotations__", "__package__"}))
print(type(globals()).__name__, globals() is vars())
class Body:
    a = 1
    inner = sorted(locals())
print(Body.inner)
