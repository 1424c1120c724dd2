# chr/ord round trips across ranges, categories of characters by str predicates, and a small ASCII table.
for lo in range(32, 127, 16):
    print(" ".join(f"{i:3d}:{chr(i)!s}" for i in range(lo, min(lo + 16, 127))))
print(all(ord(chr(i)) == i for i in range(0, 0x110000, 997)))
interesting = [0x00, 0x0A, 0x20, 0x41, 0x5F, 0x7F, 0xA0, 0xAD, 0xB2, 0xBD, 0xDF, 0x130, 0x1C5, 0x2028, 0x3000, 0x4E00, 0xFF10, 0x1D7CE, 0x1F600]
for cp in interesting:
    c = chr(cp)
    print(f"U+{cp:04X}", repr(c), c.isalpha(), c.isdigit(), c.isdecimal(), c.isnumeric(), c.isspace(), c.isprintable(), c.isupper(), c.islower(), c.isidentifier())
print([hex(ord(c)) for c in "Aé中😀"], chr(ord("a") + 25), "".join(chr(ord(c) ^ 32) for c in "Hello"))
