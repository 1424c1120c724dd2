def f(a, b, c=0, *, d=1):
    return a + b + c + d
args = (1, 2)
kw = {"d": 4}
print(f(*args), f(*args, **kw), f(1, *[2], c=3), f(*args, 3, **kw))
