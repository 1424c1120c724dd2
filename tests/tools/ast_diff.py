#!/usr/bin/env python3
"""Shows how krait's AST of a file differs from CPython's, as a unified diff of indented dumps.

  python3 tests/tools/ast_diff.py FILE [--attributes] [--krait PATH]

Runs `krait -X dump-ast[=attributes] FILE` (default: target/release/krait, else target/debug/krait,
else $KRAIT) and CPython's `ast.dump(ast.parse(FILE's bytes))`. Both dumps are valid Python
expressions over the `ast` classes, so krait's is evaluated back into a tree and both are printed
with `ast.dump(indent=1)` before diffing: the diff shows the differing node in context.
"""
import argparse
import ast
import difflib
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def find_krait():
    if os.environ.get("KRAIT"):
        return os.environ["KRAIT"]
    target = os.environ.get("CARGO_TARGET_DIR") or os.path.join(ROOT, "target")
    for profile in ("release", "debug"):
        exe = os.path.join(target, profile, "krait")
        if os.path.exists(exe):
            return exe
    sys.exit("no krait binary found: cargo build -p krait (or set KRAIT=path)")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("file")
    ap.add_argument("--attributes", action="store_true")
    ap.add_argument("--krait", default=None)
    args = ap.parse_args()
    with open(args.file, "rb") as f:
        source = f.read()
    theirs = ast.dump(ast.parse(source, filename=args.file), include_attributes=args.attributes)
    flag = "dump-ast=attributes" if args.attributes else "dump-ast"
    run = subprocess.run([args.krait or find_krait(), "-X", flag, args.file], capture_output=True)
    if run.returncode != 0:
        sys.stdout.write("krait failed:\n" + run.stderr.decode("utf-8", "replace"))
        return 1
    ours = run.stdout.decode("utf-8").rstrip("\n")
    if ours == theirs:
        print("identical")
        return 0
    try:
        names = {k: getattr(ast, k) for k in dir(ast)}
        names["Ellipsis"] = Ellipsis  # the constant, not the deprecated ast.Ellipsis class
        tree = eval(ours, names)
        ours_lines = ast.dump(tree, include_attributes=args.attributes, indent=1).splitlines()
    except Exception as e:  # krait's dump is not even well-formed: show the raw text
        print(f"krait's dump does not evaluate ({e}); raw first difference:")
        at = next((i for i, (a, b) in enumerate(zip(ours, theirs)) if a != b), min(len(ours), len(theirs)))
        print("krait:  ", ours[max(0, at - 200):at + 200])
        print("CPython:", theirs[max(0, at - 200):at + 200])
        return 1
    theirs_lines = ast.dump(ast.parse(source), include_attributes=args.attributes, indent=1).splitlines()
    diff = difflib.unified_diff(theirs_lines, ours_lines, "CPython", "krait", n=6, lineterm="")
    try:
        print("\n".join(diff))
    except BrokenPipeError:
        pass
    return 1


if __name__ == "__main__":
    sys.exit(main())
