# Bit manipulation algorithms: popcount, gray codes, bit reversal, subsets via bits, lowest set bit, xor tricks.
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print([popcount(n) for n in range(17)], all(popcount(n) == bin(n).count("1") == n.bit_count() for n in range(1000)))
gray = [n ^ (n >> 1) for n in range(16)]
print([f"{g:04b}" for g in gray])
def from_gray(g):
    n = 0
    while g:
        n ^= g
        g >>= 1
    return n
print([from_gray(g) for g in gray] == list(range(16)))
def reverse_bits(n, width=8):
    r = 0
    for _ in range(width):
        r = (r << 1) | (n & 1)
        n >>= 1
    return r
print([reverse_bits(n) for n in (1, 2, 3, 0b10110000, 255)], reverse_bits(1, 32), hex(reverse_bits(0x12345678, 32)))
items = ["a", "b", "c", "d"]
print([[items[i] for i in range(4) if mask >> i & 1] for mask in range(16) if popcount(mask) == 2])
print([n & -n for n in (12, 10, 7, 64, -8)], [(n & (n - 1)) == 0 for n in (1, 2, 3, 64, 96)], [(~n) & 0xF for n in range(4)])
nums = [4, 7, 2, 9, 7, 4, 2]
single = 0
for v in nums:
    single ^= v
print(single)
a, b = 1234, 5678
a ^= b; b ^= a; a ^= b
print(a, b)
def next_power_of_two(n):
    return 1 << (n - 1).bit_length() if n > 1 else 1
print([next_power_of_two(n) for n in (0, 1, 2, 3, 5, 17, 1000, 2**40 + 1)])
masks = [(1 << w) - 1 for w in (8, 16, 32, 64, 100)]
print([hex(m) for m in masks], [(-1) & m == m for m in masks], (-12345) & 0xFFFF, hex((-12345) & 0xFFFFFFFF))
