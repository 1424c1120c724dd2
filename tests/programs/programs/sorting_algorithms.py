# A zoo of sorting algorithms implemented by hand, with comparison counts on deterministic data.
class Counter:
    def __init__(self):
        self.n = 0
    def lt(self, a, b):
        self.n += 1
        return a < b
def bubble(a, c):
    a = a[:]
    for i in range(len(a)):
        swapped = False
        for j in range(len(a) - 1 - i):
            if c.lt(a[j + 1], a[j]):
                a[j], a[j + 1] = a[j + 1], a[j]
                swapped = True
        if not swapped:
            break
    return a
def insertion(a, c):
    a = a[:]
    for i in range(1, len(a)):
        v, j = a[i], i - 1
        while j >= 0 and c.lt(v, a[j]):
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = v
    return a
def merge_sort(a, c):
    if len(a) <= 1:
        return a[:]
    mid = len(a) // 2
    l, r = merge_sort(a[:mid], c), merge_sort(a[mid:], c)
    out, i, j = [], 0, 0
    while i < len(l) and j < len(r):
        if c.lt(r[j], l[i]):
            out.append(r[j]); j += 1
        else:
            out.append(l[i]); i += 1
    return out + l[i:] + r[j:]
def quick(a, c):
    if len(a) <= 1:
        return a[:]
    pivot = a[len(a) // 2]
    less = [x for x in a if c.lt(x, pivot)]
    greater = [x for x in a if c.lt(pivot, x)]
    equal = [x for x in a if not (x < pivot or pivot < x)]
    return quick(less, c) + equal + quick(greater, c)
def heap_sort(a, c):
    a = a[:]
    n = len(a)
    def sift(start, end):
        root = start
        while 2 * root + 1 < end:
            child = 2 * root + 1
            if child + 1 < end and c.lt(a[child], a[child + 1]):
                child += 1
            if c.lt(a[root], a[child]):
                a[root], a[child] = a[child], a[root]
                root = child
            else:
                return
    for s in range(n // 2 - 1, -1, -1):
        sift(s, n)
    for end in range(n - 1, 0, -1):
        a[0], a[end] = a[end], a[0]
        sift(0, end)
    return a
def counting(a, c):
    lo, hi = min(a), max(a)
    counts = [0] * (hi - lo + 1)
    for x in a:
        counts[x - lo] += 1
    return [i + lo for i, k in enumerate(counts) for _ in range(k)]
def radix(a, c):
    a = a[:]
    shift = 0
    while any(x >> shift for x in a):
        buckets = [[] for _ in range(16)]
        for x in a:
            buckets[(x >> shift) & 15].append(x)
        a = [x for b in buckets for x in b]
        shift += 4
    return a
def shell(a, c):
    a = a[:]
    gap = len(a) // 2
    while gap:
        for i in range(gap, len(a)):
            v, j = a[i], i
            while j >= gap and c.lt(v, a[j - gap]):
                a[j] = a[j - gap]
                j -= gap
            a[j] = v
        gap //= 2
    return a
seed = 2718
def rnd():
    global seed
    seed = (seed * 48271) % 2147483647
    return seed
datasets = {"random": [rnd() % 1000 for _ in range(300)], "sorted": list(range(300)), "reversed": list(range(300, 0, -1)),
            "few-unique": [rnd() % 5 for _ in range(300)], "tiny": [3, 1, 2]}
for name, data in datasets.items():
    expected = sorted(data)
    row = []
    for alg in (bubble, insertion, merge_sort, quick, heap_sort, shell, counting, radix):
        c = Counter()
        out = alg(data, c)
        assert out == expected, (alg.__name__, name)
        row.append(f"{alg.__name__}={c.n}")
    print(f"{name:10}", " ".join(row))
print(datasets["random"][:10], sorted(datasets["random"])[:10])
