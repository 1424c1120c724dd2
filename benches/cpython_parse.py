#!/usr/bin/env python3
"""Times CPython's `ast.parse` over the whole standard library: the same files, read the same
way (bytes, so PEP 263 applies), as krait's criterion benchmark benches/benches/parse.rs.

  python3 benches/cpython_parse.py [--repeat N] [--stdlib DIR]

Prints one line: `cpython <version> <executable>: <files> files, <bytes> bytes, best <s> s,
<MB/s> MB/s` (MB = 10^6 bytes), the best of N full passes (default 5). The stdlib directory
defaults to $KRAIT_STDLIB, else this interpreter's own; pass --stdlib to time one interpreter on
another's files (benches/compare_parse.py does, so every interpreter parses the same bytes).
"""
import argparse
import ast
import gc
import os
import sys
import sysconfig
import time


def files(stdlib):
    out = []
    for dirpath, dirnames, filenames in os.walk(stdlib):
        dirnames[:] = sorted(d for d in dirnames if d not in ("site-packages", "__pycache__"))
        out.extend(os.path.join(dirpath, n) for n in filenames if n.endswith(".py"))
    return sorted(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--stdlib", default=os.environ.get("KRAIT_STDLIB") or sysconfig.get_paths()["stdlib"])
    args = ap.parse_args()
    sources = []
    for path in files(args.stdlib):
        with open(path, "rb") as f:
            sources.append((path, f.read()))
    total = sum(len(s) for _, s in sources)
    best = float("inf")
    rejected = 0
    gc.disable()
    for _ in range(args.repeat):
        rejected = 0
        start = time.perf_counter()
        for path, src in sources:
            try:
                ast.parse(src, filename=path)
            except (SyntaxError, ValueError):
                rejected += 1
        best = min(best, time.perf_counter() - start)
        gc.collect()
    print(
        f"cpython {sys.version.split()[0]} {sys.executable}: {len(sources)} files, {total} bytes, "
        f"{rejected} rejected, best {best:.3f} s, {total / best / 1e6:.2f} MB/s"
    )


if __name__ == "__main__":
    main()
