# Other str features: encode, ord/chr range, str(), constructors, comparisons, in-place +=.
s = "héllo wörld €"
for enc in ("utf-8", "latin-1", "ascii", "utf-16-le", "utf-32-be"):
    for errors in ("strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"):
        try:
            print(enc, errors, s.encode(enc, errors))
        except UnicodeEncodeError as e:
            print(enc, errors, "UnicodeEncodeError:", e)
print(str(b"abc"), str(b"abc", "ascii"), str(123), str(1.5), str([1, "a"]), str(), str(None))
print(b"h\xc3\xa9".decode(), b"h\xe9".decode("latin-1"), b"\xff".decode("utf-8", "replace"),
      b"a\xffb".decode("utf-8", "ignore"), b"a\xffb".decode("utf-8", "backslashreplace"))
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e, e.start, e.end, e.reason, e.encoding)
acc = ""
for i in range(10):
    acc += str(i) * i
print(acc, len(acc))
print(chr(0), repr(chr(0x10FFFF)), ord("\U0010FFFF"), chr(65) + chr(0x263A))
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
print("abc".__len__(), "abc".__contains__("b"), "abc".__getitem__(1), "a".__add__("b"), "a".__mul__(3))
print(str.__name__, "x".__class__.__name__, isinstance("x", str), "%s" % "str")
