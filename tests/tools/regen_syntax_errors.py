#!/usr/bin/env python3
"""Regenerates tests/syntax_errors/parser/expected.json from CPython 3.11.

For every NAME.py in tests/syntax_errors/parser/ (programs we wrote, one parser-level error
each), records what CPython does:
  - `ast.parse(source_bytes)`: the exception type, msg, lineno, offset, end_lineno, end_offset
    and text (the source line CPython shows);
  - `python3 tests/syntax_errors/parser/NAME.py` run from the repository root: the exact stderr
    (with the repository's absolute path written as {ROOT}) and exit code, which `krait` must
    reproduce byte for byte (crates/krait/tests/cli_corpus.rs);
  - under "file", the attributes of the error that run raised (CPython's file tokenizer locates
    a few errors differently from `ast.parse`, e.g. end-of-file errors get offset 0).
A program that `ast.parse` accepts is an error in the corpus (its error belongs to the compiler's
corpus), so the script fails loudly on one.

Run from anywhere: python3 tests/tools/regen_syntax_errors.py
"""
import ast
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CORPUS = os.path.join("tests", "syntax_errors", "parser")


HOOK = """
import json, sys
def hook(t, v, tb):
    fields = ("msg", "lineno", "offset", "end_lineno", "end_offset", "text")
    out = {"type": t.__name__, **{k: getattr(v, k, None) for k in fields}}
    sys.stderr.write("\\n" + json.dumps(out) + "\\n")
sys.excepthook = hook
"""
HOOK_DIR = tempfile.mkdtemp(prefix="krait-regen-")
with open(os.path.join(HOOK_DIR, "sitecustomize.py"), "w") as f:
    f.write(HOOK)


def main():
    if sys.version_info[:2] != (3, 11) or sys.implementation.name != "cpython":
        sys.exit("run this with CPython 3.11")
    names = sorted(n for n in os.listdir(os.path.join(ROOT, CORPUS)) if n.endswith(".py"))
    expected, bad = {}, []
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    for name in names:
        rel = os.path.join(CORPUS, name)
        with open(os.path.join(ROOT, rel), "rb") as f:
            source = f.read()
        try:
            ast.parse(source, filename=rel)
        except SyntaxError as e:
            entry = {
                "type": type(e).__name__,
                "msg": e.msg,
                "lineno": e.lineno,
                "offset": e.offset,
                "end_lineno": e.end_lineno,
                "end_offset": e.end_offset,
                "text": e.text,
            }
        else:
            bad.append(name)
            continue
        run = subprocess.run([sys.executable, rel], cwd=ROOT, env=env, capture_output=True)
        # The same run with a sys.excepthook that reports the error's attributes: running a file
        # uses CPython's file tokenizer, whose locations differ from ast.parse's in a few cases
        # (e.g. errors at end of file get offset 0), and the printed report is built from these.
        hooked = subprocess.run([sys.executable, rel], cwd=ROOT, env=dict(env, PYTHONPATH=HOOK_DIR),
                                capture_output=True)
        attrs = json.loads(hooked.stderr.decode("utf-8", "surrogateescape").splitlines()[-1])
        entry["file"] = {k: v.replace(ROOT, "{ROOT}") if isinstance(v, str) else v for k, v in attrs.items()}
        entry["exit"] = run.returncode
        # CPython shows the script's absolute path; the clone's location is not part of the
        # expectation, so it is stored as {ROOT} (the test substitutes its own checkout).
        entry["stderr"] = run.stderr.decode("utf-8", "surrogateescape").replace(ROOT, "{ROOT}")
        expected[name] = entry
    if bad:
        sys.exit(f"ast.parse accepts these (not parser errors): {', '.join(bad)}")
    out = os.path.join(ROOT, CORPUS, "expected.json")
    with open(out, "w", encoding="utf-8") as f:
        json.dump(expected, f, indent=1, sort_keys=True, ensure_ascii=True)
        f.write("\n")
    kinds = {}
    for e in expected.values():
        kinds[e["type"]] = kinds.get(e["type"], 0) + 1
    print(f"wrote {out}: {len(expected)} programs {kinds}")


if __name__ == "__main__":
    main()
