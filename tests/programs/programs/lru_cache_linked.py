# An LRU cache built on a doubly linked list and a dict, exercised with a deterministic access pattern.
class Node:
    __slots__ = ("key", "value", "prev", "next")
    def __init__(self, key=None, value=None):
        self.key, self.value = key, value
        self.prev = self.next = None
class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.map = {}
        self.head, self.tail = Node(), Node()
        self.head.next, self.tail.prev = self.tail, self.head
        self.hits = self.misses = self.evictions = 0
    def _unlink(self, n):
        n.prev.next, n.next.prev = n.next, n.prev
    def _push_front(self, n):
        n.next, n.prev = self.head.next, self.head
        self.head.next.prev = n
        self.head.next = n
    def get(self, key, default=None):
        n = self.map.get(key)
        if n is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(n)
        self._push_front(n)
        return n.value
    def put(self, key, value):
        n = self.map.get(key)
        if n:
            n.value = value
            self._unlink(n)
            self._push_front(n)
            return
        if len(self.map) >= self.capacity:
            old = self.tail.prev
            self._unlink(old)
            del self.map[old.key]
            self.evictions += 1
        n = Node(key, value)
        self.map[key] = n
        self._push_front(n)
    def keys(self):
        out, n = [], self.head.next
        while n is not self.tail:
            out.append(n.key)
            n = n.next
        return out
    def __len__(self):
        return len(self.map)
    def __contains__(self, k):
        return k in self.map
    def __repr__(self):
        return f"LRU({self.keys()})"
c = LRU(3)
for k in "abc":
    c.put(k, k.upper())
print(c, c.get("a"), c)
c.put("d", "D")
print(c, "b" in c, c.get("b", "gone"))
c.put("c", "C2")
print(c, c.get("c"), len(c))
cache = LRU(50)
x = 7
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2**31
    key = (x >> 8) % 120
    if cache.get(key) is None:
        cache.put(key, key * key)
print(cache.hits, cache.misses, cache.evictions, len(cache), cache.keys()[:10])
def memo_lru(capacity):
    def deco(fn):
        store = LRU(capacity)
        def wrapper(n):
            r = store.get(n)
            if r is None:
                r = fn(n)
                store.put(n, r)
            return r
        wrapper.store = store
        return wrapper
    return deco
@memo_lru(200)
def partitions(n):
    if n < 0:
        return 0
    if n == 0:
        return 1
    total, k = 0, 1
    while True:
        g1, g2 = k * (3 * k - 1) // 2, k * (3 * k + 1) // 2
        if g1 > n:
            break
        sign = 1 if k % 2 else -1
        total += sign * (partitions(n - g1) + partitions(n - g2))
        k += 1
    return total
print([partitions(n) for n in range(20)], partitions(150), partitions.store.hits)
