#!/usr/bin/env python3
"""Compares krait's golden `dis` files (tests/dis/golden/) with CPython 3.11's `dis` of the same
programs, after removing the differences krait's instruction set makes on purpose
(docs/bytecode.md): no PRECALL or CACHE, absolute jumps, POP_JUMP_IF_* without FORWARD/BACKWARD,
offsets of 2 per instruction. What is compared, per code object and instruction: the line-start
column, the `>>` mark, the opname, the argument (jump targets and exception-table offsets as
instruction ordinals), the resolved argument, and the exception table.

Prints one line per program, `NAME ok` or `NAME differs: <first difference>`.
Run with CPython 3.11: python3 tests/dis/compare_cpython.py [NAME ...]
"""
import contextlib
import dis
import io
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LINE = re.compile(r"^(?P<lineno>[ \d]{3,}) {4}(?P<mark>>>|  ) +(?P<offset>\d+) (?P<opname>\S+)"
                  r"(?: +(?P<arg>\d+))?(?: \((?P<argrepr>.*)\))?$")
EXC = re.compile(r"^  (\d+) to (\d+) -> (\d+) \[(\d+)\]( lasti)?$")
# Not in krait's instruction set, or (EXTENDED_ARG) needed at other thresholds (8 vs 24 bits);
# a jump to one of these counts as a jump to the next instruction that is compared.
SKIP = {"PRECALL", "CACHE", "EXTENDED_ARG"}


def normalize(text):
    """The list of sections (code objects) as lists of comparable tuples."""
    sections, current, offsets = [], None, None

    def flush():
        if current is not None:
            sections.append(finish(current, offsets))

    for raw in text.splitlines():
        if raw.startswith("#") or not raw.strip():
            continue
        if raw.startswith("Disassembly of"):
            flush()
            current, offsets = [("code", raw)], {}
            continue
        if current is None:
            current, offsets = [("code", "<module>")], {}
        m = LINE.match(raw)
        if m:
            offsets[int(m["offset"])] = sum(1 for x in current if x[0] == "instr")
            if m["opname"] in SKIP:
                continue
            current.append(("instr", m["lineno"].strip(), m["mark"], m["opname"], m["arg"], m["argrepr"]))
            continue
        m = EXC.match(raw)
        if m:
            current.append(("exc", int(m[1]), int(m[2]), int(m[3]), m[4], bool(m[5])))
            continue
        if raw == "ExceptionTable:":
            continue
        current.append(("other", raw))
    flush()
    return sections


def finish(items, offsets):
    out = []
    for item in items:
        if item[0] == "instr":
            _, lineno, mark, opname, arg, argrepr = item
            opname = re.sub(r"POP_JUMP_(FORWARD|BACKWARD)_IF_", "POP_JUMP_IF_", opname)
            if argrepr and argrepr.startswith("to "):
                arg = "->%s" % offsets.get(int(argrepr[3:]), "?")
                argrepr = None
            out.append((lineno, mark, opname, arg, argrepr))
        elif item[0] == "exc":
            _, start, end, target, depth, lasti = item
            out.append(("exc", offsets.get(start), offsets.get(end), offsets.get(target), depth, lasti))
        else:
            out.append(item)
    return out


def cpython_dis(path, name):
    with open(path, "rb") as f:
        code = compile(f.read(), name, "exec", dont_inherit=True)
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        dis.dis(code)
    return re.sub(r" at 0x[0-9a-f]+", " at 0x…", buf.getvalue())


def first_difference(ours, theirs):
    for i, (a, b) in enumerate(zip(ours, theirs)):
        label = a[0][1]
        if a[0] != b[0]:
            return f"code object {i}: {label!r} vs {b[0][1]!r}"
        for j, (x, y) in enumerate(zip(a, b)):
            if x != y:
                return f"{label} item {j}: krait {x} / CPython {y}"
        if len(a) != len(b):
            return f"{label}: krait {len(a)} items / CPython {len(b)}"
    if len(ours) != len(theirs):
        return f"krait {len(ours)} code objects / CPython {len(theirs)}"
    return None


def main(names):
    assert sys.version_info[:2] == (3, 11), "the reference is CPython 3.11"
    programs = os.path.join(HERE, "programs")
    for name in sorted(os.listdir(programs)):
        stem = name[:-3]
        if not name.endswith(".py") or (names and stem not in names):
            continue
        golden = os.path.join(HERE, "golden", stem + ".dis")
        with open(golden, encoding="utf-8") as f:
            ours = normalize(f.read())
        theirs = normalize(cpython_dis(os.path.join(programs, name), name))
        diff = first_difference(ours, theirs)
        print(f"{stem} ok" if diff is None else f"{stem} differs: {diff}")


if __name__ == "__main__":
    if os.environ.get("PYTHONHASHSEED") != "0":
        os.environ["PYTHONHASHSEED"] = "0"
        os.execv(sys.executable, [sys.executable] + sys.argv)
    main(sys.argv[1:])
