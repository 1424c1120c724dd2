def r0():
    return
def r1():
    return 1
def r2():
    return 1, 2
def r3(x):
    if x:
        return x
def r4():
    pass
print(r0(), r1(), r2(), r3(0), r4())
