# Predator-prey simulation on a grid with a deterministic LCG; population counts per generation.
W, H = 30, 15
class Rng:
    def __init__(self, s):
        self.s = s
    def __call__(self, n):
        self.s = (1103515245 * self.s + 12345) & 0x7FFFFFFF
        return self.s % n
rng = Rng(7)
grid = {}
for _ in range(120):
    grid[(rng(W), rng(H))] = ["rabbit", 0]
for _ in range(15):
    grid[(rng(W), rng(H))] = ["fox", 8]
DIRS = [(1, 0), (-1, 0), (0, 1), (0, -1)]
def step():
    global grid
    new = {}
    for pos in sorted(grid):
        kind, food = grid[pos]
        x, y = pos
        dx, dy = DIRS[rng(4)]
        target = ((x + dx) % W, (y + dy) % H)
        if kind == "rabbit":
            if target not in grid and target not in new:
                new[target] = ["rabbit", 0]
                if rng(5) == 0:
                    new[pos] = ["rabbit", 0]
            elif pos not in new:
                new[pos] = ["rabbit", 0]
        else:
            food -= 1
            if food <= 0:
                continue
            if grid.get(target, [None])[0] == "rabbit" or new.get(target, [None])[0] == "rabbit":
                food += 5
                new[target] = ["fox", food]
                if food > 10:
                    new[pos] = ["fox", 5]
                    new[target][1] = food - 5
            elif target not in new and target not in grid:
                new[target] = ["fox", food]
            elif pos not in new:
                new[pos] = ["fox", food]
    grid = new
def census():
    r = sum(1 for k, _ in grid.values() if k == "rabbit")
    return r, len(grid) - r
history = [census()]
for gen in range(40):
    step()
    history.append(census())
for i in range(0, 41, 5):
    print(i, history[i])
print(history)
print("peak rabbits", max(h[0] for h in history), "peak foxes", max(h[1] for h in history))
for y in range(H):
    print("".join({"rabbit": "r", "fox": "F"}.get(grid.get((x, y), [None])[0], ".") for x in range(W)))
