# Elementary cellular automata (rules 30, 90, 110, 184) and a 1D majority vote; prints evolutions.
def run(rule, width=63, steps=24, init=None):
    cells = init or [0] * width
    if init is None:
        cells[width // 2] = 1
    table = {(a, b, c): (rule >> (a * 4 + b * 2 + c)) & 1 for a in (0, 1) for b in (0, 1) for c in (0, 1)}
    history = [cells]
    for _ in range(steps):
        cells = [table[(cells[i - 1], cells[i], cells[(i + 1) % width])] for i in range(width)]
        history.append(cells)
    return history
for rule in (30, 90, 110):
    h = run(rule)
    print(f"rule {rule}")
    for row in h[:16]:
        print("".join("#" if c else "." for c in row))
    print("live cells per step:", [sum(r) for r in h])
h30 = run(30, width=101, steps=100)
center = "".join(str(r[50]) for r in h30)
print("rule 30 center column:", center[:64], int(center[:32], 2))
traffic = [1, 1, 0, 1, 0, 0, 1, 1, 1, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0]
for row in run(184, width=len(traffic), steps=10, init=traffic):
    print("".join(">" if c else "_" for c in row))
