# Objects still held by module globals at exit are finalized as CPython does: instances
# bound to globals first (in definition order), cycles, then the items of containers.
class A:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
a = A(1)
b = A(2)
_c = A(3)
l = [A(4), A(5)]
class B:
    pass
x = B(); x.a = A(6)
def f(): pass
c1 = A(7); c2 = A(8); c1.o = c2; c2.o = c1
print("end")
def g():
    try:
        yield 1
    finally:
        print("gen finally at exit")
it = g()
next(it)
t = (A(9), A(10))
