#!/usr/bin/env python3
"""Compares krait's compiler with CPython 3.11's, code object by code object.

Dumps every code object of each file in a normalized form (no CACHE/PRECALL/EXTENDED_ARG;
jump direction dropped; jump targets as instruction indices; arguments resolved) from CPython
and from krait (`cargo run -p krait-compiler --example kdump`), and reports how many code
objects are identical, with the first differences.

Usage: python3 crates/krait-compiler/tools/cmp_cpython.py KDUMP_BINARY FILE... [--show N]
       python3 crates/krait-compiler/tools/cmp_cpython.py --dump ROOT < relative-paths
(the second form prints CPython's dumps only, for crates/krait-compiler/tests/codegen_vs_cpython.rs)
"""
import dis
import subprocess
import sys
import warnings

RENAME = {
    "POP_JUMP_FORWARD_IF_FALSE": "POP_JUMP_IF_FALSE",
    "POP_JUMP_BACKWARD_IF_FALSE": "POP_JUMP_IF_FALSE",
    "POP_JUMP_FORWARD_IF_TRUE": "POP_JUMP_IF_TRUE",
    "POP_JUMP_BACKWARD_IF_TRUE": "POP_JUMP_IF_TRUE",
    "POP_JUMP_FORWARD_IF_NONE": "POP_JUMP_IF_NONE",
    "POP_JUMP_BACKWARD_IF_NONE": "POP_JUMP_IF_NONE",
    "POP_JUMP_FORWARD_IF_NOT_NONE": "POP_JUMP_IF_NOT_NONE",
    "POP_JUMP_BACKWARD_IF_NOT_NONE": "POP_JUMP_IF_NOT_NONE",
    "JUMP_FORWARD": "JUMP",
    "JUMP_BACKWARD": "JUMP",
    "JUMP_BACKWARD_NO_INTERRUPT": "JUMP_NO_INTERRUPT",
}
SKIP = {"CACHE", "PRECALL", "EXTENDED_ARG"}
CMP = ["<", "<=", "==", "!=", ">", ">="]


def crepr(c):
    if hasattr(c, "co_code"):
        return f"<code {c.co_name}>"
    return repr(c)


def dump(co, out):
    out.append(
        f"code {co.co_qualname} stacksize={co.co_stacksize} flags={co.co_flags} "
        f"args={co.co_argcount}/{co.co_posonlyargcount}/{co.co_kwonlyargcount} "
        f"varnames={list(co.co_varnames)!r} cellvars={list(co.co_cellvars)!r} freevars={list(co.co_freevars)!r}"
        .replace("'", '"'))
    every = list(dis.get_instructions(co))
    ins = [i for i in every if i.opname not in SKIP]
    # A jump to a skipped instruction (PRECALL, EXTENDED_ARG) lands on the next kept one.
    kept = 0
    index = {}
    pending = []
    for i in every:
        pending.append(i.offset)
        if i.opname not in SKIP:
            for off in pending:
                index[off] = kept
            pending = []
            kept += 1
    for off in pending:
        index[off] = kept
    positions = list(co.co_positions())
    pos_line = "  positions" + "".join(
        " " + ",".join("-" if v is None else str(v) for v in positions[i.offset // 2]) for i in ins)
    for i in ins:
        name = RENAME.get(i.opname, i.opname)
        if i.opcode in dis.hasjrel or i.opcode in dis.hasjabs:
            a = f"->{index.get(i.argval, len(ins))}"
        elif i.opname == "LOAD_CONST" or i.opname == "KW_NAMES":
            a = crepr(co.co_consts[i.arg])
        elif i.opname == "LOAD_GLOBAL":
            a = i.argrepr
        elif i.opname == "COMPARE_OP":
            a = CMP[i.arg]
        elif i.opname == "BINARY_OP":
            a = i.argrepr
        elif i.opcode in dis.hasname or i.opcode in dis.haslocal or i.opcode in dis.hasfree:
            a = i.argval
        elif i.arg is None:
            a = ""
        else:
            a = str(i.arg)
        out.append(f"  {name} {a}")
    out.append(pos_line)
    for c in co.co_consts:
        if hasattr(c, "co_code"):
            dump(c, out)


def cpython(path):
    out = [f"file {path}"]
    try:
        co = compile(open(path, "rb").read(), path, "exec", dont_inherit=True)
    except (SyntaxError, ValueError) as e:
        out.append(f"error {type(e).__name__} {getattr(e, 'lineno', 0)}")
        return out
    dump(co, out)
    return out


def split_codes(lines):
    codes, cur = [], None
    for l in lines:
        if l.startswith("code "):
            cur = [l]
            codes.append(cur)
        elif cur is not None:
            cur.append(l)
    return codes


def main():
    warnings.simplefilter("ignore")
    args = sys.argv[1:]
    if args and args[0] == "--dump":
        root = args[1]
        for rel in sys.stdin.read().splitlines():
            lines = cpython(root + "/" + rel)
            lines[0] = f"file {rel}"
            print("\n".join(lines))
        return
    show = 3
    if "--show" in args:
        k = args.index("--show")
        show = int(args[k + 1])
        del args[k:k + 2]
    kbin, files = args[0], args[1:]
    same = same_pos = total = 0
    shown = 0
    for path in files:
        want = cpython(path)
        got = subprocess.run([kbin, path], capture_output=True).stdout.decode("utf-8", "replace").splitlines()
        for w, g in zip(split_codes(want), split_codes(got)):
            total += 1
            if [x.replace("'", '"') for x in w] == [x.replace("'", '"') for x in g]:
                same_pos += 1
            w = [x for x in w if not x.startswith("  positions")]
            g = [x for x in g if not x.startswith("  positions")]
            if [x.replace("'", '"') for x in w] == [x.replace("'", '"') for x in g]:
                same += 1
            elif shown < show:
                shown += 1
                print(f"--- {path}: {w[0]}")
                for k, (a, b) in enumerate(zip(w, g)):
                    if a.replace("'", '"') != b.replace("'", '"'):
                        print("\n".join(f"    {x}" for x in w[max(0, k - 3):k]))
                        print(f"  cpython: {a}\n  krait:   {b}")
                        break
                else:
                    print(f"  lengths differ: {len(w)} vs {len(g)}")
    print(f"{same}/{total} code objects identical ({same_pos} with identical positions too)")


if __name__ == "__main__":
    main()
