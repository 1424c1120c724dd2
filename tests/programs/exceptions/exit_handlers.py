# __exit__ that raises, __exit__ receiving exceptions from generators and nested with, exception in __enter__.
class Guard:
    def __init__(self, name, raise_in_exit=None):
        self.name, self.raise_in_exit = name, raise_in_exit
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        if self.raise_in_exit:
            raise self.raise_in_exit
        return False
try:
    with Guard("a"):
        with Guard("b", raise_in_exit=KeyError("from exit b")):
            raise ValueError("body")
except KeyError as e:
    print("caught", repr(e), "context", repr(e.__context__))
def gen():
    with Guard("in-gen"):
        yield 1
        yield 2
g = gen()
print(next(g))
g.close()
print("closed")
g2 = gen()
next(g2)
try:
    g2.throw(IndexError("thrown"))
except IndexError as e:
    print("propagated", e)
def returns_in_with():
    for i in range(3):
        with Guard(f"loop-{i}"):
            if i == 1:
                return i
print(returns_in_with())
