#!/usr/bin/env python3
"""Runs krait's parse benchmark and CPython's, over the same stdlib files, and prints the ratio.

  python3 benches/compare_parse.py

1. `cargo bench -p krait-benches --bench parse` (criterion; its estimate is read from
   $CARGO_TARGET_DIR/criterion/parse/stdlib/new/estimates.json);
2. benches/cpython_parse.py under every CPython 3.11 found (`python3`, `/usr/bin/python3.11`,
   `python3.11` on PATH), all parsing the reference stdlib's files; the fastest is the baseline;
3. prints MB/s for each and krait's speed relative to the fastest CPython (>1 means krait is
   faster).
"""
import json
import os
import re
import shutil
import subprocess
import sys
import sysconfig

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    stdlib = os.environ.get("KRAIT_STDLIB") or sysconfig.get_paths()["stdlib"]
    target = os.environ.get("CARGO_TARGET_DIR") or os.path.join(ROOT, "target")
    env = dict(os.environ, KRAIT_STDLIB=stdlib)
    subprocess.run(["cargo", "bench", "-p", "krait-benches", "--bench", "parse", "--", "--noplot"],
                   cwd=ROOT, env=env, check=True)
    with open(os.path.join(target, "criterion", "parse", "stdlib", "new", "estimates.json")) as f:
        krait_s = json.load(f)["mean"]["point_estimate"] / 1e9
    candidates = []
    for exe in [sys.executable, shutil.which("python3"), "/usr/bin/python3.11", shutil.which("python3.11")]:
        if exe and os.path.exists(exe) and os.path.realpath(exe) not in [os.path.realpath(c) for c in candidates]:
            candidates.append(exe)
    results = []
    total = None
    for exe in candidates:
        ok = subprocess.run([exe, "-c", "import sys; sys.exit(sys.version_info[:2] != (3, 11))"])
        if ok.returncode != 0:
            continue
        out = subprocess.run([exe, os.path.join(ROOT, "benches", "cpython_parse.py"), "--stdlib", stdlib],
                             capture_output=True, text=True, check=True).stdout.strip()
        print(out)
        total = int(re.search(r"(\d+) bytes", out).group(1))
        best = float(re.search(r"best ([\d.]+) s", out).group(1))
        results.append((best, out.split(":")[0]))
    if not results:
        sys.exit("no CPython 3.11 found")
    best_cpython, who = min(results)
    print(f"krait: {total} bytes, mean {krait_s:.3f} s, {total / krait_s / 1e6:.2f} MB/s")
    print(f"baseline {who}: {total / best_cpython / 1e6:.2f} MB/s")
    print(f"krait / fastest CPython speed ratio: {best_cpython / krait_s:.2f}x")


if __name__ == "__main__":
    main()
