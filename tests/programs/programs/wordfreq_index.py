# Build an inverted index over a few documents, answer boolean queries, and rank by term frequency.
DOCS = {
    1: "the quick brown fox jumps over the lazy dog",
    2: "never jump over the lazy dog quickly",
    3: "a quick brown dog outpaces a quick red fox",
    4: "the dog sleeps while the fox runs",
    5: "foxes and dogs are not the same animal",
}
STOP = {"the", "a", "and", "are", "not", "over", "while"}
def tokens(text):
    return [w for w in text.lower().split() if w not in STOP]
index = {}
for doc_id, text in DOCS.items():
    for pos, w in enumerate(tokens(text)):
        index.setdefault(w, {}).setdefault(doc_id, []).append(pos)
for w in sorted(index):
    print(f"{w:10} {sorted(index[w].items())}")
def docs(term):
    return set(index.get(term, {}))
def query(q):
    parts = q.split()
    result = docs(parts[0])
    i = 1
    while i < len(parts):
        op, term = parts[i], parts[i + 1]
        if op == "AND":
            result &= docs(term)
        elif op == "OR":
            result |= docs(term)
        elif op == "NOT":
            result -= docs(term)
        i += 2
    return sorted(result)
for q in ["fox", "dog AND fox", "dog NOT fox", "quick OR lazy", "fox AND quick NOT red", "cat OR foxes"]:
    print(f"{q!r:28} -> {query(q)}")
def rank(terms):
    scores = {}
    for t in terms:
        for d, positions in index.get(t, {}).items():
            scores[d] = scores.get(d, 0) + len(positions) / len(tokens(DOCS[d]))
    return sorted(((round(s, 4), d) for d, s in scores.items()), key=lambda p: (-p[0], p[1]))
print(rank(["quick", "fox"]), rank(["dog"]), rank(["nothing"]))
def phrase(a, b):
    return sorted(d for d in docs(a) & docs(b) if any(p + 1 in index[b][d] for p in index[a][d]))
print(phrase("quick", "brown"), phrase("lazy", "dog"), phrase("brown", "quick"))
