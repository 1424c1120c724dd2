# Shifts and bitwise ops on negative and big ints (two's complement, infinite sign extension).
for a in (0, 1, -1, 5, -5, 255, -256, 2**70, -2**70 + 3):
    print(a, a << 3, a >> 3, a >> 100, a & 0xFF, a | 0x0F, a ^ -1, ~a)
print(1 << 200, (1 << 200) >> 199, -1 >> 1, -2 >> 1, -3 >> 1)
print(0b1010 & 0b0110, 0b1010 | 0b0110, 0b1010 ^ 0b0110)
print(-12 & 10, -12 | 10, -12 ^ 10, -12 & -10)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1 >> -1
except ValueError as e:
    print("ValueError:", e)
for n in (0, 1, 7, 8, 255, 256, -1, -255, 2**100, 2**100 - 1):
    print(n, n.bit_length(), n.bit_count())
print(True << 4, True & 3, False | 8)
