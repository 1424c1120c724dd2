# split/rsplit/splitlines/partition/rpartition/join.
tests = ["a,b,,c", " a  b\tc\n d ", "", "   ", "one", "a,b,c,d,e", ",leading", "trailing,"]
for t in tests:
    print(repr(t), t.split(), t.split(","), t.split(",", 1), t.rsplit(",", 1), t.rsplit(None, 1),
          t.split(maxsplit=1), t.partition(","), t.rpartition(","))
text = "line1\nline2\r\nline3\rline4\x0bline5\x0cline6\x1cx\x1dy\x1ez\x85w\u2028v\u2029u\n\nlast"
print(text.splitlines())
print(text.splitlines(True))
print("".splitlines(), "\n".splitlines(), "a\n".splitlines(keepends=True))
print("-".join(["a", "b", "c"]), "".join([]), ", ".join(str(i) for i in range(5)), "x".join("abc"))
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
print("a b c".split(" ", 0), "aXbXc".split("X", -1), "  x  ".rsplit(), "abcabc".split("bc"))
