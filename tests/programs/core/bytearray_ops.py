# bytearray: mutation, slicing assignment, methods.
ba = bytearray(b"hello")
print(ba, len(ba), ba[0], ba[-1])
ba[0] = 72
ba.append(33)
ba.extend(b" world")
ba += b"!!"
print(ba)
ba[1:3] = b"EEE"
print(ba)
del ba[0]
del ba[::3]
print(ba)
ba.insert(0, 65)
ba.insert(100, 90)
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(ord("!"))
ba.reverse()
print(ba, ba.count(b"E"), ba.find(b"E"), ba.index(b"o"))
print(bytearray(3), bytearray([1, 2, 3]), bytearray("é", "utf-8"), bytearray(b"abc") == b"abc", bytearray(b"x") + b"y")
x = bytearray(b"abcdef")
x[::2] = b"XYZ"
print(x, x.upper(), x.decode(), bytes(x), x * 2, x.hex())
try:
    x[::2] = b"AB"
except ValueError as e:
    print("ValueError:", e)
try:
    x[0] = 300
except ValueError as e:
    print("ValueError:", e)
try:
    bytearray().pop()
except IndexError as e:
    print("IndexError:", e)
y = bytearray(b"aaa")
y.clear()
print(y, len(y), bytearray(b"x").copy(), bytearray(b"ab").replace(b"a", b"c"), x.split(b"Y"))
m = memoryview(b"abcdef")
print(m[0], m[1:3].tobytes(), bytes(m[::2]), len(m), m.tolist()[:3], m.readonly, m.nbytes)
mb = memoryview(bytearray(b"12345"))
mb[0] = 57
print(mb.tobytes(), mb.obj)
