"""re: lookahead and lookbehind (with groups), atomic groups, possessive quantifiers (new in
3.11), lazy quantifiers, nested repeats and deep patterns."""
import re

CASES = [
    (r"(?=abc)a", ["abc", "abd"]),
    (r"(?!abc)a", ["abc", "abd"]),
    (r"(?<=ab)c", ["abc", "xbc"]),
    (r"(?<!ab)c", ["abc", "xbc"]),
    (r"(?<=(a))b", ["ab"]),
    (r"(?!(a)b)a", ["ac", "ab"]),
    (r"(?=(a+))a*b\1", ["baaabac"]),
    (r"(?<=\d{3})x", ["123x", "12x"]),
    (r"(?<!\d{3})x", ["12x", "123x"]),
    (r"a++b", ["aaab", "aaa"]),
    (r"a*+a", ["aaa"]),
    (r"(?:ab)++c", ["ababc", "ababa"]),
    (r"(?:ab)*+ab", ["abab"]),
    (r"(?>a+)b", ["aaab"]),
    (r"(?>a|ab)c", ["abc", "ac"]),
    (r"(?>(a)|(ab))c", ["abc", "ac"]),
    (r"a?+b", ["ab", "b"]),
    (r"(a){0,2}+", ["aaa"]),
    (r"(?:(a)|b)++", ["abab", "ba"]),
    (r"(?:a|b)+?c", ["abac"]),
    (r"a{2,}+a", ["aaaa"]),
    (r"(?:a{2})++", ["aaaaa"]),
    (r"x(?>y*)y", ["xyy"]),
    (r"(?:(?>a*)b)+", ["aabab"]),
    (r"(a+)+b", ["aaaaaaaaaaaaaaaaaaaaaaab"]),
    (r"(?:a|ab)(?:c|bcd)(d*)", ["abcd"]),
    (r"\w+?(?=\d)", ["abc123"]),
    (r".*?x", ["aaxbbx"]),
    (r".*x", ["aaxbbx"]),
    (r"(.*?)(\d+)", ["abc123def456"]),
]


def show(m):
    if m is None:
        return "None"
    return "%r %r %r" % (m.span(), m.group(), m.groups())


for pat, subjects in CASES:
    p = re.compile(pat)
    for s in subjects:
        print(repr(pat), repr(s), show(p.match(s)), show(p.search(s)), p.findall(s))

deep = "(" * 100 + "a" + ")" * 100
print(re.match(deep, "a").span(), len(re.match(deep, "a").groups()))
print(re.match(r"(?:a|b)*c", "ab" * 50000 + "c").span())
print(re.match(r"(a|b)*c", "ab" * 50000 + "c").span())
print(re.match(r"(?:(a)|b)*?c", "ab" * 20000 + "c").span())
print(len(re.findall(r"a", "a" * 100000)), re.search(r"x", "a" * 100000 + "x").span())
print(re.sub(r"(a)", r"\1\1", "a" * 1000).count("a"))
print(re.match(r"(?:x+x+)+y", "x" * 20), re.match(r"(?:x++x)+y", "x" * 2000))
