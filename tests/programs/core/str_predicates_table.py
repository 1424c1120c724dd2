# str predicate results for ranges of code points (CPython 3.11.7 uses Unicode 14.0), as counts per predicate.
import sys
checks = [str.isalpha, str.isdigit, str.isdecimal, str.isnumeric, str.isalnum, str.isspace, str.isupper, str.islower,
          str.istitle, str.isprintable, str.isidentifier, str.isascii]
ranges = [(0x20, 0x7F), (0xA0, 0x100), (0x370, 0x3A0), (0x660, 0x66A), (0x2000, 0x2010), (0x2160, 0x2170), (0xFF10, 0xFF1A)]
for lo, hi in ranges:
    counts = [sum(1 for cp in range(lo, hi) if f(chr(cp))) for f in checks]
    print(f"U+{lo:04X}-U+{hi - 1:04X}", counts)
print([f.__name__ for f in checks])
print(sum(1 for cp in range(0x10000) if chr(cp).isalpha()), sum(1 for cp in range(0x10000) if chr(cp).isdigit()),
      sum(1 for cp in range(0x10000) if chr(cp).isspace()), sum(1 for cp in range(0x10000) if chr(cp).isupper()))
print(sys.maxunicode, len(chr(sys.maxunicode)), chr(0x10FFFF).isprintable(), "\U000E0041".isprintable())
