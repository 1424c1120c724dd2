#!/usr/bin/env python3
"""Import time of a large module tree, cold (no bytecode cache) versus warm (cached), under
krait and CPython 3.11 (issue 5's benchmark; results go in docs/performance.md).

Each run is a fresh process executing `import <modules>`. The bytecode cache is redirected with
PYTHONPYCACHEPREFIX to a directory this script owns, so the installed standard library's own
__pycache__ is never read or written: "cold" starts every run with an empty prefix directory
(everything is compiled, and the cache written), "warm" reuses one filled by a first run. The
interpreters run interleaved, round by round, so load changes on the machine hit both alike.

    python3 benches/import_time.py [--krait PATH] [--rounds N] [--modules json,email.parser]
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

DEFAULT_MODULES = "json,email.parser,email.message,email.policy"


def fastest_cpython():
    """Every distinct CPython 3.11 on the machine (the fastest is the baseline, as issue 7 says)."""
    found, seen = [], set()
    for exe in ("/usr/bin/python3.11", shutil.which("python3.11"), shutil.which("python3")):
        if exe and os.path.exists(exe) and os.path.realpath(exe) not in seen:
            seen.add(os.path.realpath(exe))
            out = subprocess.run([exe, "-c", "import sys; print(sys.version_info[:2] == (3, 11))"],
                                 capture_output=True, text=True)
            if out.stdout.strip() == "True":
                found.append(exe)
    return found


def run_once(exe, code, prefix):
    env = dict(os.environ)
    env["PYTHONPYCACHEPREFIX"] = prefix
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    start = time.perf_counter()
    proc = subprocess.run([exe, "-c", code], env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        first = (proc.stderr.strip().splitlines() or ["?"])[-1]
        raise RuntimeError(f"{exe}: {first}")
    return elapsed


def measure(exe, code, rounds, scratch):
    """(cold times, warm times) in seconds."""
    cold, warm = [], []
    warm_prefix = os.path.join(scratch, "warm-" + os.path.basename(exe))
    run_once(exe, code, warm_prefix)  # fills the warm cache
    for _ in range(rounds):
        cold_prefix = tempfile.mkdtemp(dir=scratch)
        cold.append(run_once(exe, code, cold_prefix))
        shutil.rmtree(cold_prefix, ignore_errors=True)
        warm.append(run_once(exe, code, warm_prefix))
    return cold, warm


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    default_krait = os.path.join(here, "..", "target", "release", "krait")
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--krait", default=default_krait)
    p.add_argument("--rounds", type=int, default=10)
    p.add_argument("--modules", default=DEFAULT_MODULES)
    args = p.parse_args()
    code = "import " + ", ".join(args.modules.split(","))
    runtimes = [("krait", os.path.abspath(args.krait))] + [
        ("CPython " + exe, exe) for exe in fastest_cpython()]
    scratch = tempfile.mkdtemp(prefix="krait-import-time-")
    results = {}
    try:
        for name, exe in runtimes:
            try:
                results[name] = measure(exe, code, args.rounds, scratch)
            except RuntimeError as e:
                results[name] = str(e)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    print(f"`{code}`, {args.rounds} rounds, median (min–max) in ms")
    print()
    print("| runtime | cold (no cache) | warm (cached) | cold / warm |")
    print("|---|---|---|---|")
    for name, r in results.items():
        if isinstance(r, str):
            print(f"| {name} | FAIL: {r} | | |")
            continue
        cold, warm = r
        fmt = lambda xs: f"{statistics.median(xs) * 1e3:.1f} ({min(xs) * 1e3:.1f}–{max(xs) * 1e3:.1f})"
        print(f"| {name} | {fmt(cold)} | {fmt(warm)} | "
              f"{statistics.median(cold) / statistics.median(warm):.2f}× |")


if __name__ == "__main__":
    sys.exit(main())
