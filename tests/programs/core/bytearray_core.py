# bytearray: constructors, item and slice assignment/deletion, mutators, in-place operators,
# shared methods returning bytearrays, comparisons with bytes, unhashability, errors.
print(bytearray(), bytearray(3), bytearray([1, 2, 255]), bytearray(b"abc"), bytearray("h\xe9", "utf-8"), bytearray(bytearray(b"x")))
ba = bytearray(b"hello")
print(ba, len(ba), ba[0], ba[-1], ba[1:3], ba[::-1], type(ba[1:]).__name__, list(ba), list(reversed(ba)))
ba[0] = 72
ba[-1] = ord("O")
print(ba)
ba[1:3] = b"EEE"
print(ba)
ba[0:0] = [1, 2]
ba[len(ba):] = bytearray(b"!")
print(ba)
ba[::2] = bytes(len(ba[::2]))
print(ba)
del ba[0]
del ba[::3]
del ba[-1:]
print(ba)
ba = bytearray(b"abc")
ba.append(100)
ba.extend(b"ef")
ba.extend([103, 104])
ba.extend(x for x in (105,))
ba.insert(0, 65)
ba.insert(100, 90)
ba.insert(-1, 89)
print(ba, ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(ord("b"))
ba.reverse()
print(ba, ba.copy(), ba.copy() is ba, ba.count(b"e"), ba.find(b"e"), ba.index(b"c"), b"c" in ba, 99 in ba)
c = ba
c += b"++"
c *= 2
print(c, c is ba, ba + b"!", b"!" + ba, type(b"!" + ba).__name__, ba * 2, 2 * bytearray(b"ab"))
print(bytearray(b"abc") == b"abc", b"abc" == bytearray(b"abc"), bytearray(b"a") < b"b", bytearray(b"b") >= bytearray(b"b"))
print(bytearray(b"a b").split(), bytearray(b"x").join([b"1", bytearray(b"2")]), bytearray(b" a ").strip(), bytearray(b"Ab").upper())
print(bytearray(b"abc").decode(), bytearray(b"\x01\xff").hex(), bytearray.fromhex("41 42"), bytearray(b"hi").replace(b"i", b"o"))
print(b"ab".join([bytearray(b"x"), b"y"]), bytes(bytearray(b"xy")), str(bytearray(b"q")), repr(bytearray(b"'")))
y = bytearray(b"aaa")
y.clear()
print(y, len(y), bool(y), bool(bytearray(1)))
for bad in [lambda: hash(bytearray()), lambda: bytearray().pop(), lambda: bytearray(b"a").pop(5),
            lambda: bytearray(b"a").remove(98), lambda: bytearray(b"a").append(256), lambda: bytearray("x"),
            lambda: bytearray(-1), lambda: bytearray(b"abc").__setitem__(0, 300), lambda: bytearray(b"a")[3],
            lambda: bytearray(b"abcdef").__setitem__(slice(None, None, 2), b"AB"), lambda: bytearray(b"a") + "b",
            lambda: bytearray(b"ab").__setitem__(slice(0, 1), 5), lambda: bytearray(b"a").extend(["a"]),
            lambda: bytearray(b"a").__delitem__(7), lambda: bytearray(b"a")["x"]]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
sieve = bytearray([1]) * 50
sieve[0:2] = b"\x00\x00"
for i in range(2, 8):
    if sieve[i]:
        sieve[i * i::i] = bytes(len(range(i * i, 50, i)))
print([i for i in range(50) if sieve[i]])
