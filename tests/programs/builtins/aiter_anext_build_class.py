# The less common builtins: aiter/anext (with default), __build_class__, and super() called explicitly.
class Source:
    def __init__(self, items):
        self.items = list(items)
    def __aiter__(self):
        return self
    async def __anext__(self):
        if not self.items:
            raise StopAsyncIteration
        return self.items.pop(0)
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def main():
    it = aiter(Source("abc"))
    first = await anext(it)
    second = await anext(it)
    third = await anext(it)
    fallback = await anext(it, "exhausted")
    try:
        await anext(it)
    except StopAsyncIteration:
        error = "StopAsyncIteration"
    return first, second, third, fallback, error
print(run(main()))
try:
    aiter(5)
except TypeError as e:
    print("TypeError:", e)
def body():
    print("body function runs once")
    x = 10
Dyn = __build_class__(body, "Dyn")
print(Dyn.__name__, Dyn.__qualname__, hasattr(Dyn, "x"), Dyn.__bases__, type(Dyn).__name__)
class Base:
    def hello(self):
        return "base hello"
def body2():
    pass
Child = __build_class__(body2, "Child", Base)
print(Child().hello(), [k.__name__ for k in Child.__mro__])
try:
    __build_class__(body2)
except TypeError as e:
    print("TypeError:", e)
try:
    __build_class__(5, "X")
except TypeError as e:
    print("TypeError:", e)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["made_by"] = mcls.__name__ + str(sorted(kw.items()))
        return super().__new__(mcls, name, bases, ns)
def body3():
    pass
WithMeta = __build_class__(body3, "WithMeta", metaclass=Meta, flag=1)
print(type(WithMeta).__name__, WithMeta.made_by)
class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B>" + super(B, self).who()
b = B()
print(b.who(), super(B, b).who(), super(B, B).who(b), type(super(B, b)).__name__)
try:
    super(B, 5)
except TypeError as e:
    print("TypeError:", e)
