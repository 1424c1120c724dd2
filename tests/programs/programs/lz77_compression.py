# LZ77-style compression with a sliding window, encoding to tokens and bytes, and exact decompression.
def compress(data, window=255, max_len=18):
    i, out = 0, []
    while i < len(data):
        best_len, best_off = 0, 0
        start = max(0, i - window)
        for j in range(start, i):
            k = 0
            while k < max_len and i + k < len(data) and data[j + k] == data[i + k]:
                k += 1
            if k > best_len:
                best_len, best_off = k, i - j
        if best_len >= 3:
            out.append((best_off, best_len))
            i += best_len
        else:
            out.append(data[i])
            i += 1
    return out
def decompress(tokens):
    out = []
    for t in tokens:
        if isinstance(t, tuple):
            off, length = t
            for _ in range(length):
                out.append(out[-off])
        else:
            out.append(t)
    return out
def pack(tokens):
    out = bytearray()
    for i in range(0, len(tokens), 8):
        group = tokens[i:i + 8]
        flags = 0
        body = bytearray()
        for bit, t in enumerate(group):
            if isinstance(t, tuple):
                flags |= 1 << bit
                body += bytes([t[0], t[1] - 3])
            else:
                body.append(t)
        out.append(flags)
        out += body
    return bytes(out)
samples = [b"abcabcabcabcabcabc", b"TOBEORNOTTOBEORTOBEORNOT", b"a" * 100, bytes(range(50)),
           b"the rain in spain stays mainly in the plain; the rain in spain stays mainly in the plain",
           ("x=1;" * 20 + "y=2;" * 20).encode()]
for s in samples:
    toks = compress(list(s))
    restored = bytes(decompress(toks))
    packed = pack(toks)
    print(len(s), len(toks), len(packed), restored == s, toks[:8])
