# dir() contents for user classes and instances (sorted, with inherited names), hasattr on dunder methods, __dict__ keys.
class Base:
    base_attr = 1
    def base_method(self):
        pass
class Child(Base):
    child_attr = 2
    def __init__(self):
        self.inst = 3
    def child_method(self):
        pass
    @property
    def prop(self):
        return 4
c = Child()
print([n for n in dir(c) if not n.startswith("__")])
print([n for n in dir(Child) if not n.startswith("__")])
print(sorted(k for k in Child.__dict__ if not k.startswith("__")), list(vars(c)))
print(all(a <= b for a, b in zip(dir(c), dir(c)[1:])), "__init__" in dir(c), "__class__" in dir(c), "__dict__" in dir(c))
print([hasattr(c, m) for m in ("__eq__", "__hash__", "__lt__", "__len__", "__iter__", "__call__", "__repr__")])
print([hasattr(int, m) for m in ("__add__", "__radd__", "__index__", "__len__", "__float__", "__round__")])
print([m for m in dir([]) if not m.startswith("_")])
print([m for m in dir({}) if not m.startswith("_")])
print([m for m in dir("") if not m.startswith("_")])
print([m for m in dir(set()) if not m.startswith("_")])
print(len([m for m in dir(0) if not m.startswith("_")]), [m for m in dir(0.0) if not m.startswith("_")])
