# codecs.open, incremental codecs and stream readers/writers; open() with registry encodings.
import codecs
import time

path = "/tmp/krait_codecs_open_%d_%d.txt" % (time.time_ns(), id(object()))

with codecs.open(path, "w", encoding="utf-16") as f:
    f.write("héllo\nwörld\n")
with open(path, "rb") as f:
    print(f.read())
with codecs.open(path, "r", encoding="utf-16") as f:
    print(repr(f.read()))
with codecs.open(path, "r", encoding="utf-16") as f:
    print(f.readlines())

dec = codecs.getincrementaldecoder("utf-8")()
print(repr(dec.decode(b"\xe2\x98")), repr(dec.decode(b"\x83!")), repr(dec.decode(b"", final=True)))
enc = codecs.getincrementalencoder("utf-16")()
print(enc.encode("a"), enc.encode("b"))
dec = codecs.getincrementaldecoder("cp1252")()
print(repr(dec.decode(b"\x80abc")))
print(list(codecs.iterdecode([b"\xc3", b"\xa9", b"x"], "utf-8")))
print(list(codecs.iterencode(["a", "é"], "latin-1")))

for enc in ["cp1252", "utf-16", "utf-8-sig", "koi8_r"]:
    with open(path, "w", encoding=enc) as f:
        f.write("line €\n" if enc != "koi8_r" else "строка\n")
        print(enc, f.encoding)
    with open(path, "rb") as f:
        print(f.read())
    with open(path, encoding=enc) as f:
        print(repr(f.read()))
try:
    import os
    os.remove(path)
except Exception:
    pass
