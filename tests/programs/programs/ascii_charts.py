# ASCII bar charts, a sparkline, a histogram with bins, and a scatter plot on a character grid.
data = {"mon": 12, "tue": 30, "wed": 7, "thu": 22, "fri": 41, "sat": 3, "sun": 18}
top = max(data.values())
for day, v in data.items():
    bar = "#" * round(v / top * 30)
    print(f"{day:>4} |{bar:<30}| {v:3d}")
blocks = " .:-=+*#"
series = [((i * 37) % 23) + (i % 5) * 3 for i in range(40)]
lo, hi = min(series), max(series)
print("".join(blocks[(v - lo) * (len(blocks) - 1) // (hi - lo)] for v in series), lo, hi)
values = [((i * 7919) % 1000) / 10 for i in range(300)]
bins = [0] * 10
for v in values:
    bins[min(int(v // 10), 9)] += 1
for i, n in enumerate(bins):
    print(f"{i * 10:3d}-{i * 10 + 9:3d} {'*' * (n // 2)} {n}")
W, H = 40, 12
grid = [[" "] * W for _ in range(H)]
for i in range(W):
    x = i / (W - 1)
    y = x * x
    grid[H - 1 - round(y * (H - 1))][i] = "*"
    y2 = 1 - x
    r = H - 1 - round(y2 * (H - 1))
    grid[r][i] = "o" if grid[r][i] == " " else "X"
for row in grid:
    print("|" + "".join(row) + "|")
print("+" + "-" * W + "+")
