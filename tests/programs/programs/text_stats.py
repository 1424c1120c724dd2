# Text processing: word frequencies, line stats, simple formatting of a report.
TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair, we had everything before us, we had nothing before us,
we were all going direct to Heaven, we were all going direct the other way."""
lines = TEXT.splitlines()
print(len(lines), [len(l) for l in lines])
words = [w.strip(".,;:!?").lower() for w in TEXT.split()]
print(len(words), len(set(words)))
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:12]
for word, n in top:
    print(f"{word:>8} {n:3d} {'*' * n}")
by_len = {}
for w in set(words):
    by_len.setdefault(len(w), []).append(w)
for k in sorted(by_len):
    print(k, sorted(by_len[k]))
print(max(words, key=len), min(words, key=len))
caps = [w for w in TEXT.replace(",", " ").split() if w[0].isupper()]
print(caps)
letters = {}
for ch in TEXT.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print("".join(sorted(letters, key=lambda c: (-letters[c], c))))
print(TEXT.count("it was"), TEXT.lower().count("it was"), TEXT.find("Heaven"), TEXT.title()[:40])
wrapped, cur = [], ""
for w in TEXT.split():
    if len(cur) + len(w) + 1 > 30:
        wrapped.append(cur)
        cur = w
    else:
        cur = f"{cur} {w}" if cur else w
wrapped.append(cur)
for l in wrapped:
    print(f"|{l:<30}|")
print(f"|{'centered':^30}|")
