"""re: match, search, fullmatch, findall and finditer over str subjects, pos/endpos windows,
anchors and word boundaries, empty matches."""
import re


def show(m):
    if m is None:
        return "None"
    return "%r %r" % (m.span(), m.group())


CASES = [
    (r"a(b+)c", ["xxabbbcyy", "ac", "abc"]),
    (r"x*", ["abxd", "xx", ""]),
    (r"^$", ["", "a", "\n"]),
    (r"(?m)^\w+$", ["ab\ncd\n", "x"]),
    (r"\bfoo\b", ["a foo b", "foobar", "foo"]),
    (r"\Bo\B", ["foo", "o"]),
    (r"a.c", ["abc", "a\nc"]),
    (r"(?s)a.c", ["a\nc"]),
    (r"a{2,3}", ["aaaa", "a", "aa"]),
    (r"a{2,3}?", ["aaaa"]),
    (r"\Aab\Z", ["ab", "ab\n"]),
    (r"ab$", ["ab\n", "ab\n\n"]),
    (r"(?m)ab$", ["ab\ncd"]),
    (r"a|b|c|d", ["xd"]),
    (r"abc|abd|aef", ["aef", "abd"]),
    (r"", ["abc", ""]),
    (r"a*?", ["aaa"]),
    (r"\\", ["a\\b"]),
    (r"[\]]", ["]"]),
    (r"[-a]", ["-"]),
    (r"[abc]+", ["xxabcbayy"]),
    (r"[^abc]+", ["abcxyzabc"]),
    (r"[a-z0-9_]+", ["Hello_World99!"]),
    (r"[\d\s]+", ["a 1 2 3b"]),
    (r"[^\W\d]+", ["abc123def"]),
    (r"hello", ["say hello, hello"]),
    (r"hel+o", ["say helllo"]),
    (r"(?:ab)+", ["xxabababyy"]),
    (r"\d{3}-\d{4}", ["call 555-1234 now"]),
]

for pat, subjects in CASES:
    p = re.compile(pat)
    for s in subjects:
        print(repr(pat), repr(s))
        print("  match", show(p.match(s)), "search", show(p.search(s)), "full", show(p.fullmatch(s)))
        print("  findall", p.findall(s), "finditer", [m.span() for m in p.finditer(s)])

p = re.compile(r"o")
print(p.search("foo", 2), p.search("foo", 0, 1), p.match("foo", 1), p.findall("foooo", 1, 3))
print(p.search("foo", -5), p.search("foo", 10), p.search("foo", 1, 100))
print(p.match("foo", pos=1), p.search(string="xo"), p.fullmatch("o", endpos=1))
print(re.match(r"^o", "foo", 0), re.compile(r"^o").search("foo", 1), re.compile(r"o$").search("foo", 0, 2))
print(list(re.finditer(r"\w+", "one two  three")))
print(re.findall(r"\b\w+\b", "one two  three"), re.findall(r"(?m)$", "a\nb\n"))
print(re.search(r"\d+", "abc"), bool(re.search("b", "abc")))
m = re.search("b+", "abbbc")
print(m.start(), m.end(), m.span(), m.pos, m.endpos, m.string, m.re)
print(re.fullmatch(r"a|ab", "ab"), re.fullmatch(r"(?:a|ab)(?:c|bcd)", "abcd"))
print(re.match(r"(?x) a  b # comment\n c", "abc"))
print([re.match(r"\d+", s) is not None for s in ["1", "a", "٣", "12a"]])
