"""re: bytes patterns over bytes, bytearray and memoryview subjects; mixing str and bytes is
a TypeError; ASCII-only classes and case folding for bytes."""
import re

b = re.compile(rb"(\w+)@(\w+)\.com")
for s in [b"joe@x.com, ann@y.com", bytearray(b"a@b.com"), memoryview(b"q@r.com")]:
    m = b.search(s)
    print(m, m.groups(), b.findall(s), b.split(s), type(m.group()), type(m.string))
    if not isinstance(s, memoryview):
        print(b.sub(rb"\2 at \1", s))
try:
    b.sub(rb"\2", memoryview(b"q@r.com"))
except AttributeError as e:
    print("AttributeError", e)
print(re.sub(rb"(?i)[a-z]", b"*", b"Hello \xe9"))
print(re.findall(rb"\w", b"a\xe9_1"), re.findall(rb"\s", b"a b\xa0c\x1c"))
print(re.split(rb"\s", b"a b\xa0c"), re.split(rb"(,)", bytearray(b"1,2")))
print(re.match(rb"(?i)\xe9", b"\xc9"), re.match(rb"(?i)K", b"k"))
print(re.compile(rb"\d+").findall(b"a12b3"), re.fullmatch(rb".+", b"\x00\xff"))
print(re.sub(b"a", lambda m: m.group() * 2, b"banana"), re.subn(b"", b"-", b"ab"))
print(re.escape(b"\x00a.b"), re.compile(b"[\x80-\xff]+").findall(b"ab\x80\x90cd\xff"))
print(re.search(b"x", b"abc"), re.search(rb"\bfoo\b", b"a foo b").span())
for pat, s in [("a", b"a"), (b"a", "a"), ("a", 1), (b"a", bytearray(b"a").decode())]:
    try:
        re.search(pat, s)
    except TypeError as e:
        print("TypeError", e)
try:
    re.sub(b"a", "b", b"a")
except TypeError as e:
    print("TypeError", e)
print(re.match(rb"(?P<k>\w+)=(?P<v>\w+)", b"key=val").groupdict())
