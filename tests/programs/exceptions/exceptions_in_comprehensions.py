# Exceptions escaping comprehensions and generator expressions, partial results, and loop variables not leaking.
def risky(x):
    if x == 3:
        raise ValueError(f"bad {x}")
    return x * 10
results = []
try:
    results = [risky(x) for x in range(6)]
except ValueError as e:
    print("list comp:", e, results)
partial = []
try:
    for x in range(6):
        partial.append(risky(x))
except ValueError as e:
    print("loop:", e, partial)
g = (risky(x) for x in range(6))
collected = []
try:
    for v in g:
        collected.append(v)
except ValueError as e:
    print("genexpr:", e, collected, list(g))
try:
    d = {k: 1 / k for k in range(-2, 3)}
except ZeroDivisionError as e:
    print("dict comp:", e)
try:
    s = {int(c) for c in "12a3"}
except ValueError as e:
    print("set comp:", e)
try:
    [y for y in range(3)]
    print(y)
except NameError as e:
    print("NameError:", e)
def gen_raises_after(n):
    yield from range(n)
    raise KeyError("after items")
try:
    print(list(gen_raises_after(3)))
except KeyError as e:
    print("list() lost partial results:", e)
try:
    print(sum(gen_raises_after(4)))
except KeyError as e:
    print("sum:", e)
try:
    print(sorted([3, 1, None, 2]))
except TypeError as e:
    print("sorted:", e)
