# Bound methods: identity, equality, storing, rebinding, methods as values, class-level function calls.
class A:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
    def add(self, n):
        self.v += n
        return self
x = A(1)
m1, m2 = x.get, x.get
print(m1 == m2, m1 is m2, m1.__self__ is x, m1.__func__ is A.get, m1.__name__, m1.__qualname__)
f = x.add
f(5)
f(10)
print(x.get(), A.get(x), A.add(x, 1).v)
fs = [A(i).get for i in range(3)]
print([g() for g in fs])
print(A(7).add(1).add(2).get())
class B(A):
    def get(self):
        return ("B", super().get())
print(B(3).get(), A.get(B(3)))
try:
    A.get()
except TypeError as e:
    print("TypeError:", e)
try:
    x.get(1)
except TypeError as e:
    print("TypeError:", e)
class WithStatic:
    def method(self):
        return "m"
    method_ref = method
print(WithStatic().method_ref())
print(list(map(A.get, [A(1), A(2)])), sorted([A(3), A(1)], key=A.get)[0].v)
meth = x.get
del x
print(meth())
print(type(meth).__name__, type(A.get).__name__)
class CallCount:
    n = 0
    def __getattribute__(self, name):
        CallCount.n += 1
        return object.__getattribute__(self, name)
    def ping(self):
        return "pong"
cc = CallCount()
p = cc.ping
for _ in range(3):
    p()
print(CallCount.n)
