def f(*args, **kwargs):
    return args, kwargs
print(f(1, 2))
print(f(a=1, b=2))
print(f(1, *[2, 3], c=4, **{"d": 5}))
print(f(*(1,), *(2,)))
print(f(**{"x": 1}, **{"y": 2}))
print("a,b".split(","), "x".upper().lower())
