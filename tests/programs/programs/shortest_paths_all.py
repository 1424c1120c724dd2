# Floyd-Warshall all-pairs shortest paths with path reconstruction, and Bellman-Ford with negative-cycle detection.
INF = float("inf")
nodes = ["A", "B", "C", "D", "E"]
edges = [("A", "B", 3), ("A", "C", 8), ("A", "E", -4), ("B", "D", 1), ("B", "E", 7), ("C", "B", 4), ("D", "A", 2), ("D", "C", -5), ("E", "D", 6)]
idx = {n: i for i, n in enumerate(nodes)}
n = len(nodes)
dist = [[0 if i == j else INF for j in range(n)] for i in range(n)]
nxt = [[None] * n for _ in range(n)]
for u, v, w in edges:
    dist[idx[u]][idx[v]] = w
    nxt[idx[u]][idx[v]] = idx[v]
for i in range(n):
    nxt[i][i] = i
for k in range(n):
    for i in range(n):
        for j in range(n):
            if dist[i][k] + dist[k][j] < dist[i][j]:
                dist[i][j] = dist[i][k] + dist[k][j]
                nxt[i][j] = nxt[i][k]
print("    " + " ".join(f"{x:>4}" for x in nodes))
for i, row in enumerate(dist):
    print(f"{nodes[i]:>3} " + " ".join(f"{v:>4}" for v in row))
def path(u, v):
    i, j = idx[u], idx[v]
    if nxt[i][j] is None:
        return None
    out = [u]
    while i != j:
        i = nxt[i][j]
        out.append(nodes[i])
    return out
print(path("A", "C"), path("E", "B"), path("C", "A"))
def bellman_ford(src, edges):
    d = {x: INF for x in nodes}
    d[src] = 0
    for _ in range(len(nodes) - 1):
        changed = False
        for u, v, w in edges:
            if d[u] + w < d[v]:
                d[v] = d[u] + w
                changed = True
        if not changed:
            break
    neg = any(d[u] + w < d[v] for u, v, w in edges)
    return d, neg
print(bellman_ford("A", edges))
print(bellman_ford("A", edges + [("C", "D", -10)]))
