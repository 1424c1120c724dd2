#!/usr/bin/env python3
"""CPython's side of krait's stdlib parser test (crates/krait-parser/tests/stdlib_ast.rs).

  cpython_ast_cache.py cache STDLIB OUT   parse every .py file under STDLIB (site-packages
                                          excluded) with ast.parse and write one line per file to OUT
  cpython_ast_cache.py dump FILE [attrs]  print ast.dump(ast.parse(FILE's bytes)) (for diffs)

Cache lines, tab-separated, sorted by path (relative to STDLIB, '/'-separated):
  PATH  OK   LEN  CRC32  ALEN  ACRC32   -- UTF-8 length and zlib.crc32 of ast.dump(tree) and of
                                           ast.dump(tree, include_attributes=True)
  PATH  ERR  EXCTYPE  LINENO           -- ast.parse raised (LINENO is 0 when the error has none)
The first line is a header: '# krait-stdlib-ast-cache v1 <sys.version> <STDLIB>'.
The source is passed as bytes, so PEP 263 cookies and BOMs are honoured as by `python3 FILE`.
"""
import ast
import multiprocessing
import os
import sys
import zlib


def files(stdlib):
    out = []
    for dirpath, dirnames, filenames in os.walk(stdlib):
        dirnames[:] = sorted(d for d in dirnames if d not in ("site-packages", "__pycache__"))
        for name in filenames:
            if name.endswith(".py"):
                full = os.path.join(dirpath, name)
                out.append(os.path.relpath(full, stdlib).replace(os.sep, "/"))
    return sorted(out)


def parse(path):
    with open(path, "rb") as f:
        source = f.read()
    return ast.parse(source, filename=path)


def one(args):
    stdlib, rel = args
    try:
        tree = parse(os.path.join(stdlib, rel))
    except (SyntaxError, ValueError, UnicodeError, MemoryError, RecursionError) as e:
        lineno = getattr(e, "lineno", None) or 0
        return f"{rel}\tERR\t{type(e).__name__}\t{lineno}"
    plain = ast.dump(tree).encode("utf-8")
    attrs = ast.dump(tree, include_attributes=True).encode("utf-8")
    return f"{rel}\tOK\t{len(plain)}\t{zlib.crc32(plain)}\t{len(attrs)}\t{zlib.crc32(attrs)}"


def main():
    sys.setrecursionlimit(100_000)
    if len(sys.argv) == 4 and sys.argv[1] == "cache":
        stdlib, out = sys.argv[2], sys.argv[3]
        jobs = [(stdlib, rel) for rel in files(stdlib)]
        with multiprocessing.Pool(os.cpu_count() or 2) as pool:
            lines = pool.map(one, jobs, chunksize=8)
        tmp = out + ".tmp"
        with open(tmp, "w", encoding="utf-8") as f:
            f.write(f"# krait-stdlib-ast-cache v1 {sys.version.split()[0]} {stdlib}\n")
            f.write("\n".join(lines) + "\n")
        os.replace(tmp, out)
    elif len(sys.argv) in (3, 4) and sys.argv[1] == "dump":
        tree = parse(sys.argv[2])
        sys.stdout.write(ast.dump(tree, include_attributes=len(sys.argv) == 4))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
