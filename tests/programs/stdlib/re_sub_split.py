"""re: sub and subn with template strings, group references, callables and counts; split with
groups and maxsplit; empty matches; Match.expand; escape."""
import re

print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world foo bar"))
print(re.sub(r"(?P<w>\w+)", r"[\g<w>]", "a b"))
print(re.sub(r"(\w)", r"\g<1>0", "ab"), re.sub(r"(\w)", r"\g<0>\g<0>", "ab"))
print(re.sub("a", r"\n", "bab"), repr(re.sub("a", r"\t\\", "a")))
print(re.sub("a", "x", "aaa", count=2), re.sub("a", "x", "aaa", 0), re.sub("a", "x", "aaa", 1))
print(re.subn("a", "x", "aaa"), re.subn("z", "x", "aaa"), re.subn("", "-", "ab"))
print(re.sub("(a)|b", r"[\1]", "ab"))
print(re.sub("x*", "-", "abc"), re.sub("x*", "-", "axbc"), re.sub("", "-", ""))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1b22c333"))
print(re.sub(r"(\w)(\d)", lambda m: m.group(2) + m.group(1), "a1 b2 c3"))
print(re.sub(r"(?m)^", "> ", "a\nb\n"))
print(re.sub("a", "", "banana"), re.sub("an", "AN", "banana"))
print(re.compile("o").sub("0", "foo boo", 3))
for repl in [r"\3", r"\g<x>", r"\g<1a>", "\\"]:
    try:
        re.sub("(a)", repl, "a")
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
try:
    re.sub("a", lambda m: 5, "aa")
except TypeError as e:
    print("TypeError", e)
print(re.split(r",\s*", "a, b,c,   d"))
print(re.split(r"(,)", "a,b,c", maxsplit=1), re.split(r"x*", "axb"), re.split(r"(?:)", "ab"))
print(re.split(r"(a)|b", "xaybz"), re.split(r"\W+", "Words, words, words."))
print(re.split(r"(\W+)", "Words, words, words."), re.split(r"\W+", "Words, words, words.", 1))
print(re.split("[a-f]+", "0a3B9", flags=re.IGNORECASE), re.split(r"\b", "a b"))
print(re.split("x", ""), re.split("", ""), re.split("(x)?y", "ayb"))
m = re.match(r"(\w+) (\w+)(?: (\w+))?", "hello world")
print(m.expand(r"<\1|\2|\3>"), m.expand(r"\g<2>\g<1>"))
print(re.escape("a.b*c\n"), re.escape("über-ä"), re.escape(b"a.b"))
print(re.sub(r"[aeiou]", lambda m: m.group().upper(), "programming language"))
print(re.findall(r"(a)(b)?", "aab"), re.findall(r"(a)|(b)", "ab"), re.findall("", "ab"))
