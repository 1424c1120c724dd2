# Uncaught RecursionError: CPython collapses the repeated traceback lines.
def walk(n):
    return walk(n + 1) + 1
print("recursing")
walk(0)
