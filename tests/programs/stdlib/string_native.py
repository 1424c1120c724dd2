"""_string: formatter_parser and formatter_field_name_split (the parsers string.Formatter uses),
their items, iterator types and CPython's errors."""
import _string

FORMATS = ["a{0!r:>3}b{{c}}", "", "{}", "{:{w}}x", "x}}y", "{a.b[c]!s}", "abc", "{0[}", "}",
           "{", "{!}", "{:}", "{0!}", "{!r}", "{a!rr}", "a{b", "{a{b}", "{0[a:b]}", "{x!a:{y}}z",
           "{{}}", "}}{{", "a}b", "{:%Y-%m-%d}", "{0:{1}{2}}", "é{ü!s}€", "{!r:}", "{a]}", "{[}]}"]
for s in FORMATS:
    try:
        print(repr(s), list(_string.formatter_parser(s)))
    except ValueError as e:
        print(repr(s), "ValueError", e)
it = _string.formatter_parser("ab{c}d}}e}")
print(type(it).__name__, iter(it) is it, next(it), next(it))
try:
    next(it)
except ValueError as e:
    print("ValueError", e)
print(list(it))
NAMES = ["a.b[c]", "0[1].x", "", "a[", "a.", "[x]", "a]b", "1.y", "x[0][1].y.z", "12", "a[]",
         "a.b.", "99999999999999999999", "a[99999999999999999999]", "a[1]x", "ä.ö"]
for n in NAMES:
    try:
        first, rest = _string.formatter_field_name_split(n)
        print(repr(n), repr(first), list(rest))
    except ValueError as e:
        print(repr(n), "ValueError", e)
first, rest = _string.formatter_field_name_split("a.b")
print(type(rest).__name__, iter(rest) is rest)
for bad in [1, b"x"]:
    for f in (_string.formatter_parser, _string.formatter_field_name_split):
        try:
            f(bad)
        except TypeError as e:
            print("TypeError", e)
