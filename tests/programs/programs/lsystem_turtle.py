# L-systems rewritten as strings and drawn with a turtle onto an ASCII canvas (dragon curve, Koch, plant).
def expand(axiom, rules, n):
    s = axiom
    for _ in range(n):
        s = "".join(rules.get(c, c) for c in s)
    return s
def draw(commands, angle_steps, forward="F"):
    x = y = 0
    d = 0
    points = {(0, 0)}
    stack = []
    dirs = [(1, 0), (0, 1), (-1, 0), (0, -1)] if angle_steps == 4 else [(2, 0), (1, 1), (-1, 1), (-2, 0), (-1, -1), (1, -1)]
    for c in commands:
        if c in forward:
            dx, dy = dirs[d]
            steps = 2 if angle_steps == 4 else 1
            for _ in range(steps):
                x += dx
                y += dy
                points.add((x, y))
                if angle_steps == 6:
                    break
        elif c == "+":
            d = (d + 1) % angle_steps
        elif c == "-":
            d = (d - 1) % angle_steps
        elif c == "[":
            stack.append((x, y, d))
        elif c == "]":
            x, y, d = stack.pop()
    return points
def render(points):
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    rows = []
    for yy in range(max(ys), min(ys) - 1, -1):
        rows.append("".join("#" if (xx, yy) in points else " " for xx in range(min(xs), max(xs) + 1)).rstrip())
    return rows
dragon = expand("FX", {"X": "X+YF+", "Y": "-FX-Y"}, 7)
print(len(dragon), dragon[:40])
pts = draw(dragon, 4)
print(len(pts))
print("\n".join(render(pts)))
koch = expand("F", {"F": "F+F-F-F+F"}, 2)
print(len(koch), koch.count("F"))
print("\n".join(render(draw(koch, 4))))
algae = [expand("A", {"A": "AB", "B": "A"}, n) for n in range(8)]
print([len(s) for s in algae], algae[5])
plant = expand("X", {"X": "F[+X]F[-X]+X", "F": "FF"}, 3)
print(len(plant), plant.count("["), len(draw(plant, 4)))
