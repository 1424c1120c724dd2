# Objects in unreachable cycles: __del__ runs once (PEP 442), then the cycle is cleared;
# weakrefs to the cycle are cleared before finalizers run; resurrected cycles survive.
import gc
import _weakref

class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        print("del", self.name, "other is", None if self.other is None else self.other.name)

gc.disable()
a = Node("a")
b = Node("b")
a.other = b
b.other = a
del a, b
print("cycle unreachable, nothing yet")
print("collected", gc.collect())

# A self-cycle with a weakref callback: the callback sees a dead reference.
n = Node("self")
n.other = n
w = _weakref.ref(n, lambda r: print("callback, referent", r()))
del n
print("collected", gc.collect())
print(w())

# Resurrection from a cycle: the object survives, __del__ is not called again.
keep = []
class Phoenix:
    def __init__(self):
        self.me = self
    def __del__(self):
        print("phoenix finalized")
        keep.append(self)
p = Phoenix()
del p
print("collected", gc.collect(), "kept", len(keep), gc.is_finalized(keep[0]))
keep.clear()
print("collected", gc.collect())

# Suspended generator in a cycle: closed by the collector.
def gen(box):
    try:
        yield 1
    finally:
        print("generator finally")
box = []
g = gen(box)
box.append(g)
next(g)
del g, box
print("collected", gc.collect())

# Objects reachable from a finalizer-bearing cycle are not freed before __del__ runs.
class Holder:
    def __init__(self):
        self.data = [1, 2, 3]
        self.me = self
    def __del__(self):
        print("holder sees", self.data)
h = Holder()
del h
print("collected", gc.collect())

# gc.is_finalized and automatic collection switched back on.
print(gc.is_finalized(Node("x")))
gc.enable()
print(gc.isenabled())
print("end")
