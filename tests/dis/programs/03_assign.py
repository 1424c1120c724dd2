x = 1
y = z = x
x += 2
x -= 1
x *= 3
x //= 2
x **= 2
x %= 7
x <<= 1
x >>= 1
x &= 255
x |= 16
x ^= 3
x @= x
a: int = 5
b: "list[str]"
print(x, y, z, a)
