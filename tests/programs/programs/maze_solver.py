# Maze generation (recursive backtracker with an LCG) and solving with BFS and DFS; renders the solution.
W, H = 12, 8
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed % n
walls = {(x, y): {"N", "S", "E", "W"} for x in range(W) for y in range(H)}
DIRS = {"N": (0, -1, "S"), "S": (0, 1, "N"), "E": (1, 0, "W"), "W": (-1, 0, "E")}
stack, seen = [(0, 0)], {(0, 0)}
while stack:
    x, y = stack[-1]
    options = [d for d, (dx, dy, _) in DIRS.items() if (x + dx, y + dy) in walls and (x + dx, y + dy) not in seen]
    if not options:
        stack.pop()
        continue
    d = sorted(options)[rnd(len(options))]
    dx, dy, back = DIRS[d]
    nxt = (x + dx, y + dy)
    walls[(x, y)].discard(d)
    walls[nxt].discard(back)
    seen.add(nxt)
    stack.append(nxt)
def neighbors(c):
    x, y = c
    return [(x + DIRS[d][0], y + DIRS[d][1]) for d in sorted(DIRS) if d not in walls[c]]
def bfs(start, goal):
    prev, q = {start: None}, [start]
    while q:
        c = q.pop(0)
        if c == goal:
            break
        for n in neighbors(c):
            if n not in prev:
                prev[n] = c
                q.append(n)
    path = [goal]
    while prev[path[-1]]:
        path.append(prev[path[-1]])
    return path[::-1], len(prev)
def dfs(start, goal):
    stack, prev = [start], {start: None}
    visited = 0
    while stack:
        c = stack.pop()
        visited += 1
        if c == goal:
            break
        for n in neighbors(c):
            if n not in prev:
                prev[n] = c
                stack.append(n)
    return visited
path, explored = bfs((0, 0), (W - 1, H - 1))
print("path length", len(path), "bfs explored", explored, "dfs visited", dfs((0, 0), (W - 1, H - 1)))
on_path = set(path)
print("+" + "---+" * W)
for y in range(H):
    row, below = "|", "+"
    for x in range(W):
        row += (" * " if (x, y) in on_path else "   ") + ("|" if "E" in walls[(x, y)] else " ")
        below += ("---" if "S" in walls[(x, y)] else "   ") + "+"
    print(row)
    print(below)
print(path[:10])
dead_ends = sum(1 for c in walls if len(walls[c]) == 3)
print("dead ends", dead_ends, "open walls", sum(4 - len(w) for w in walls.values()) // 2)
