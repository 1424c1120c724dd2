# Class vs instance attributes, mutation through instances, __dict__ and vars, dynamic attributes.
class Counter:
    total = 0
    shared = []
    def __init__(self):
        Counter.total += 1
        self.own = []
a, b = Counter(), Counter()
a.shared.append("via a")
a.own.append("a only")
a.total = 100
print(Counter.total, a.total, b.total, b.shared, b.own, sorted(vars(a)), sorted(vars(b)))
del a.total
print(a.total)
Counter.new_attr = "added later"
print(b.new_attr, hasattr(a, "new_attr"))
def method(self):
    return f"patched method on {type(self).__name__}"
Counter.patched = method
print(a.patched())
print(type(Counter.__dict__).__name__, "total" in Counter.__dict__, "own" in Counter.__dict__)
try:
    Counter.__dict__["x"] = 1
except TypeError as e:
    print("TypeError:", e)
a.__dict__["direct"] = 5
print(a.direct)
a.__dict__ = {"replaced": True}
print(vars(a))
class Empty:
    pass
e = Empty()
for i in range(5):
    setattr(e, f"attr{i}", i * i)
print(vars(e), [getattr(e, f"attr{i}") for i in range(5)])
delattr(e, "attr2")
print(sorted(vars(e)))
print(Empty.__name__, Empty.__qualname__, Empty.__module__, Empty.__doc__, Empty.__bases__)
class Doc:
    """Docstring."""
print(Doc.__doc__, Doc().__doc__)
print(type(e).__name__, e.__class__ is Empty, Empty.__class__ is type)
e.__class__ = Doc
print(type(e).__name__, e.attr0)
