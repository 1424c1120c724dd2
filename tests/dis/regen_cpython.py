#!/usr/bin/env python3
"""Writes tests/dis/cpython/NAME.dis: CPython 3.11's own `dis` of each tests/dis/programs/NAME.py,
compiled with the same file name krait uses (code-object addresses shown as 0x…).

These are the reference the golden krait files (tests/dis/golden/) are compared with by
crates/krait-bytecode/tests/dis_vs_cpython.rs. Run with CPython 3.11: python3 tests/dis/regen_cpython.py
"""
import contextlib
import dis
import io
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    assert sys.version_info[:2] == (3, 11), "the reference is CPython 3.11"
    out_dir = os.path.join(HERE, "cpython")
    os.makedirs(out_dir, exist_ok=True)
    programs = os.path.join(HERE, "programs")
    for name in sorted(os.listdir(programs)):
        if not name.endswith(".py"):
            continue
        with open(os.path.join(programs, name), "rb") as f:
            code = compile(f.read(), name, "exec", dont_inherit=True)
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf):
            dis.dis(code)
        text = re.sub(r" at 0x[0-9a-f]+", " at 0x…", buf.getvalue())
        header = (f"# CPython 3.11 dis of tests/dis/programs/{name} (addresses shown as 0x…).\n"
                  "# Regenerate: python3 tests/dis/regen_cpython.py\n")
        with open(os.path.join(out_dir, name[:-3] + ".dis"), "w", encoding="utf-8") as f:
            f.write(header + text)


if __name__ == "__main__":
    if os.environ.get("PYTHONHASHSEED") != "0":  # frozenset constants print in hash order
        os.environ["PYTHONHASHSEED"] = "0"
        os.execv(sys.executable, [sys.executable] + sys.argv)
    main()
