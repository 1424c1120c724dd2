# range: construction, len, indexing, slicing, containment, equality, reversed, errors.
for r in (range(5), range(2, 10), range(10, 2, -3), range(0), range(-5, 5, 2), range(0, 10**20, 10**19)):
    print(r, len(r), list(r)[:6], r[0] if r else None, r[-1] if r else None, r[1:3], r[::-1], 4 in r, r.count(4))
print(range(10)[2:8:2], range(10)[::-3], range(1, 10, 2).index(7), range(3) == range(0, 3, 1), range(0) == range(5, 5))
print(range(0, 10, 3) == range(0, 11, 3), hash(range(3)) == hash(range(0, 3)), list(reversed(range(1, 10, 4))))
print(range(5).start, range(5).stop, range(5).step, range(1, 2, 3).step, bool(range(0)), bool(range(1)))
for bad in [lambda: range(0, 5, 0), lambda: range(1.5), lambda: range(5)[10], lambda: range(3).index(7), lambda: range("a")]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
big = range(10**30)
print(len(range(10**18)), big[-1], 10**29 in big, big[10**29:10**29 + 3])
try:
    len(big)
except OverflowError as e:
    print("OverflowError:", e)
print(sum(range(101)), list(range(-3)), list(range(3, -3, -1)), 3.0 in range(5), True in range(2))
