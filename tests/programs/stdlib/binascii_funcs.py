# binascii: hex, base64, uu, quoted-printable and the CRCs, on fixed and pseudo-random data.
import binascii

state = 12345


def rnd(n):
    global state
    out = bytearray()
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        out.append((state >> 16) & 0xFF)
    return bytes(out)


def pick(alphabet, n):
    return bytes(alphabet[b % len(alphabet)] for b in rnd(n))


def t(label, f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        r = "%s: %s" % (type(e).__name__, e)
    print(label, repr(r))


print(binascii.Error.__mro__, binascii.Incomplete.__mro__)
print(binascii.Error.__module__, binascii.Error.__qualname__)
print(binascii.hexlify.__doc__.splitlines()[0], binascii.a2b_base64.__text_signature__)
for f in ("hexlify", "b2a_hex", "unhexlify", "a2b_hex", "crc32", "crc_hqx", "b2a_base64", "a2b_base64", "a2b_qp", "b2a_qp", "a2b_uu", "b2a_uu"):
    print(f, getattr(binascii, f).__name__, getattr(binascii, f).__text_signature__)

# hex
for data in (b"", b"\x00", b"\xb9\x01\xef", bytearray(b"hello"), memoryview(b"abcdefg")):
    t("hexlify", binascii.hexlify, data)
    t("b2a_hex", binascii.b2a_hex, data, "-")
    for sep in (":", b"_", " "):
        for per in (1, 2, 3, -2, -3, 0, 10, -10):
            t("hexlify sep", binascii.hexlify, data, sep, per)
t("kw", binascii.hexlify, data=b"abc", sep=".", bytes_per_sep=2)
for sep in (None, 5, bytearray(b"-"), "\xe9", "\u0100", b"\xff", "--", b"", ""):
    t("bad sep", binascii.hexlify, b"abc", sep)
t("bpsep big", binascii.hexlify, b"abc", "-", 2**40)
t("bpsep str", binascii.hexlify, b"abc", "-", "x")
t("hexlify str", binascii.hexlify, "abc")
t("hexlify none", binascii.hexlify)
t("hexlify 4", binascii.hexlify, b"a", "-", 1, 2)
t("hexlify kw", binascii.hexlify, b"a", foo=1)
for s in (b"", b"00ff", "ABcd", b"abc", "zz", "é0", 3, bytearray(b"0a0b"), memoryview(b"ff"), b"0 1"):
    t("unhexlify", binascii.unhexlify, s)
    t("a2b_hex", binascii.a2b_hex, s)
for n in range(0, 40, 3):
    d = rnd(n)
    assert binascii.unhexlify(binascii.hexlify(d)) == d
    print(n, binascii.hexlify(d, b"|", 4))

# crc
for data in (b"", b"a", b"hello world", bytearray(200), memoryview(rnd(1000))):
    t("crc32", binascii.crc32, data)
    t("crc32 c", binascii.crc32, data, 0xDEADBEEF)
    t("crc32 neg", binascii.crc32, data, -1)
    t("crc32 big", binascii.crc32, data, 2**70 + 5)
    t("crc_hqx", binascii.crc_hqx, data, 0)
    t("crc_hqx c", binascii.crc_hqx, data, 0xFFFF)
    t("crc_hqx neg", binascii.crc_hqx, data, -1)
t("crc32 float", binascii.crc32, b"a", 2.5)
t("crc32 str", binascii.crc32, "a")
t("crc32 none", binascii.crc32)
t("crc32 kw", binascii.crc32, b"", crc=1)
t("crc_hqx 1", binascii.crc_hqx, b"a")
crc = 0
for i in range(10):
    crc = binascii.crc32(rnd(i * 7), crc)
print("crc chain", crc)

# base64
for n in range(0, 20):
    d = rnd(n)
    e = binascii.b2a_base64(d)
    print(n, e, binascii.b2a_base64(d, newline=False), binascii.a2b_base64(e) == d)
for s in (b"", b"YQ==", b"YQ=", b"YQ", b"YWJj", b"YW Jj\n", "YWJj", b"Y!W@J#j", b"YQ==YWJj",
          b"AAAAA", b"AAAAAA", b"A===", b"AA=A=", b"=AAA", b"AAAA=", b"AA==A", b"AA==",
          b"A!AA", b"AA\n==", b"AB=C", "é", 3, bytearray(b"YWJj"), memoryview(b"YWI=")):
    t("a2b_base64", binascii.a2b_base64, s)
    t("a2b_base64 strict", binascii.a2b_base64, s, strict_mode=True)
junk = pick(b"ABCDEFabcdef0123+/=\n !", 400)
for i in range(0, 400, 13):
    t("junk", binascii.a2b_base64, junk[i:i + 17])
t("b64 newline=x", binascii.b2a_base64, b"", newline="x")
t("b64 newline=2.5", binascii.b2a_base64, b"ab", newline=2.5)
t("b64 newline=0", binascii.b2a_base64, b"ab", newline=0)
t("b64 str", binascii.b2a_base64, "a")
t("b64 kw data", binascii.a2b_base64, data=b"x")
t("b64 strict=x", binascii.a2b_base64, b"YQ", strict_mode="x")

# uu
for n in (0, 1, 2, 3, 10, 44, 45, 46):
    d = rnd(n)
    t("b2a_uu", binascii.b2a_uu, d)
    t("b2a_uu bt", binascii.b2a_uu, d, backtick=True)
    try:
        print(binascii.a2b_uu(binascii.b2a_uu(d)) == d, binascii.a2b_uu(binascii.b2a_uu(d, backtick=True)) == d)
    except Exception as e:
        print(type(e).__name__, e)
for s in (b"", b" ", "", b"!!!!!!!!!!!!!!", b"!\x7f", b"#86)C\n", b"#86)C   \n", b"#86)C  x", b"#86)C``",
          b"$86)C", b"%86)C", "#86)C", b"\x00", b"~~~~"):
    t("a2b_uu", binascii.a2b_uu, s)

# quoted-printable
samples = [b"", b"hello", b"a=b", b"a_b c", b"tab\there \n", b"line \r\nnext\t\r\n", b".", b".\n",
           b"x.\n.", b"\x00\x01\xff=", b"=41=42=4", b"=\n", b"soft=\r\nbreak", b"a==b", b"=zz", b"end=",
           b"x" * 80, b"y" * 75 + b"\n", b"z " * 50, b"\r\r\n\n", b"caf\xc3\xa9 _ \t"]
for d in samples:
    for kw in ({}, {"quotetabs": True}, {"istext": False}, {"header": True}, {"quotetabs": 1, "istext": 0, "header": 1}):
        t("b2a_qp", binascii.b2a_qp, d, **kw)
    t("a2b_qp", binascii.a2b_qp, d)
    t("a2b_qp h", binascii.a2b_qp, d, header=True)
    t("a2b_qp h", binascii.a2b_qp, data=d.decode("latin-1").encode("ascii", "replace"))
junk = pick(b"AF09af= _\t\r\n.x\x00\xff", 2000)
for i in range(0, 2000, 37):
    chunk = junk[i:i + 90]
    t("qp junk", binascii.b2a_qp, chunk)
    t("qp junk t", binascii.b2a_qp, chunk, True, False, True)
    t("qp junk d", binascii.a2b_qp, chunk.replace(b"\xff", b"?"), True)
t("a2b_qp str", binascii.a2b_qp, "a=41")
t("a2b_qp bad", binascii.a2b_qp, 5)
t("b2a_qp str", binascii.b2a_qp, "a")
t("b2a_qp hdr", binascii.b2a_qp, b"a_b", header="x")
t("b2a_qp kw", binascii.b2a_qp, b"a", bogus=1)
