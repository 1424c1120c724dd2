# Graph algorithms: BFS, DFS, Dijkstra with a hand-written heap, topological sort, connected components, union-find.
EDGES = [("a", "b", 4), ("a", "c", 2), ("b", "c", 5), ("b", "d", 10), ("c", "e", 3), ("e", "d", 4), ("d", "f", 11),
         ("e", "f", 20), ("g", "h", 1), ("h", "i", 2)]
graph = {}
for u, v, w in EDGES:
    graph.setdefault(u, []).append((v, w))
    graph.setdefault(v, []).append((u, w))
def bfs(start):
    order, seen, queue = [], {start}, [start]
    while queue:
        u = queue.pop(0)
        order.append(u)
        for v, _ in sorted(graph[u]):
            if v not in seen:
                seen.add(v)
                queue.append(v)
    return order
def dfs(start, seen=None):
    seen = seen if seen is not None else set()
    seen.add(start)
    out = [start]
    for v, _ in sorted(graph[start]):
        if v not in seen:
            out += dfs(v, seen)
    return out
class Heap:
    def __init__(self):
        self.a = []
    def push(self, item):
        a = self.a
        a.append(item)
        i = len(a) - 1
        while i and a[(i - 1) // 2] > a[i]:
            a[i], a[(i - 1) // 2] = a[(i - 1) // 2], a[i]
            i = (i - 1) // 2
    def pop(self):
        a = self.a
        a[0], a[-1] = a[-1], a[0]
        top = a.pop()
        i = 0
        while True:
            l, r, m = 2 * i + 1, 2 * i + 2, i
            if l < len(a) and a[l] < a[m]:
                m = l
            if r < len(a) and a[r] < a[m]:
                m = r
            if m == i:
                return top
            a[i], a[m] = a[m], a[i]
            i = m
    def __len__(self):
        return len(self.a)
def dijkstra(src):
    dist = {src: 0}
    prev = {}
    h = Heap()
    h.push((0, src))
    while h:
        d, u = h.pop()
        if d > dist[u]:
            continue
        for v, w in graph[u]:
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                prev[v] = u
                h.push((nd, v))
    return dist, prev
def path(prev, t):
    out = [t]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return out[::-1]
print(bfs("a"), dfs("a"), bfs("g"))
dist, prev = dijkstra("a")
for node in sorted(dist):
    print(node, dist[node], "->".join(path(prev, node)))
parent = {}
def find(x):
    parent.setdefault(x, x)
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x
def union(a, b):
    ra, rb = find(a), find(b)
    if ra != rb:
        parent[max(ra, rb)] = min(ra, rb)
for u, v, _ in EDGES:
    union(u, v)
groups = {}
for n in sorted(graph):
    groups.setdefault(find(n), []).append(n)
print(groups)
mst, total = [], 0
parent.clear()
for u, v, w in sorted(EDGES, key=lambda e: e[2]):
    if find(u) != find(v):
        union(u, v)
        mst.append((u, v, w))
        total += w
print(mst, total)
deps = {"app": ["lib", "utils"], "lib": ["core"], "utils": ["core", "fmt"], "core": [], "fmt": [], "tests": ["app"]}
def topo(deps):
    state, order = {}, []
    def visit(n):
        if state.get(n) == 1:
            raise ValueError(f"cycle at {n}")
        if state.get(n) == 2:
            return
        state[n] = 1
        for d in sorted(deps[n]):
            visit(d)
        state[n] = 2
        order.append(n)
    for n in sorted(deps):
        visit(n)
    return order
print(topo(deps))
deps["core"] = ["app"]
try:
    topo(deps)
except ValueError as e:
    print("ValueError:", e)
