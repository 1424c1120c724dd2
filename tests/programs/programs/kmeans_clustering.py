# k-means clustering on deterministic 2D points with fixed initial centroids; prints assignments per iteration.
seed = 99
def rnd():
    global seed
    seed = (seed * 1664525 + 1013904223) % 2**32
    return seed / 2**32
centers_true = [(2.0, 2.0), (8.0, 3.0), (5.0, 8.0)]
points = []
for cx, cy in centers_true:
    for _ in range(30):
        points.append((cx + (rnd() - 0.5) * 3, cy + (rnd() - 0.5) * 3))
def dist2(a, b):
    return (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2
def kmeans(points, centroids, max_iter=20):
    for it in range(max_iter):
        clusters = [[] for _ in centroids]
        for p in points:
            idx = min(range(len(centroids)), key=lambda i: dist2(p, centroids[i]))
            clusters[idx].append(p)
        new = [(sum(x for x, _ in c) / len(c), sum(y for _, y in c) / len(c)) if c else centroids[i] for i, c in enumerate(clusters)]
        shift = max(dist2(a, b) for a, b in zip(new, centroids)) ** 0.5
        print(it, [len(c) for c in clusters], [(round(x, 3), round(y, 3)) for x, y in new], round(shift, 6))
        centroids = new
        if shift < 1e-9:
            break
    return centroids, clusters
cents, clusters = kmeans(points, [points[0], points[1], points[2]])
inertia = sum(dist2(p, cents[i]) for i, c in enumerate(clusters) for p in c)
print("inertia", round(inertia, 4))
grid = [["." for _ in range(24)] for _ in range(12)]
for i, c in enumerate(clusters):
    for x, y in c:
        gx, gy = min(23, max(0, int(x * 2.2))), min(11, max(0, int(y * 1.1)))
        grid[11 - gy][gx] = "abc"[i]
for (x, y) in cents:
    grid[11 - min(11, int(y * 1.1))][min(23, int(x * 2.2))] = "#"
print("\n".join("".join(r) for r in grid))
