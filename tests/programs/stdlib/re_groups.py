"""re: groups, named groups, lastindex/lastgroup, groupdict defaults, backreferences,
conditional groups, which groups survive backtracking (CPython's rules), Match's API."""
import re


def show(m):
    if m is None:
        return "None"
    return "%r %r %r %r %r" % (m.span(), m.groups(), m.lastindex, m.lastgroup, m.groupdict())


CASES = [
    (r"(a|b)*c", ["ababc", "c"]),
    (r"(?:(a)|(b))*", ["ab", "ba", ""]),
    (r"(a)?(?(1)b|c)", ["ab", "c", "b"]),
    (r"(?P<x>a)(?P<y>b)?", ["a", "ab", "b"]),
    (r"(a*)*", ["aaa", "b"]),
    (r"(a*)+", ["aaa", "b"]),
    (r"(a|)*b", ["aab", "b"]),
    (r"(?:a*?)*b", ["aab"]),
    (r"(\w+)\s+\1", ["hello hello", "ab ab ab", "a b"]),
    (r"(?i)(\w+)\s+\1", ["Hello HELLO"]),
    (r"(ab){2,}", ["abababx", "ab"]),
    (r"(ab){2,}?", ["abababx"]),
    (r"(ab)+?c", ["ababc"]),
    (r"(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\11", ["abcdefghijkk"]),
    (r"(?P<a>x)(?P=a)", ["xx", "xy"]),
    (r"(a)|(b)", ["b", "a"]),
    (r"(a)|b", ["b"]),
    (r"(?:(a)|b)(?(1)c|d)", ["ac", "bd", "bc"]),
    (r"((a)|(b))+", ["abab"]),
    (r"(a(b)?)+", ["aba"]),
    (r"(\d+)-(\d+)", ["10-20 30-40"]),
    (r"()", ["a"]),
    (r"(?:x(y)?)*", ["xyx"]),
    (r"(?:(x)|(y))*?z", ["xyz"]),
    (r"((x)|y)*", ["xy"]),
    (r"(?P<first>\w+) (?P<last>\w+)", ["Jane Doe"]),
    (r"(?:(a)|(b)|(c))+", ["abcba"]),
    (r"(a)(?:(b)|c)*", ["abcbc"]),
]

for pat, subjects in CASES:
    p = re.compile(pat)
    for s in subjects:
        print(repr(pat), repr(s))
        print("  match", show(p.match(s)))
        print("  search", show(p.search(s)))
        print("  findall", p.findall(s))

m = re.search(r"(?P<first>\w+) (?P<last>\w+)", "Jane Doe")
print(m["first"], m[2], m.group(0, 1, "last"), m.start("last"), m.end(1), m.span(2), m.regs)
print(m.group(), m.group(0), m.groups(), m.groupdict(), m.lastindex, m.lastgroup)
print(repr(m), bool(m), m.expand(r"\g<last>, \g<first>"), m.expand(r"\2\n\1"))
print(re.match("(a)", "a").lastindex, re.match("(a)(b)?", "a").lastindex, re.match("((a)b)", "ab").lastindex)
print(re.match("(?P<x>(?P<y>a))", "a").lastgroup, re.match("(a)(?P<n>b)", "ab").lastgroup)
print(re.match("(a)(?:b(c))?", "a").groups("X"), re.match("(?P<q>a)?b", "b").groupdict("Z"))
print(re.match("(a)(?:b(c))?", "a").span(2), re.match("(a)(?:b(c))?", "a").start(2))
print(repr(re.match("a" * 100, "a" * 100)))
print(re.compile(r"(?P<n>a)(b)").groupindex, re.compile(r"(a)(b)").groups, re.compile("x").groups)
for bad in [2, "x", -1, 1.5]:
    try:
        print(re.match("(a)", "a").group(bad))
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
try:
    re.match("(a)", "a").start(5)
except IndexError as e:
    print("IndexError", e)
print(re.match("(a)", "a").group(True), re.match("(a)", "a")[False])
