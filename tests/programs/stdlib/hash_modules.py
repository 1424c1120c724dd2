# The hash modules hashlib falls back to without _hashlib: _md5, _sha1, _sha256, _sha512,
# _sha3 and _blake2 (digests, copies, attributes, argument errors).
import _md5, _sha1, _sha256, _sha512, _sha3, _blake2

state = 7


def rnd(n):
    global state
    out = bytearray()
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        out.append((state >> 16) & 0xFF)
    return bytes(out)


def t(label, f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        r = "%s: %s" % (type(e).__name__, e)
    print(label, repr(r))


ctors = [_md5.md5, _sha1.sha1, _sha256.sha224, _sha256.sha256, _sha512.sha384, _sha512.sha512,
         _sha3.sha3_224, _sha3.sha3_256, _sha3.sha3_384, _sha3.sha3_512, _blake2.blake2b, _blake2.blake2s]
print([n for n in dir(_md5) if not n.startswith("__")], [n for n in dir(_sha512) if not n.startswith("__")])
print([n for n in dir(_sha3) if not n.startswith("__")], _sha3.implementation, _sha3.keccakopt)
print(sorted(n for n in dir(_blake2) if n.isupper()), _blake2.BLAKE2B_MAX_DIGEST_SIZE, _blake2.BLAKE2S_SALT_SIZE)
print(_blake2.blake2b.MAX_KEY_SIZE, _blake2.blake2s.PERSON_SIZE, _blake2.blake2s.SALT_SIZE)
print(_md5.MD5Type, _sha1.SHA1Type, _sha256.SHA224Type, _sha256.SHA256Type, _sha512.SHA384Type)
print(_md5.md5.__text_signature__, _md5.MD5Type.update.__text_signature__, _sha3.sha3_256.update.__text_signature__)
print(_sha3.sha3_256.__doc__)
print(_sha3.shake_128.digest.__text_signature__)
for c in ctors:
    h = c()
    print(type(h).__name__, type(h).__module__, h.name, h.digest_size, h.block_size, h.hexdigest())
    h.update(b"abc")
    print(" ", h.hexdigest(), h.digest() == bytes.fromhex(h.hexdigest()))
    g = h.copy()
    g.update(b"def")
    h2 = c(b"abcdef")
    print(" ", g.hexdigest() == h2.hexdigest(), h.hexdigest() == c(b"abc").hexdigest(), type(g) is type(h))
    for data in (bytearray(b"xyz"), memoryview(b"xyz"), b"x" * 1000, rnd(200)):
        a = c(data)
        b = c()
        b.update(data[:7])
        b.update(data[7:])
        print(" ", a.hexdigest()[:32], a.hexdigest() == b.hexdigest())
    t("  str", c, "abc")
    t("  int", c, 5)
    t("  none", c, None)
    t("  update str", h.update, "x")
    t("  update int", h.update, 5)
    t("  update 0", h.update)
    t("  update 2", h.update, b"a", b"b")
    t("  update kw", h.update, obj=b"a")
    t("  digest arg", h.digest, 1)
    t("  hexdigest arg", h.hexdigest, 1)
    t("  copy arg", h.copy, 1)
    t("  2 args", c, b"a", b"b")
    t("  usedforsecurity", lambda: c(b"a", usedforsecurity=False).hexdigest())
    t("  bad kw", c, b"a", bogus=1)
t("md5 string=", lambda: _md5.md5(string=b"abc").hexdigest())
t("sha256 string=", lambda: _sha256.sha256(string=b"abc").hexdigest())
t("sha3 data=", _sha3.sha3_256, data=b"x")
t("sha3 string=", _sha3.sha3_512, string=b"x")
t("blake2b data=", _blake2.blake2b, data=b"x")
for c in (_sha3.sha3_224, _sha3.sha3_256, _sha3.sha3_384, _sha3.sha3_512, _sha3.shake_128, _sha3.shake_256):
    h = c(b"")
    print(h.name, h.digest_size, h.block_size, h._rate_bits, h._capacity_bits, h._suffix)
for c in (_sha3.shake_128, _sha3.shake_256):
    s = c(b"abc")
    for n in (0, 1, 10, 32, 100, 200):
        print(s.name, n, s.hexdigest(n))
    print(s.digest(16) == s.copy().digest(16), len(s.digest(1000)))
    t("  digest()", s.digest)
    t("  digest(-1)", s.digest, -1)
    t("  digest(2**70)", s.digest, 2**70)
    t("  digest(2**29)", s.digest, 2**29)
    t("  digest('x')", s.digest, "x")
    t("  digest(1.0)", s.digest, 1.0)
    t("  digest(length=)", s.digest, length=5)
    t("  hexdigest(True)", s.hexdigest, True)
for kw in ({}, {"digest_size": 20}, {"key": b"key"}, {"salt": b"salt"}, {"person": b"me"},
           {"digest_size": 1, "key": b"k" * 32, "salt": b"s" * 8, "person": b"p" * 8},
           {"key": b"K" * 64}, {"salt": b"S" * 16, "person": b"P" * 16}, {"key": bytearray(b"k"), "salt": memoryview(b"s")},
           {"fanout": 1, "depth": 1, "leaf_size": 0, "node_offset": 0, "node_depth": 0, "inner_size": 0, "last_node": False},
           {"usedforsecurity": False}):
    for c in (_blake2.blake2b, _blake2.blake2s):
        try:
            h = c(b"hello world", **kw)
            g = h.copy()
            g.update(b"!")
            print(c.__name__, sorted(kw), h.digest_size, h.hexdigest(), g.hexdigest())
        except Exception as e:
            print(c.__name__, sorted(kw), type(e).__name__, e)
for kw in ({"digest_size": 0}, {"digest_size": 65}, {"digest_size": 33}, {"key": b"x" * 65}, {"key": b"x" * 33},
           {"salt": b"x" * 17}, {"salt": b"x" * 9}, {"person": b"x" * 17}, {"person": b"x" * 9}, {"fanout": 256},
           {"fanout": -1}, {"depth": 0}, {"depth": 256}, {"leaf_size": -1}, {"leaf_size": 2**32}, {"node_offset": -1},
           {"node_offset": 2**48}, {"node_depth": 256}, {"node_depth": -1}, {"inner_size": 65}, {"inner_size": -1},
           {"key": "x"}, {"salt": 5}, {"digest_size": "x"}, {"digest_size": 2.0}, {"digest_size": 2**40},
           {"leaf_size": "x"}, {"digest_size": 0, "key": b"x" * 100}):
    for c in (_blake2.blake2b, _blake2.blake2s):
        t(c.__name__ + " " + str(sorted(kw)), c, "data", **kw)
t("blake2b 2 args", _blake2.blake2b, b"a", b"b")
t("blake2s str", _blake2.blake2s, "a")
h = _md5.md5()
t("setattr foo", setattr, h, "foo", "x")
