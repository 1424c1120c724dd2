# Classical ciphers: Caesar, Vigenere, Atbash, rail fence, XOR with bytes; frequency-based Caesar cracking.
import sys
def caesar(s, k):
    out = []
    for ch in s:
        if ch.isascii() and ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            out.append(chr((ord(ch) - base + k) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)
def vigenere(s, key, decrypt=False):
    out, i = [], 0
    for ch in s:
        if ch.isalpha():
            k = ord(key[i % len(key)].lower()) - 97
            out.append(caesar(ch, -k if decrypt else k))
            i += 1
        else:
            out.append(ch)
    return "".join(out)
def atbash(s):
    return s.translate(str.maketrans("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", "zyxwvutsrqponmlkjihgfedcbaZYXWVUTSRQPONMLKJIHGFEDCBA"))
def rail(s, n):
    rows = [[] for _ in range(n)]
    r, step = 0, 1
    for ch in s:
        rows[r].append(ch)
        if n > 1:
            if r == 0:
                step = 1
            elif r == n - 1:
                step = -1
            r += step
    return "".join("".join(x) for x in rows)
def unrail(s, n):
    pattern = []
    r, step = 0, 1
    for _ in s:
        pattern.append(r)
        if n > 1:
            if r == 0:
                step = 1
            elif r == n - 1:
                step = -1
            r += step
    order = sorted(range(len(s)), key=lambda i: (pattern[i], i))
    out = [""] * len(s)
    for ch, i in zip(s, order):
        out[i] = ch
    return "".join(out)
msg = "Attack at dawn! Meet me by the old oak tree, bring 3 maps."
for k in (1, 3, 13, 25, 26, -1):
    print(k, caesar(msg, k))
v = vigenere(msg, "LEMON")
print(v, vigenere(v, "LEMON", decrypt=True) == msg)
print(atbash(msg), atbash(atbash(msg)) == msg)
for n in (2, 3, 4):
    r = rail(msg, n)
    print(n, r, unrail(r, n) == msg)
ENGLISH = "etaoinshrdlcumwfgypbvkjxqz"
def crack(cipher):
    best = None
    for k in range(26):
        cand = caesar(cipher, -k)
        score = sum(26 - ENGLISH.index(c) for c in cand.lower() if c in ENGLISH)
        if best is None or score > best[0]:
            best = (score, k, cand)
    return best[1], best[2]
secret = caesar("the five boxing wizards jump quickly over the lazy sleeping dog near the river", 11)
print(secret)
print(crack(secret))
key = b"k3y"
data = msg.encode()
x = bytes(b ^ key[i % len(key)] for i, b in enumerate(data))
print(x.hex())
print(bytes(b ^ key[i % len(key)] for i, b in enumerate(x)).decode())
