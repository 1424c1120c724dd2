# itertools: the infinite and the filtering iterators, laziness, reprs and argument errors.
import itertools
from itertools import islice, count, cycle, repeat


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


print(list(islice(count(), 5)), list(islice(count(10), 3)), list(islice(count(2, 3), 4)))
print(list(islice(count(1.5, 0.5), 4)), list(islice(count(-1, -2), 4)), list(islice(count(step=5), 3)))
print(list(islice(count(10 ** 20, 10 ** 19), 3)), list(islice(count(start=3, step=-1), 5)))
c = count(5)
print(repr(c), next(c), next(c), repr(c))
print(repr(count()), repr(count(2, 3)), repr(count(1.5)), repr(count(0, 1.0)), repr(count(10 ** 20)))
print(repr(count(1, -1)), repr(count(0.5, 0.25)))
print(list(islice(cycle("abc"), 8)), list(cycle([])), list(islice(cycle(range(2)), 5)))
r = repeat("x", 3)
print(repr(r), next(r), repr(r), list(r), repr(r))
print(list(repeat(7, 0)), list(repeat(7, -3)), list(islice(repeat(None), 3)), repr(repeat("a")), repr(repeat([1], times=2)))
print(type(c).__name__, type(r).__name__, iter(c) is c)
print(list(itertools.accumulate([1, 2, 3, 4, 5])), list(itertools.accumulate([])))
print(list(itertools.accumulate([3, 1, 4, 1, 5, 9, 2, 6], max)), list(itertools.accumulate("abc")))
print(list(itertools.accumulate([1, 2, 3], initial=100)), list(itertools.accumulate([], initial=0)))
print(list(itertools.accumulate([1, 2, 3], lambda a, b: a * b)), list(itertools.accumulate([5], func=None, initial=None)))
print(list(itertools.chain("ab", [1, 2], (), range(3))), list(itertools.chain()))
print(list(itertools.chain.from_iterable(["ab", "cd", ""])), list(itertools.chain.from_iterable([])))
print(list(itertools.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(itertools.compress(range(10), [True, False] * 2)))
print(list(itertools.compress(data=[1, 2, 3], selectors=[0, 1, 1])))
print(list(itertools.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(itertools.dropwhile(lambda x: True, [1, 2])))
print(list(itertools.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(itertools.takewhile(lambda x: False, [1, 2])))
print(list(itertools.filterfalse(lambda x: x % 2, range(10))), list(itertools.filterfalse(None, [0, 1, "", "a", [], None, 3])))
print(list(islice("ABCDEFG", 2)), list(islice("ABCDEFG", 2, 4)), list(islice("ABCDEFG", 2, None)))
print(list(islice("ABCDEFG", 0, None, 2)), list(islice(range(100), 5, 50, 10)), list(islice([], 3)))
print(list(islice("ABC", None)), list(islice("ABCDEFG", None, None, 3)), list(islice("ABC", 10, 20)))
it = iter(range(10))
print(list(islice(it, 3)), list(it))
it = iter(range(10))
print(list(islice(it, 2, 4)), next(it))
print(list(itertools.starmap(lambda a, b: a ** b, [(2, 5), (3, 2), (10, 3)])), list(itertools.starmap(lambda *a: sum(a), [[1, 2], (3, 4, 5), "", iter([6])])))
print(list(itertools.pairwise("ABCDE")), list(itertools.pairwise("A")), list(itertools.pairwise([])))
print(list(itertools.zip_longest("ABCD", "xy", fillvalue="-")), list(itertools.zip_longest("AB", [1, 2, 3], [True])))
print(list(itertools.zip_longest()), list(itertools.zip_longest([], [])), list(itertools.zip_longest([1], fillvalue=0)))

log = []


def gen(n):
    for i in range(n):
        log.append(i)
        yield i


m = itertools.chain(gen(3), gen(2))
print(log, next(m), log, list(m), log)
log.clear()
z = itertools.zip_longest(gen(2), gen(3))
print(next(z), log)
print(list(z), log)


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return Num(self.v + other)

    def __index__(self):
        return self.v

    def __repr__(self):
        return "Num(%d)" % self.v


print(list(islice(count(Num(1)), 3)), list(islice("abcdef", Num(1), Num(5), Num(2))))

for f in [lambda: count("a"), lambda: count(1, "b"), lambda: count(1, 2, 3), lambda: count(x=1),
          lambda: cycle(), lambda: cycle(1), lambda: cycle([1], [2]), lambda: cycle(a=[1]),
          lambda: repeat(), lambda: repeat(1, "a"), lambda: repeat(1, 2, 3), lambda: repeat(x=1),
          lambda: itertools.accumulate(5), lambda: itertools.accumulate(), lambda: list(itertools.accumulate([1, "a"])),
          lambda: itertools.chain(x=1), lambda: list(itertools.chain([1], 2)), lambda: itertools.chain.from_iterable(3),
          lambda: itertools.compress([1]), lambda: itertools.dropwhile(len), lambda: list(itertools.dropwhile(None, [1])),
          lambda: itertools.takewhile(len, [1], x=2), lambda: itertools.filterfalse(None, 1),
          lambda: islice([1]), lambda: islice([1], -1), lambda: islice([1], "a"), lambda: islice([1], 1, -2),
          lambda: islice([1], 0, 1, 0), lambda: islice([1], 0, 1, -1), lambda: islice([1], 1.5, 2),
          lambda: islice([1], 1, 2, 3, 4), lambda: islice(5, 1), lambda: islice([1], stop=1),
          lambda: itertools.starmap(len), lambda: list(itertools.starmap(len, [1])),
          lambda: itertools.pairwise(), lambda: itertools.pairwise(3),
          lambda: itertools.zip_longest([1], x=2), lambda: itertools.zip_longest(1)]:
    attempt(f)
