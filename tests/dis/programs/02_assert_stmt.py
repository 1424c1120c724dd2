def check(x):
    assert x
    assert x > 0, "must be positive"
    assert isinstance(x, int), f"got {type(x)}"
    return x
print(check(3))
