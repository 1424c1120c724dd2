# Several generators advanced in lockstep: zip of generators, round-robin, merge of sorted streams, tee by hand.
def numbers(name, start, step, count):
    for i in range(count):
        v = start + i * step
        print(f"  {name} yields {v}")
        yield v
print(list(zip(numbers("A", 0, 1, 3), numbers("B", 100, 10, 5))))
def round_robin(*gens):
    gens = list(gens)
    while gens:
        for g in list(gens):
            try:
                yield next(g)
            except StopIteration:
                gens.remove(g)
print(list(round_robin(iter("abc"), iter("12345"), iter([]), iter("XY"))))
def merge(*sorted_iters):
    heads = []
    for idx, it in enumerate(sorted_iters):
        it = iter(it)
        v = next(it, None)
        if v is not None:
            heads.append([v, idx, it])
    while heads:
        heads.sort()
        v, idx, it = heads[0]
        yield v
        nxt = next(it, None)
        if nxt is None:
            heads.pop(0)
        else:
            heads[0][0] = nxt
print(list(merge([1, 4, 9], [2, 3, 10, 11], [], [0, 5])))
def tee(it, n=2):
    it = iter(it)
    buffers = [[] for _ in range(n)]
    def gen(buf):
        while True:
            if not buf:
                try:
                    v = next(it)
                except StopIteration:
                    return
                for b in buffers:
                    b.append(v)
            yield buf.pop(0)
    return [gen(b) for b in buffers]
a, b = tee(numbers("T", 1, 1, 4))
print(next(a), next(a), next(b), list(a), list(b))
def windowed(it, n):
    it = iter(it)
    win = []
    for v in it:
        win.append(v)
        if len(win) > n:
            win.pop(0)
        if len(win) == n:
            yield tuple(win)
print(list(windowed(range(6), 3)), list(windowed("ab", 3)))
