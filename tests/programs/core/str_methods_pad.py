# strip/center/ljust/rjust/zfill/expandtabs/replace/translate.
for s in ("  hi  ", "xxhixx", "\t\n hi \r", "", "hi"):
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip("x")), repr(s.strip("xh ")))
for w in (0, 5, 6, 7, 10):
    print(repr("abc".center(w)), repr("abc".center(w, "*")), repr("ab".center(w, "-")),
          repr("abc".ljust(w, ".")), repr("abc".rjust(w)), repr("42".zfill(w)), repr("-42".zfill(w)),
          repr("+4".zfill(w)), repr("".zfill(w)))
print(repr("a\tbc\td".expandtabs()), repr("a\tbc\td".expandtabs(4)), repr("\t\tx\ny\tz".expandtabs(3)),
      repr("ab\t".expandtabs(0)))
print("aaaa".replace("a", "b"), "aaaa".replace("a", "b", 2), "abc".replace("", "-"), "abc".replace("", "-", 2),
      "hello world".replace("o", ""), "x".replace("x", "xx"), "".replace("", "z"))
table = str.maketrans("abc", "xyz", "d")
print(sorted(table.items()), "abcdabcd".translate(table))
print("hello".translate({ord("l"): "L", ord("o"): None, ord("h"): 72}))
print(sorted(str.maketrans({"a": "1", "b": None}).items()))
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
try:
    str.maketrans("ab", "c")
except ValueError as e:
    print("ValueError:", e)
