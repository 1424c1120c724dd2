# Building strings: +=, join, repetition, formatting in loops, large strings, ordering of concatenation.
s = ""
for i in range(1000):
    s += chr(97 + i % 26)
print(len(s), s[:30], s[-30:], s.count("a"))
parts = [str(i) for i in range(100)]
joined = ",".join(parts)
print(len(joined), joined[:40], joined[-20:])
big = "ab" * 50000
print(len(big), big[99998:], big.count("ab"), big.find("ba"), big.rfind("ab"))
table = []
for r in range(1, 6):
    table.append(" ".join(f"{r * c:3d}" for c in range(1, 11)))
print("\n".join(table))
words = "the cat sat on the mat".split()
print(" ".join(reversed(words)), " ".join(w[::-1] for w in words), "".join(w[0].upper() for w in words))
acc = []
for w in words:
    acc.append(w.capitalize())
print("-".join(acc), "".join(sorted(set("".join(words)))))
u = ""
for cp in (0x41, 0xe9, 0x4e2d, 0x1F600, 0x10FFFF):
    u += chr(cp)
print(len(u), [hex(ord(c)) for c in u], u.encode("utf-8").hex(), len(u.encode("utf-16-le")))
lines = []
for i in range(5):
    lines.append("%-5s|%5d|%08.3f" % ("x" * i, i * 111, i / 7))
print("\n".join(lines))
pal = "A man, a plan, a canal: Panama"
clean = "".join(c.lower() for c in pal if c.isalnum())
print(clean, clean == clean[::-1])
