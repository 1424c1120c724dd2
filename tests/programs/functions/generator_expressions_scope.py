# Generator expression scoping: first iterable evaluated eagerly, rest lazily; class-scope interactions.
def source(tag, n):
    print("creating source", tag)
    return range(n)
g = (x * y for x in source("outer", 3) for y in source("inner", 2))
print("generator created")
print(list(g))
try:
    bad = (x for x in 5)
except TypeError as e:
    print("TypeError at creation:", e)
lazy = (1 / x for x in [1, 0])
print("lazy created")
try:
    print(list(lazy))
except ZeroDivisionError as e:
    print("ZeroDivisionError on iteration:", e)
class K:
    n = 3
    items = list(i for i in range(n))
    try:
        nested = [j for i in range(2) for j in range(n)]
    except NameError as e:
        nested = f"NameError: {e}"
print(K.items, K.nested)
xs = [1, 2, 3]
gen = (v for v in xs)
xs = [10, 20]
print(list(gen))
ys = [1, 2, 3]
gen2 = (v for v in ys)
ys.append(4)
print(list(gen2))
def make():
    return (i for i in range(3))
a, b = make(), make()
print(next(a), next(a), next(b), list(a), list(b))
print(sum(x for x in range(10)), max((x % 7 for x in range(100)), default=None), any(x > 5 for x in []), tuple(c for c in "hey"))
g3 = (i for i in range(3))
print(g3.__name__, type(g3).__name__, iter(g3) is g3)
