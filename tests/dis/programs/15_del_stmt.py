a = 1
b = [1, 2, 3]
class C:
    pass
c = C()
c.attr = 1
del a
del b[0], c.attr
def f():
    x = 1
    del x
    return "deleted"
print(f(), b)
