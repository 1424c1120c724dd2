# enumerate, zip (with strict), map, filter, reversed, iter/next and laziness.
names = ["a", "b", "c"]
print(list(enumerate(names)), list(enumerate(names, 10)), list(enumerate(names, start=-1)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip(range(3), range(10, 13), "xyz")))
try:
    list(zip([1, 2, 3], "ab", strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1], "ab", strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1, 2], "ab", [0], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(zip([1, 2], "ab", strict=True)))
print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [5, 2])), list(map(lambda a, b, c: a + b + c, "ab", "cd", "efg")))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])), list(filter(lambda v: v % 3 == 0, range(20))))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(5))), list(reversed((1, 2))))
log = []
def noisy(v):
    log.append(v)
    return v * 2
m = map(noisy, [1, 2, 3])
print(log, next(m), log, list(m), log, list(m))
it = iter([1, 2])
print(next(it), next(it), next(it, "done"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
e = enumerate("xy")
print(next(e), next(e), type(e).__name__, iter(e) is e)
z = zip(*[(1, "a"), (2, "b"), (3, "c")])
print(list(z))
try:
    reversed({1, 2})
except TypeError as exc:
    print("TypeError:", exc)
try:
    iter(5)
except TypeError as exc:
    print("TypeError:", exc)
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(reversed(Seq())), list(Seq()), list(enumerate(Seq())))
