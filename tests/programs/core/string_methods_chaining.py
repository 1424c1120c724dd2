# Realistic string pipelines: slugify, title-casing with exceptions, column alignment, wrapping, dedent by hand.
def slugify(s):
    out, dash = [], False
    for ch in s.lower():
        if ch.isalnum() and ch.isascii():
            out.append(ch)
            dash = False
        elif not dash and out:
            out.append("-")
            dash = True
    return "".join(out).strip("-")
for t in ["Hello, World!", "  Python 3.11 -- what's new?  ", "Ünïcödé & ASCII", "---", "a_b c"]:
    print(repr(t), "->", repr(slugify(t)))
SMALL = {"a", "an", "the", "of", "in", "and", "or", "to"}
def headline(s):
    words = s.lower().split()
    return " ".join(w if i and w in SMALL and i != len(words) - 1 else w[:1].upper() + w[1:] for i, w in enumerate(words))
print(headline("the lord of the rings"), "|", headline("a tale of two cities"), "|", headline("what it is made of"))
rows = [("Name", "Qty", "Price"), ("apple", 3, 0.5), ("watermelon", 1, 3.25), ("fig", 12, 0.2)]
widths = [max(len(str(r[i])) for r in rows) for i in range(3)]
for r in rows:
    print(" | ".join(str(v).ljust(w) if i == 0 else str(v).rjust(w) for i, (v, w) in enumerate(zip(r, widths))))
def dedent(text):
    lines = text.split("\n")
    indents = [len(l) - len(l.lstrip()) for l in lines if l.strip()]
    cut = min(indents) if indents else 0
    return "\n".join(l[cut:] if l.strip() else "" for l in lines)
block = """
        def f():
            return 1

        print(f())
"""
print(dedent(block))
def wrap(text, width):
    lines, cur = [], ""
    for word in text.split():
        while len(word) > width:
            if cur:
                lines.append(cur)
                cur = ""
            lines.append(word[:width])
            word = word[width:]
        if not cur:
            cur = word
        elif len(cur) + 1 + len(word) <= width:
            cur += " " + word
        else:
            lines.append(cur)
            cur = word
    if cur:
        lines.append(cur)
    return lines
for line in wrap("Supercalifragilisticexpialidocious is a long word and antidisestablishmentarianism is longer", 12):
    print(f"[{line:<12}]")
