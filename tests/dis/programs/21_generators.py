def gen(n):
    for i in range(n):
        x = yield i
        if x:
            print(x)
    return "end"
def deleg():
    r = yield from gen(2)
    yield r
print(list(deleg()), sum(i * i for i in range(5)))
