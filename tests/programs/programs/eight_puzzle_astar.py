# 8-puzzle solved with A* (Manhattan distance heuristic) using a hand-written binary heap; prints solution paths.
GOAL = (1, 2, 3, 4, 5, 6, 7, 8, 0)
def manhattan(s):
    d = 0
    for i, v in enumerate(s):
        if v:
            gi = v - 1
            d += abs(i // 3 - gi // 3) + abs(i % 3 - gi % 3)
    return d
def moves(s):
    z = s.index(0)
    r, c = divmod(z, 3)
    for dr, dc, name in ((-1, 0, "U"), (1, 0, "D"), (0, -1, "L"), (0, 1, "R")):
        nr, nc = r + dr, c + dc
        if 0 <= nr < 3 and 0 <= nc < 3:
            n = nr * 3 + nc
            t = list(s)
            t[z], t[n] = t[n], t[z]
            yield name, tuple(t)
def heappush(h, item):
    h.append(item)
    i = len(h) - 1
    while i and h[(i - 1) // 2] > h[i]:
        h[(i - 1) // 2], h[i] = h[i], h[(i - 1) // 2]
        i = (i - 1) // 2
def heappop(h):
    last = h.pop()
    if not h:
        return last
    top, h[0] = h[0], last
    i = 0
    while True:
        l, r, m = 2 * i + 1, 2 * i + 2, i
        if l < len(h) and h[l] < h[m]:
            m = l
        if r < len(h) and h[r] < h[m]:
            m = r
        if m == i:
            return top
        h[i], h[m] = h[m], h[i]
        i = m
def solvable(s):
    flat = [v for v in s if v]
    return sum(1 for i in range(len(flat)) for j in range(i + 1, len(flat)) if flat[i] > flat[j]) % 2 == 0
def astar(start):
    if not solvable(start):
        return None, 0
    heap = [(manhattan(start), 0, 0, start)]
    best = {start: 0}
    parent = {start: None}
    counter = 0
    expanded = 0
    while heap:
        f, g, _, s = heappop(heap)
        if s == GOAL:
            path = []
            while parent[s]:
                s, m = parent[s]
                path.append(m)
            return "".join(reversed(path)), expanded
        if g > best[s]:
            continue
        expanded += 1
        for name, t in moves(s):
            if g + 1 < best.get(t, 99):
                best[t] = g + 1
                parent[t] = (s, name)
                counter += 1
                heappush(heap, (g + 1 + manhattan(t), g + 1, counter, t))
    return None, expanded
for start in [(1, 2, 3, 4, 5, 6, 0, 7, 8), (1, 2, 3, 4, 0, 6, 7, 5, 8), (4, 1, 3, 7, 2, 6, 0, 5, 8), (8, 1, 3, 4, 0, 2, 7, 6, 5),
              (1, 2, 3, 4, 5, 6, 8, 7, 0), (0, 1, 2, 3, 4, 5, 6, 7, 8)]:
    path, expanded = astar(start)
    print(start, manhattan(start), solvable(start), path, len(path) if path else None, expanded)
