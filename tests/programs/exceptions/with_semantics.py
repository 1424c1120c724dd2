# with statement: __exit__ arguments, suppression, exceptions inside __exit__, multiple managers order.
class M:
    def __init__(self, name, suppress=False, fail_enter=False, fail_exit=False):
        self.name, self.suppress, self.fail_enter, self.fail_exit = name, suppress, fail_enter, fail_exit
    def __enter__(self):
        print("enter", self.name)
        if self.fail_enter:
            raise RuntimeError(f"enter failed {self.name}")
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t and t.__name__, v)
        if self.fail_exit:
            raise KeyError(f"exit failed {self.name}")
        return self.suppress
with M("a"), M("b", suppress=True), M("c"):
    raise ValueError("inner")
print("continued")
try:
    with M("x"), M("y", fail_enter=True), M("z"):
        print("never")
except RuntimeError as e:
    print("caught", e)
try:
    with M("p", fail_exit=True):
        raise ValueError("body error")
except KeyError as e:
    print("caught", repr(e), "context", repr(e.__context__))
def gen_return():
    with M("in-func"):
        return "value"
print(gen_return())
class Truthy:
    def __enter__(self):
        return None
    def __exit__(self, *a):
        return "yes"
with Truthy() as nothing:
    raise IndexError
print("suppressed by truthy", nothing)
class ExitOnlyOnce:
    def __init__(self):
        self.entered = 0
    def __enter__(self):
        self.entered += 1
        return self
    def __exit__(self, *a):
        print("exit count", self.entered)
cm = ExitOnlyOnce()
with cm as one, cm as two:
    print(one is two)
with M("target") as (t):
    print("target is", t.name)
with M("tuple") as (first):
    pass
stuff = {}
with M("subscript") as stuff["k"]:
    pass
print(sorted(stuff))
