def counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c = counter()
c()
print(c(5))
def outer(x):
    def middle():
        def inner():
            return x
        return inner
    return middle()()
print(outer(7))
