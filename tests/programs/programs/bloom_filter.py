# A Bloom filter with hand-written FNV-1a and djb2 hashes (on bytes, deterministic), false-positive rate measurement.
def fnv1a(data):
    h = 0xcbf29ce484222325
    for b in data:
        h ^= b
        h = (h * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return h
def djb2(data):
    h = 5381
    for b in data:
        h = ((h << 5) + h + b) & 0xFFFFFFFFFFFFFFFF
    return h
class Bloom:
    def __init__(self, m, k):
        self.m, self.k = m, k
        self.bits = bytearray((m + 7) // 8)
        self.count = 0
    def _positions(self, item):
        data = item.encode()
        h1, h2 = fnv1a(data), djb2(data) | 1
        return [(h1 + i * h2) % self.m for i in range(self.k)]
    def add(self, item):
        for p in self._positions(item):
            self.bits[p // 8] |= 1 << (p % 8)
        self.count += 1
    def __contains__(self, item):
        return all(self.bits[p // 8] >> (p % 8) & 1 for p in self._positions(item))
    def fill_ratio(self):
        return sum(bin(b).count("1") for b in self.bits) / self.m
print(hex(fnv1a(b"")), hex(fnv1a(b"a")), hex(fnv1a(b"foobar")), djb2(b"hello"), djb2(b""))
for m, k in [(1000, 3), (2000, 4), (5000, 5)]:
    bf = Bloom(m, k)
    members = [f"user{i}" for i in range(200)]
    for w in members:
        bf.add(w)
    false_neg = sum(1 for w in members if w not in bf)
    probes = [f"other{i}" for i in range(2000)]
    fp = sum(1 for w in probes if w in bf)
    print(m, k, false_neg, fp, f"{fp / len(probes):.4f}", f"{bf.fill_ratio():.4f}", bf._positions("user0"))
