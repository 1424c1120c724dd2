# Huffman codes: a tree with deterministic tie-breaking, encode, decode, compression ratio.
def build(text):
    freq = {}
    for ch in text:
        freq[ch] = freq.get(ch, 0) + 1
    nodes = [(n, i, ch) for i, (ch, n) in enumerate(sorted(freq.items()))]
    counter = len(nodes)
    while len(nodes) > 1:
        nodes.sort(key=lambda t: (t[0], t[1]))
        a, b = nodes.pop(0), nodes.pop(0)
        nodes.append((a[0] + b[0], counter, (a[2], b[2])))
        counter += 1
    return freq, nodes[0][2]
def codes(tree, prefix="", table=None):
    table = {} if table is None else table
    if isinstance(tree, str):
        table[tree] = prefix or "0"
    else:
        codes(tree[0], prefix + "0", table)
        codes(tree[1], prefix + "1", table)
    return table
def decode(bits, tree):
    out, node = [], tree
    for b in bits:
        node = node[int(b)]
        if isinstance(node, str):
            out.append(node)
            node = tree
    return "".join(out)
for text in ["abracadabra", "mississippi river", "aaaaaaa", "the quick brown fox jumps over the lazy dog " * 3]:
    freq, tree = build(text)
    table = codes(tree)
    bits = "".join(table[c] for c in text)
    print(repr(text[:30]), len(text) * 8, len(bits), round(len(bits) / (len(text) * 8), 3))
    for ch in sorted(table, key=lambda c: (len(table[c]), c)):
        print(f"  {ch!r}: {freq[ch]:3d} {table[ch]}")
    assert decode(bits, tree) == text if not isinstance(tree, str) else True
    print("  round trip", decode(bits, tree) == text if not isinstance(tree, str) else "single symbol")
    packed = int(bits, 2).to_bytes((len(bits) + 7) // 8, "big")
    print("  packed", packed.hex()[:40])
