#!/usr/bin/env python3
"""Writes tests/parser/repr_cases.txt: values and CPython 3.11's repr() of them, for the unit
tests of krait's `ast.dump` (crates/krait-parser/tests/dump_repr.rs).

Line format (tab-separated; repr never holds a tab or newline, it escapes them):
  float   <16 hex digits of the IEEE bits>   <repr>
  complex <hex bits of real> <hex bits of imag> <repr>
  str     <code points as hex, comma-separated, or empty> <repr>
  bytes   <hex of the bytes, or empty> <repr>
  int     <decimal> <repr>
The values are fixed edge cases plus a seeded random sample (deterministic output).
Run: python3 tests/tools/regen_repr_cases.py
"""
import os
import random
import struct
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "tests", "parser", "repr_cases.txt")


def bits(x):
    return struct.pack(">d", x).hex()


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("run this with CPython 3.11")
    rng = random.Random(311)
    lines = []
    floats = [0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1.5, 1e16, 1e15, 9999999999999998.0, 1e-4, 1e-5,
              1.5e-5, 123456789012345678.0, 1e22, 1e23, 1.7976931348623157e308, 5e-324,
              2.2250738585072014e-308, float("inf"), float("-inf"), float("nan"), 3.141592653589793,
              100.0, 1234.5678, 0.001, 0.0001, 0.00012345, 1e100, 1e-100, 2.0**53, 2.0**63]
    for _ in range(400):
        floats.append(struct.unpack(">d", rng.getrandbits(64).to_bytes(8, "big"))[0])
    for _ in range(200):
        floats.append(rng.uniform(-1e6, 1e6) * 10.0 ** rng.randint(-30, 30))
    for _ in range(100):
        floats.append(float(rng.randint(0, 10**rng.randint(1, 25))))
    for x in floats:
        lines.append(f"float\t{bits(x)}\t{x!r}")
    parts = [0.0, -0.0, 1.0, -2.5, 1e16, 1e-5, float("inf"), float("-inf"), float("nan"), 3.0, 0.1]
    for re in parts:
        for im in parts:
            lines.append(f"complex\t{bits(re)}\t{bits(im)}\t{complex(re, im)!r}")
    strings = ["", "a", "'", '"', "'\"", "it's", 'say "hi"', "\\", "\t\n\r\x00\x07\x1f\x7f\x80\x9f\xa0\xad",
               "caf\u00e9", "\u2028\u2029\u200b\ufeff\ufffe\uffff", "\U0001f600\U000e0001\U0010ffff",
               "\ud800", "\udfff\ud83d", "\u0378\u0377\u3000\u00a0 ", "\x85\u061c\u180e"]
    for _ in range(600):
        n = rng.randint(1, 6)
        cps = []
        for _ in range(n):
            plane = rng.choice([0x80, 0x800, 0x3000, 0x10000, 0x20000, 0x110000])
            cps.append(rng.randrange(0, plane))
        strings.append("".join(map(chr, cps)))
    for cp in range(0, 0x3000, 7):
        strings.append(chr(cp))
    for s in strings:
        cps = ",".join(f"{ord(c):x}" for c in s)
        lines.append(f"str\t{cps}\t{s!r}")
    blobs = [b"", b"'", b'"', b"'\"", b"\\", bytes(range(256))]
    for _ in range(50):
        blobs.append(bytes(rng.randrange(256) for _ in range(rng.randint(1, 12))))
    for b in blobs:
        lines.append(f"bytes\t{b.hex()}\t{b!r}")
    for i in [0, 1, -1, 2**63, 10**50, -(10**40) - 7]:
        lines.append(f"int\t{i}\t{i!r}")
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"wrote {OUT}: {len(lines)} cases")


if __name__ == "__main__":
    main()
