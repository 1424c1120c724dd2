# A hash-chained log (blockchain-style) with a hand-written 64-bit FNV hash and a tiny proof-of-work.
DIFFICULTY = 5
def fnv64(text):
    h = 0xcbf29ce484222325
    for b in text.encode():
        h ^= b
        h = (h * 0x100000001b3) % 2**64
    return h
class Block:
    def __init__(self, index, prev_hash, data, nonce=0):
        self.index, self.prev_hash, self.data, self.nonce = index, prev_hash, data, nonce
    def payload(self):
        return f"{self.index}|{self.prev_hash:016x}|{self.data}|{self.nonce}"
    def hash(self):
        return fnv64(self.payload())
    def mine(self, difficulty_bits):
        while self.hash() >> (64 - difficulty_bits):
            self.nonce += 1
        return self
chain = [Block(0, 0, "genesis").mine(DIFFICULTY)]
for data in ["alice pays bob 5", "bob pays carol 2", "carol pays dave 1", "dave pays alice 7"]:
    chain.append(Block(len(chain), chain[-1].hash(), data).mine(DIFFICULTY))
for b in chain:
    print(b.index, f"{b.prev_hash:016x}", f"{b.hash():016x}", b.nonce, b.data)
def valid(chain):
    for prev, cur in zip(chain, chain[1:]):
        if cur.prev_hash != prev.hash():
            return f"broken link at {cur.index}"
        if cur.hash() >> (64 - DIFFICULTY):
            return f"insufficient work at {cur.index}"
    return "valid"
print(valid(chain))
chain[2].data = "bob pays carol 2000"
print(valid(chain))
chain[2].mine(DIFFICULTY)
print(valid(chain))
print(hex(fnv64("")), hex(fnv64("a")), hex(fnv64("krait")))
