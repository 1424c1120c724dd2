def f(a, b, c):
    x = a and b
    y = a or b or c
    z = not a
    w = a if b else c
    if a and (b or c):
        return x
    return y, z, w
print(f(1, 0, 2))
