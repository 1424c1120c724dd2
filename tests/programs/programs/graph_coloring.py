# Graph coloring: greedy (Welsh-Powell order), exact chromatic number by backtracking, bipartite check by BFS.
def make_graph(edges):
    g = {}
    for a, b in edges:
        g.setdefault(a, set()).add(b)
        g.setdefault(b, set()).add(a)
    return g
def greedy(g):
    order = sorted(g, key=lambda v: (-len(g[v]), v))
    color = {}
    for v in order:
        used = {color[u] for u in g[v] if u in color}
        c = 0
        while c in used:
            c += 1
        color[v] = c
    return color
def chromatic(g):
    nodes = sorted(g, key=lambda v: (-len(g[v]), v))
    def can(k):
        color = {}
        def bt(i):
            if i == len(nodes):
                return True
            v = nodes[i]
            for c in range(k):
                if all(color.get(u) != c for u in g[v]):
                    color[v] = c
                    if bt(i + 1):
                        return True
                    del color[v]
            return False
        return bt(0), dict(color)
    for k in range(1, len(nodes) + 1):
        ok, col = can(k)
        if ok:
            return k, col
def bipartite(g):
    side = {}
    for s in sorted(g):
        if s in side:
            continue
        side[s] = 0
        q = [s]
        while q:
            v = q.pop(0)
            for u in sorted(g[v]):
                if u not in side:
                    side[u] = 1 - side[v]
                    q.append(u)
                elif side[u] == side[v]:
                    return False, (v, u)
    return True, sorted(k for k, s in side.items() if s == 0)
graphs = {
    "triangle": [(1, 2), (2, 3), (3, 1)],
    "square": [(1, 2), (2, 3), (3, 4), (4, 1)],
    "petersen": [(0, 1), (1, 2), (2, 3), (3, 4), (4, 0), (0, 5), (1, 6), (2, 7), (3, 8), (4, 9), (5, 7), (7, 9), (9, 6), (6, 8), (8, 5)],
    "k4": [(a, b) for a in range(4) for b in range(a + 1, 4)],
    "wheel6": [(0, i) for i in range(1, 7)] + [(i, i % 6 + 1) for i in range(1, 7)],
}
for name, edges in graphs.items():
    g = make_graph(edges)
    gc = greedy(g)
    k, col = chromatic(g)
    print(f"{name:9} greedy={max(gc.values()) + 1} chromatic={k} bipartite={bipartite(g)}")
    print("   ", sorted(col.items()))
