# list/set/dict comprehensions and generator expressions: nesting, conditions, scoping.
print([x * x for x in range(10) if x % 2])
print([(x, y) for x in range(3) for y in range(x)])
print([[y for y in range(x)] for x in range(4)])
print({x % 4 for x in range(20)}, {k: v for k, v in zip("abc", range(3))}, {v: k for k, v in {"a": 1, "b": 2}.items()})
print(sum(x for x in range(100) if x % 7 == 0), max(len(w) for w in "a bb ccc".split()), list(x for x in "hi"))
x = "outer"
r = [x for x in range(3)]
print(x, r)
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs2 = [lambda i=i: i for i in range(3)]
print([f() for f in funcs2])
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    total = sum(vals)
print(C.doubled, C.total)
g = (i * 10 for i in range(4))
print(next(g), list(g), list(g))
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i in range(3) for row in matrix], [[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v % 2 == 0], [(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c])
print({(a, b) for a in range(3) for b in range(3) if a != b} == {(0, 1), (0, 2), (1, 0), (1, 2), (2, 0), (2, 1)})
print([y for x in [[1, 2], [3]] for y in x], [n for n in range(2, 30) if all(n % d for d in range(2, n))])
print([(yield_ := i) for i in range(3)], yield_)
print(dict((i, chr(65 + i)) for i in range(5)), [i for i in range(5) if i > 1 if i < 4])
