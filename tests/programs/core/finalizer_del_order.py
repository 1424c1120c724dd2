# __del__ timing with reference counting: containers release their items last first,
# resurrection, __del__ runs once, exceptions in __del__ are reported and ignored.
class R:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

t = (R("t0"), R("t1"), R("t2"))
del t
l = [R("l0"), R("l1"), R("l2")]
del l
l = [R("c0"), R("c1")]
l.clear()
print("cleared")
d = {"a": R("d0"), "b": R("d1")}
del d
s = {R("s0")}
s.clear()
print("set cleared")

# Nested: the outer object's attributes die after its own __del__.
class Outer(R):
    def __init__(self, name):
        super().__init__(name)
        self.inner = R(name + ".inner")
o = Outer("outer")
del o

# Resurrection: __del__ stores self; runs only once.
saved = []
class Phoenix:
    def __del__(self):
        print("phoenix __del__")
        saved.append(self)
ph = Phoenix()
del ph
print("resurrected:", len(saved), type(saved[0]).__name__)
saved.clear()
print("dropped again (no second __del__)")

# Rebinding and function exit.
def scope():
    x = R("local")
    y = R("local2")
    print("leaving")
scope()
print("after scope")
x = R("first")
x = R("second")
print("rebound")
del x

# Inheritance of __del__ and super().__del__.
class Child(R):
    def __del__(self):
        print("child del", self.name)
        super().__del__()
ch = Child("ch")
del ch
print("end")
