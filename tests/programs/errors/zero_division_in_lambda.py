# Traceback through a lambda inside map inside list().
ratios = list(map(lambda p: p[0] / p[1], [(1, 2), (3, 4), (5, 0)]))
print(ratios)
