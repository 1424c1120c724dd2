def f():
    x = "free"
    class C:
        y = x
        def m(self):
            return x
        z = [x for _ in range(2)]
    return C
C = f()
print(C.y, C().m(), C.z)
