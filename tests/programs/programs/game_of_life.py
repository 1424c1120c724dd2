# Conway's Game of Life on a small torus: glider, blinker, and a pseudo-random soup.
W, H = 20, 12
def step(cells):
    counts = {}
    for (x, y) in cells:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    k = ((x + dx) % W, (y + dy) % H)
                    counts[k] = counts.get(k, 0) + 1
    return {c for c, n in counts.items() if n == 3 or (n == 2 and c in cells)}
def show(cells):
    for y in range(H):
        print("".join("#" if (x, y) in cells else "." for x in range(W)))
glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
blinker = {(10, 5), (11, 5), (12, 5)}
world = glider | blinker
for gen in range(4):
    print("generation", gen, "population", len(world))
    show(world)
    world = step(world)
for gen in range(4, 40):
    world = step(world)
print("generation 40 population", len(world), sorted(world)[:6])
seed = 42
def rnd():
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return seed >> 33
soup = {(x, y) for x in range(W) for y in range(H) if rnd() % 3 == 0}
history = []
for gen in range(60):
    history.append(len(soup))
    soup = step(soup)
print(history)
show(soup)
