# _bisect and _heapq (the native halves of bisect.py and heapq.py): searches, insertions, heap
# operations with ties placed as CPython places them, keys, and argument errors.
import _bisect
import _heapq


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


a = [1, 2, 2, 2, 3, 5, 8, 8, 13]
for x in [0, 1, 2, 4, 8, 13, 14]:
    print(x, _bisect.bisect_left(a, x), _bisect.bisect_right(a, x),
          _bisect.bisect_left(a, x, 2), _bisect.bisect_right(a, x, 1, 5), _bisect.bisect_left(a, x, hi=3))
print(_bisect.bisect_left([], 5), _bisect.bisect_right((1, 3, 5), 3), _bisect.bisect_left("acegi", "d"))
print(_bisect.bisect_right(a, 2, lo=0, hi=None), _bisect.bisect_left(a, 8, hi=-1))
recs = [("a", 1), ("b", 3), ("c", 3), ("d", 7)]
print(_bisect.bisect_left(recs, 3, key=lambda r: r[1]), _bisect.bisect_right(recs, 3, key=lambda r: r[1]))
s = []
for v in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3]:
    _bisect.insort_right(s, v)
print(s)
s = []
for v in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3]:
    _bisect.insort_left(s, v, 0)
print(s)
people = []
for name, age in [("ann", 31), ("bob", 25), ("cy", 31), ("di", 19), ("ed", 25)]:
    _bisect.insort_right(people, (name, age), key=lambda p: p[1])
print(people)
people = []
for name, age in [("ann", 31), ("bob", 25), ("cy", 31), ("di", 19), ("ed", 25)]:
    _bisect.insort_left(people, (name, age), key=lambda p: p[1])
print(people)


class Seq:
    def __init__(self):
        self.items = [10, 20, 30]

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def insert(self, i, x):
        print("insert", i, x)
        self.items.insert(i, x)


q = Seq()
_bisect.insort_left(q, 25)
print(q.items, _bisect.bisect_right(q, 30))

for f in [lambda: _bisect.bisect_left(), lambda: _bisect.bisect_left([1], 1, -1),
          lambda: _bisect.bisect_left([1], 1, 0, 5), lambda: _bisect.bisect_left(5, 1),
          lambda: _bisect.insort_left([1], 2, lo=-1), lambda: _bisect.bisect_right([1, 2, 3], 2, hi=-1),
          lambda: _bisect.bisect_left([1, 2, 3], 2, x=1), lambda: _bisect.bisect_left([1, 2], "a"),
          lambda: _bisect.bisect_right([1], 1, "a"), lambda: _bisect.bisect_left([1], 1, 0, 1, 2)]:
    attempt(f)

h = []
for v in [5, 3, 8, 1, 9, 2, 7, 1, 6, 4, 0, 5]:
    _heapq.heappush(h, v)
    print(h)
out = []
while h:
    out.append(_heapq.heappop(h))
print(out)
data = [(3, "c"), (1, "a"), (3, "b"), (1, "z"), (2, "q"), (3, "a"), (2, "b"), (1, "m")]
h = list(data)
_heapq.heapify(h)
print(h)
print(_heapq.heappushpop(h, (0, "x")), _heapq.heappushpop(h, (2, "c")), h)
print(_heapq.heapreplace(h, (9, "n")), h)
print([_heapq.heappop(h) for _ in range(len(h))])
big = [(i * 7919) % 1009 for i in range(3000)]
_heapq.heapify(big)
print(big[:20], all(big[(i - 1) // 2] <= big[i] for i in range(1, len(big))))
print([_heapq.heappop(big) for _ in range(10)])
m = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
_heapq._heapify_max(m)
print(m, _heapq._heappop_max(m), _heapq._heapreplace_max(m, 0), m)
print(_heapq.heappushpop([], 1), _heapq.heappushpop([5], 1), _heapq.heappushpop([1], 5))


class Rev:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v > other.v

    def __repr__(self):
        return "Rev(%r)" % self.v


h = [Rev(v) for v in [1, 5, 3, 9, 2]]
_heapq.heapify(h)
print(h, _heapq.heappop(h), h)

for f in [lambda: _heapq.heappush([]), lambda: _heapq.heappush(5, 1), lambda: _heapq.heappop([]),
          lambda: _heapq.heapreplace([], 1), lambda: _heapq.heapify(5), lambda: _heapq.heapify((1, 2)),
          lambda: _heapq.heappop(), lambda: _heapq.heappush([1], "a"), lambda: _heapq.heapify([1, "a", 2]),
          lambda: _heapq.heappop([1], 2), lambda: _heapq.heappush(heap=[], item=1)]:
    attempt(f)
