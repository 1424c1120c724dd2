# Class bodies execute top to bottom at definition time: prints, loops, conditionals, nested classes, __qualname__.
print("before class")
class Config:
    print("executing class body")
    DEBUG = False
    if DEBUG:
        level = "debug"
    else:
        level = "info"
    squares = {}
    for i in range(4):
        squares[i] = i * i
    del i
    class Nested:
        print("executing nested body")
        def where(self):
            return type(self).__qualname__
    def method(self):
        return self.level
    print("class body sees", sorted(k for k in locals() if not k.startswith("__")))
print("after class")
print(Config.level, Config.squares, Config.Nested().where(), Config().method(), hasattr(Config, "i"))
print(Config.__qualname__, Config.Nested.__qualname__, Config.method.__qualname__, Config.__module__)
def factory(n):
    class Made:
        size = n
        def __repr__(self):
            return f"Made(size={self.size})"
    return Made
A, B = factory(1), factory(2)
print(A(), B(), A is B, A.__qualname__, type(A()) is A)
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
objs = [Counter() for _ in range(3)]
print([o.id for o in objs], Counter.count)
class WithDoc:
    "The docstring."
    x: int
    y: str = "y"
print(WithDoc.__doc__, WithDoc.__annotations__, hasattr(WithDoc, "x"), WithDoc.y)
