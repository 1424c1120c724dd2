# int.to_bytes / int.from_bytes with byteorder and signed.
for n in (0, 1, 255, 256, 65535, 2**31 - 1, 2**40 + 5):
    b = n.to_bytes(8, "big")
    l = n.to_bytes(8, "little")
    print(n, b, l, int.from_bytes(b, "big"), int.from_bytes(l, "little"))
for n in (-1, -128, -129, 127, -2**31):
    b = n.to_bytes(5, "big", signed=True)
    print(n, b, int.from_bytes(b, "big", signed=True), int.from_bytes(b, "big"))
print(int.from_bytes(b"\x01\x02\x03", "big"), int.from_bytes(b"\x01\x02\x03", "little"))
print(int.from_bytes([255, 0], "little"), int.from_bytes(b"", "big"))
print((1024).to_bytes(2, byteorder="big"), (5).to_bytes(1, "little"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
try:
    (1).to_bytes(1, "middle")
except ValueError as e:
    print("ValueError:", e)
print((0).to_bytes(0, "big"), (10).to_bytes(), int.from_bytes(b"\xff"))
