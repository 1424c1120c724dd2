"""re: IGNORECASE in ASCII and Unicode modes (CPython's special cases), MULTILINE, DOTALL,
VERBOSE, ASCII, Unicode character classes, characters outside the BMP, Pattern repr/eq."""
import re

CASES = [
    (r"\d+", ["a1b22c333", "١٢٣"]),
    (r"(?a)\d+", ["١٢٣ 12"]),
    (r"\w+", ["héllo wörld", "Привет", "_x1", "ℕ𝔸"]),
    (r"(?a)\w+", ["héllo"]),
    (r"\s+", ["a \t\n\x1c\x85\u2028b"]),
    (r"(?a)\s+", ["a \t\n\x1c\x85b"]),
    (r"(?i)straße", ["STRASSE", "Straße", "STRAßE"]),
    (r"(?i)[a-z]+", ["HeLLo", "ſK"]),
    (r"(?ia)[a-z]+", ["HeLLo", "ſK"]),
    (r"(?i)[k]", ["K", "k", "\u212a"]),
    (r"(?i)ǅ", ["Ǆ", "ǆ", "ǅ"]),
    (r"(?i)[ǅ]", ["Ǆ", "ǆ"]),
    (r"(?i)σ", ["Σ", "ς", "σ"]),
    (r"(?i)[^σ]", ["Σ", "ς", "x"]),
    (r"(?i)\u0130", ["i", "İ", "I"]),
    (r"(?i)[\u0100-\u017f]+", ["ĀāŁł"]),
    (r"(?i)[\U00010400-\U0001044f]", ["\U00010428", "\U00010400"]),
    (r"(?i)\U00010400", ["\U00010428"]),
    (r"[\u0400-\u04ff]+", ["abc Привет мир"]),
    (r"[^\x00-\x7f]+", ["abc é€😀 x"]),
    (r"😀+", ["a😀😀b"]),
    (r".", ["😀"]),
    (r"[αβγδ]+", ["xαγδβy"]),
    (r"(?i)[αβγδ]+", ["ΑΒΓΔ"]),
    (r"(?i)ß", ["ẞ", "ss"]),
    (r"(?i)ﬀ", ["FF", "ﬀ"]),
    (r"(?i)[ﬀ]", ["ﬀ"]),
    (r"(?i)k", ["\u212a"]),
    (r"(?i)[^k]", ["\u212a", "x"]),
    (r"(?i)(a)\1", ["aA"]),
    (r"(?i)(σ)\1", ["σΣ", "σς"]),
    (r"[^\d\s\w]+", ["ab, 12!?"]),
    (r"\W+", ["a—b"]),
    (r"(?u)\w", ["é"]),
]

for pat, subjects in CASES:
    p = re.compile(pat)
    for s in subjects:
        m = p.search(s)
        print(ascii(pat), ascii(s), m and m.span(), ascii(p.findall(s)))

print(re.findall(r"(?im)^a.", "Ab\naB\nxa"), re.findall(r"(?s).", "a\nb"), re.findall(r".", "a\nb"))
print(re.search(r"""(?x)
    (\d+)   # digits
    \s*     # space
    ([a-z]+) # word
""", "12   abc").groups())
print(re.compile("a+", re.I), re.compile(b"a"), re.compile("a", re.A | re.S), re.compile("x" * 300))
print(re.compile("a", re.U), re.compile(b"a", re.L), re.compile("a", re.M | re.X | re.DEBUG * 0))
print(re.compile("ab") == re.compile("ab"), re.compile("ab") == re.compile("ab", re.I), re.compile("ab") != re.compile("ab"))
print(hash(re.compile("ab")) == hash(re.compile("ab")), re.compile("ab") == "ab")
print(re.compile("(?i)a").flags, re.compile("a").flags, re.compile(b"a").flags, re.compile("a", re.A).flags)
print(re.compile("(?i)a").pattern, re.compile(b"\\d").pattern)
print(re.I, re.IGNORECASE | re.M, int(re.S), re.A == 256)
print([c for c in map(chr, range(0x250)) if re.match(r"(?i)k", c)])
print(sum(1 for c in map(chr, range(0x3000)) if re.match(r"\w", c)))
print(sum(1 for c in map(chr, range(0x3000)) if re.match(r"\s", c)))
print(sum(1 for c in map(chr, range(0x3000)) if re.match(r"\d", c)))
print(sum(1 for c in map(chr, range(0x3000)) if re.match(r"(?i)[a-zà-ÿ]", c)))
