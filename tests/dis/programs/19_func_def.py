def f(a, b=2, /, c=3, *args, d, e=5, **kwargs) -> int:
    return a + b + c + d + e + len(args) + len(kwargs)
def g(x: int, y: "str" = "s") -> None:
    pass
print(f(1, d=4), g.__annotations__)
