# Many short-lived objects and cycles-free garbage: lists, dicts, tuples, instances, strings created and dropped.
class Particle:
    __slots__ = ("x", "y", "vx", "vy")
    def __init__(self, x, y, vx, vy):
        self.x, self.y, self.vx, self.vy = x, y, vx, vy
    def step(self):
        return Particle(self.x + self.vx, self.y + self.vy, self.vx, self.vy - 1)
ps = [Particle(i, 0, i % 3 - 1, 5) for i in range(100)]
for _ in range(200):
    ps = [p.step() for p in ps]
print(sum(p.x for p in ps), sum(p.y for p in ps), min(p.y for p in ps))
total = 0
for i in range(50000):
    t = (i, i + 1, [i] * 3, {"k": i})
    total += t[1] + len(t[2]) + t[3]["k"]
print(total)
s = 0
for i in range(20000):
    text = f"item-{i}-{'x' * (i % 10)}"
    s += len(text.upper().split("-")[2])
print(s)
d = {}
for i in range(30000):
    d[i % 1000] = [i] * (i % 5)
print(len(d), sum(len(v) for v in d.values()))
class Node:
    def __init__(self, v, nxt):
        self.v, self.nxt = v, nxt
head = None
for i in range(20000):
    head = Node(i, head)
    if i % 1000 == 999:
        length = 0
        n = head
        while n:
            length += 1
            n = n.nxt
        head = None
print("last chain length", length)
