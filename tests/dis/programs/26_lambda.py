square = lambda x: x * x
add = lambda a, b=1, *c, d, **e: a + b
print(square(3), add(1, d=2), (lambda: 42)())
