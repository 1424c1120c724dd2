def show(*args, **kwargs):
    print(args, kwargs)

show(*[1, 2], **{"a": 3})
a, *b = "hello"
print(a, b)
settings = {"verbose": True}
show(**settings, verbose=False)
