"""re: re.error for invalid patterns (raised by re._parser) with msg, pos, lineno and colno;
errors of the flag and compile APIs."""
import re

BAD = ["(", "[a", "a**", "(?P<1>a)", r"\1", "(?<=a+)b", "a{2,1}", "(?P=x)", "[z-a]", "(?z)",
       "\\", "x)", "(?P<a>a)(?P<a>b)", r"\pL", "a{1,2}{3}", "(?<!a|bc)", "(?P<>x)", "*a",
       "(?", "(?P", "(?#abc", r"[\d-z]", "(?i", "(?-i)", "a\n(b", "(?<=\\1)", r"\x1", r"\u12",
       "(?(1)a|b|c)", "(?(x)a)", "a++*", "(?>", r"\8"]
for pat in BAD:
    try:
        re.compile(pat)
        print("ok", repr(pat))
    except re.error as e:
        print(repr(pat), "->", e, "|", repr(e.msg), e.pos, e.lineno, e.colno, e.pattern == pat)
try:
    re.compile(b"\\p")
except re.error as e:
    print(e, e.pattern)
try:
    re.compile(re.compile("a"), re.I)
except ValueError as e:
    print("ValueError", e)
try:
    re.compile(5)
except TypeError as e:
    print("TypeError", e)
print(re.compile(re.compile("a")) is re.compile(re.compile("a")) or True)
print(issubclass(re.error, Exception), re.error.__module__, re.error.__name__)
print(re.error("msg", "pat", 1))
