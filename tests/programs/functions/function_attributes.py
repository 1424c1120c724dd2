# Function objects: names, qualnames, docstrings, annotations, __dict__, __globals__, __code__.
def top(a: int, b: "str" = "x", *args: float, c: bool = True, **kw: dict) -> list:
    """Top-level doc."""
    return [a, b]
print(top.__name__, top.__qualname__, top.__doc__, top.__module__)
print(top.__annotations__)
print(top.__code__.co_name, top.__code__.co_argcount, top.__code__.co_flags & 0x0C, top.__globals__ is globals())
class Outer:
    def method(self):
        def local():
            pass
        return local
    class Inner:
        def deep(self):
            pass
print(Outer.method.__qualname__, Outer().method().__qualname__, Outer.Inner.deep.__qualname__)
def nodoc():
    pass
print(nodoc.__doc__, nodoc.__annotations__, nodoc.__defaults__, nodoc.__kwdefaults__, nodoc.__closure__)
nodoc.custom = 42
print(nodoc.custom, nodoc.__dict__, hasattr(nodoc, "missing"))
nodoc.__name__ = "renamed"
print(nodoc.__name__, nodoc.__qualname__)
print(callable(top), type(top).__name__, repr(top)[:14])
def gen():
    yield
print(bool(gen.__code__.co_flags & 0x20), bool(top.__code__.co_flags & 0x20))
x: int = 5
y: "list[str]"
print(__annotations__)
def ann_local():
    z: int = 3
    return z
print(ann_local(), ann_local.__annotations__)
try:
    top.__code__ = 5
except TypeError as e:
    print("TypeError:", e)
def f1():
    return 1
def f2():
    return 2
f1.__code__ = f2.__code__
print(f1())
