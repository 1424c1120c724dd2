#!/usr/bin/env python3
"""Times krait's parser and CPython's `ast.parse` over the same stdlib files and prints the ratio.

  python3 benches/compare_parse.py [--rounds N] [--criterion]

Both sides read every file first and report the best full pass (the machine is shared, so the
best is the least disturbed): the `parse_stdlib` example (benches/examples/parse_stdlib.rs, release build) for
krait, benches/cpython_parse.py under every CPython 3.11 found (`python3`, `/usr/bin/python3.11`,
`python3.11` on PATH) for CPython, all parsing the reference stdlib's files. The runs are
interleaved for N rounds (default 3) so that load changes hit both sides alike. The fastest
CPython is the baseline (issue 7). `--criterion` also runs the criterion benchmark
(`cargo bench -p krait-benches --bench parse`).
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import sysconfig

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def best_of(line):
    return float(re.search(r"best ([\d.]+) s", line).group(1)), int(re.search(r"(\d+) bytes", line).group(1))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--criterion", action="store_true")
    args = ap.parse_args()
    stdlib = os.environ.get("KRAIT_STDLIB") or sysconfig.get_paths()["stdlib"]
    env = dict(os.environ, KRAIT_STDLIB=stdlib)
    subprocess.run(["cargo", "build", "--release", "-p", "krait-benches", "--example", "parse_stdlib"],
                   cwd=ROOT, env=env, check=True)
    target = os.environ.get("CARGO_TARGET_DIR") or os.path.join(ROOT, "target")
    krait_exe = os.path.join(target, "release", "examples", "parse_stdlib")
    pythons = []
    for exe in [sys.executable, shutil.which("python3"), "/usr/bin/python3.11", shutil.which("python3.11")]:
        if not exe or not os.path.exists(exe):
            continue
        if os.path.realpath(exe) in [os.path.realpath(p) for p in pythons]:
            continue
        if subprocess.run([exe, "-c", "import sys; sys.exit(sys.version_info[:2] != (3, 11))"]).returncode == 0:
            pythons.append(exe)
    if not pythons:
        sys.exit("no CPython 3.11 found")
    best = {}
    total = None
    for r in range(args.rounds):
        line = subprocess.run([krait_exe, "--repeat", "3"], env=env, capture_output=True, text=True,
                              check=True).stdout.strip()
        print(f"round {r + 1}: {line}")
        t, total = best_of(line)
        best["krait"] = min(best.get("krait", t), t)
        for exe in pythons:
            line = subprocess.run([exe, os.path.join(ROOT, "benches", "cpython_parse.py"), "--stdlib", stdlib,
                                   "--repeat", "3"], capture_output=True, text=True, check=True).stdout.strip()
            print(f"round {r + 1}: {line}")
            t, _ = best_of(line)
            name = line.split(":")[0]
            best[name] = min(best.get(name, t), t)
    print()
    for name, t in best.items():
        print(f"{name}: best {t:.3f} s, {total / t / 1e6:.2f} MB/s")
    baseline = min((t, n) for n, t in best.items() if n != "krait")
    print(f"baseline (fastest CPython): {baseline[1]}")
    print(f"krait / fastest CPython parse speed: {baseline[0] / best['krait']:.2f}x")
    if args.criterion:
        subprocess.run(["cargo", "bench", "-p", "krait-benches", "--bench", "parse", "--", "--noplot"],
                       cwd=ROOT, env=env, check=True)


if __name__ == "__main__":
    main()
