# Exceptions raised in __del__ are printed as "Exception ignored in: <repr of the finalizer>" on stderr,
# and execution continues. The finalizer is a descriptor with a fixed repr, so no address is printed.
class Finalizer:
    def __get__(self, obj, owner=None):
        return BoundFinalizer(obj)
class BoundFinalizer:
    def __init__(self, obj):
        self.obj = obj
    def __call__(self):
        print("deleting", self.obj.name)
        raise ValueError(f"error in finalizer of {self.obj.name}")
    def __repr__(self):
        return f"<finalizer of {self.obj.name}>"
class Noisy:
    __del__ = Finalizer()
    def __init__(self, name):
        self.name = name
n = Noisy("first")
del n
print("after first")
def scope():
    x = Noisy("scoped")
scope()
print("after scope")
lst = [Noisy("in list")]
lst.clear()
print("program continues normally")
