def deco(f):
    return f
def param(n):
    def wrap(f):
        return f
    return wrap
@deco
@param(3)
def f():
    return 1
@deco
class C:
    @staticmethod
    def s():
        return 2
    @classmethod
    def c(cls):
        return cls
print(f(), C.s(), C.c())
