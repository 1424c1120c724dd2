# types.FunctionType(code, globals, name, argdefs, closure): functions made from code objects,
# with CPython's argument checks.
import sys
FunctionType = type(lambda: 0)
def f(a, b=2):
    "doc of f"
    return a + b
g = FunctionType(f.__code__, {'__name__': 'other'}, 'g', (10,))
print(g(1), g.__name__, g.__qualname__, g.__module__, g.__defaults__, g.__doc__)
def outer():
    x = 5
    def inner():
        return x
    return inner
inner = outer()
h = FunctionType(inner.__code__, globals(), None, None, inner.__closure__)
print(h(), h.__name__)
for args in [(1, {}), (f.__code__, []), (f.__code__, {}, 3), (f.__code__, {}, None, [1]),
             (inner.__code__, {}), (inner.__code__, {}, None, None, (1,)), (inner.__code__, {}, None, None, ()),
             (f.__code__,)]:
    try:
        FunctionType(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
k = FunctionType(code=f.__code__, globals={})
print(k(1, 1), k.__module__)
print(FunctionType(compile('y = 1 + 1', 's', 'exec'), {})() )
