# A word-level Markov chain text generator driven by a deterministic LCG, plus chain statistics.
CORPUS = """the cat sat on the mat . the dog sat on the log . the cat saw the dog . the dog saw the cat on the mat .
a bird sat on the dog . the bird saw a cat . a cat and a dog sat on a log . the end of the story is near .""".split()
chain = {}
for a, b, c in zip(CORPUS, CORPUS[1:], CORPUS[2:]):
    chain.setdefault((a, b), []).append(c)
print(len(CORPUS), len(chain), max(len(v) for v in chain.values()))
for k in sorted(chain)[:8]:
    print(k, chain[k])
class LCG:
    def __init__(self, seed):
        self.s = seed
    def below(self, n):
        self.s = (self.s * 6364136223846793005 + 1) % 2**64
        return (self.s >> 33) % n
def generate(seed, n):
    rng = LCG(seed)
    keys = sorted(chain)
    a, b = keys[rng.below(len(keys))]
    out = [a, b]
    for _ in range(n):
        options = chain.get((a, b))
        if not options:
            break
        c = options[rng.below(len(options))]
        out.append(c)
        a, b = b, c
    return " ".join(out)
for seed in range(5):
    print(seed, generate(seed, 20))
follow = {}
for (a, b), cs in chain.items():
    for c in cs:
        follow[b] = follow.get(b, 0) + 1
print(sorted(follow.items(), key=lambda kv: (-kv[1], kv[0]))[:6])
