# __del__ runs when the last reference goes (reference counting), in CPython's order.
class Res:
    def __init__(self, name):
        self.name = name
        print("open", name)
    def __del__(self):
        print("close", self.name)
r = Res("a")
print("before del")
del r
print("after del")
r2 = Res("b")
r2 = Res("c")
print("rebound")
def scope():
    local = Res("local")
    print("leaving scope")
scope()
print("after scope")
items = [Res("l1"), Res("l2")]
items.pop(0)
print("popped")
items.clear()
print("cleared")
holder = {"k": Res("dictval")}
holder["k"] = None
print("replaced dict value")
x = Res("x")
y = x
del x
print("still referenced by y")
del y
print("now gone")
def gen():
    g = Res("in-generator")
    yield 1
    yield 2
it = gen()
next(it)
print("generator suspended")
del it
print("generator dropped")
t = (Res("t1"), Res("t2"))
del t
print("tuple dropped")
[Res(f"temp{i}") for i in range(2)]
print("temporary list dropped")
Res("expression statement")
print("end of program")
last = Res("module global")
del r2
del last
print("really the end")
