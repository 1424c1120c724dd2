# A discrete-event bank queue simulation driven by a deterministic LCG; statistics per teller.
class LCG:
    def __init__(self, seed):
        self.state = seed
    def next(self):
        self.state = (self.state * 25214903917 + 11) % (1 << 48)
        return self.state >> 16
    def uniform(self):
        return self.next() / (1 << 32)
    def randint(self, lo, hi):
        return lo + self.next() % (hi - lo + 1)
rng = LCG(2024)
print([rng.randint(1, 6) for _ in range(20)])
print([round(rng.uniform(), 4) for _ in range(5)])
class Teller:
    def __init__(self, name, speed):
        self.name, self.speed = name, speed
        self.busy_until = 0
        self.served = 0
        self.busy_time = 0
def simulate(n_customers, tellers, seed):
    rng = LCG(seed)
    t = 0
    waits = []
    queue_lengths = []
    pending = []
    for cid in range(n_customers):
        t += rng.randint(1, 6)
        pending.append((t, cid, rng.randint(3, 15)))
    for arrival, cid, work in pending:
        teller = min(tellers, key=lambda tl: (max(tl.busy_until, arrival), tl.name))
        start = max(teller.busy_until, arrival)
        duration = -(-work // teller.speed)
        teller.busy_until = start + duration
        teller.served += 1
        teller.busy_time += duration
        waits.append(start - arrival)
        queue_lengths.append(sum(1 for tl in tellers if tl.busy_until > arrival))
    return waits, queue_lengths, pending[-1][0]
for config in ([("A", 1)], [("A", 1), ("B", 1)], [("A", 2), ("B", 1)], [("A", 1), ("B", 1), ("C", 3)]):
    tellers = [Teller(n, s) for n, s in config]
    waits, qs, last = simulate(200, tellers, seed=99)
    avg = sum(waits) / len(waits)
    print(config, f"avg wait {avg:.2f}", "max", max(waits), "zero-wait", waits.count(0), "busy", sum(qs))
    for tl in tellers:
        print(f"   {tl.name}: served {tl.served:3d} busy {tl.busy_time:4d} util {tl.busy_time / max(tl.busy_until, 1):.3f}")
    hist = {}
    for w in waits:
        b = min(w // 10, 5)
        hist[b] = hist.get(b, 0) + 1
    print("   histogram", sorted(hist.items()))
