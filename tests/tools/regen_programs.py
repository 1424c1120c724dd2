#!/usr/bin/env python3
"""Regenerates, checks, and runs the differential program corpus in tests/programs/.

Every tests/programs/<category>/<name>.py is a program we wrote that uses only builtins and
`sys`. Its expected behaviour is what CPython 3.11 does with it, recorded beside it:
  <name>.stdout  the exact bytes written to stdout;
  <name>.stderr  the exact bytes written to stderr, with the program's absolute directory
                 replaced by the literal `{dir}` (so tracebacks do not depend on the checkout);
  <name>.status  the exit status, as a decimal number and a newline; a process killed by
                 signal N (e.g. an uncaught KeyboardInterrupt re-raises SIGINT) records 128+N,
                 as a shell would report it.

Each program runs with cwd = its own directory, given by absolute path, stdin from /dev/null,
PYTHONHASHSEED=0 and every other PYTHON* variable removed from the environment.

Usage (from anywhere):
  python3 tests/tools/regen_programs.py                 # regenerate all expectations
  python3 tests/tools/regen_programs.py --check         # report missing/stale expectations
  python3 tests/tools/regen_programs.py --krait PATH    # run under PATH, diff against them
Options: a list of FILTER substrings selects programs whose path (relative to tests/programs)
contains any of them; -j N runs N programs at a time; --diff prints a unified diff for each
failure in --krait mode; --timeout S bounds each run (default 10 s, 60 s with --krait).
Regeneration and --check must run under CPython 3.11 (the script refuses otherwise).
"""
import argparse
import concurrent.futures
import difflib
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CORPUS = os.path.join(ROOT, "tests", "programs")
SUFFIXES = (".stdout", ".stderr", ".status")


def find_programs(filters):
    """Absolute paths of every corpus program, sorted, restricted by the filter substrings."""
    found = []
    for dirpath, dirnames, filenames in os.walk(CORPUS):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith((".", "__")))
        for name in filenames:
            if name.endswith(".py"):
                found.append(os.path.join(dirpath, name))
    found.sort()
    if filters:
        found = [p for p in found if any(f in os.path.relpath(p, CORPUS) for f in filters)]
    return found


def child_env():
    """The environment every program runs in: ours minus PYTHON*, plus PYTHONHASHSEED=0."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONHASHSEED"] = "0"
    return env


def run_program(interpreter, path, timeout):
    """Runs one program; returns (stdout bytes, normalised stderr bytes, status int, problem).

    `problem` is None for a run that finished; otherwise it says why there is no result (the
    run exceeded `timeout` seconds and was killed, or the interpreter could not be started),
    and the other fields are empty.
    """
    directory = os.path.dirname(path)
    try:
        with open(os.devnull, "rb") as devnull:
            proc = subprocess.run(
                [interpreter, path],
                cwd=directory,
                env=child_env(),
                stdin=devnull,
                capture_output=True,
                timeout=timeout,
            )
    except subprocess.TimeoutExpired:
        return b"", b"", 0, f"timed out after {timeout} s"
    except OSError as e:
        return b"", b"", 0, f"could not start: {e}"
    stderr = proc.stderr.replace(directory.encode(), b"{dir}")
    status = proc.returncode if proc.returncode >= 0 else 128 - proc.returncode
    return proc.stdout, stderr, status, None


def expected_of(path):
    """The recorded (stdout, stderr, status) of a program, or None if any file is missing."""
    base = path[:-3]
    try:
        with open(base + ".stdout", "rb") as f:
            out = f.read()
        with open(base + ".stderr", "rb") as f:
            err = f.read()
        with open(base + ".status", "rb") as f:
            status = int(f.read().decode().strip())
    except (OSError, ValueError):
        return None
    return out, err, status


def stale_files(programs_all):
    """Expectation files whose program no longer exists."""
    bases = {p[:-3] for p in programs_all}
    stale = []
    for dirpath, _, filenames in os.walk(CORPUS):
        for name in filenames:
            for suffix in SUFFIXES:
                if name.endswith(suffix):
                    full = os.path.join(dirpath, name)
                    if full[: -len(suffix)] not in bases:
                        stale.append(full)
    return sorted(stale)


def require_cpython_311():
    if sys.implementation.name != "cpython" or sys.version_info[:2] != (3, 11):
        sys.exit(f"regen_programs.py: run this with CPython 3.11 (this is {sys.version.split()[0]} "
                 f"of {sys.implementation.name})")


def run_all(interpreter, programs, jobs, timeout):
    """Runs every program; returns a list of (path, result) in the programs' order."""
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        results = list(pool.map(lambda p: run_program(interpreter, p, timeout), programs))
    return list(zip(programs, results))


def regen(args):
    require_cpython_311()
    programs = find_programs(args.filters)
    wrote = 0
    for path, (out, err, status, problem) in run_all(sys.executable, programs, args.jobs, args.timeout):
        if problem:
            sys.exit(f"{os.path.relpath(path, CORPUS)}: {problem}")
        if expected_of(path) != (out, err, status):
            wrote += 1
        base = path[:-3]
        for suffix, data in ((".stdout", out), (".stderr", err), (".status", b"%d\n" % status)):
            with open(base + suffix, "wb") as f:
                f.write(data)
    removed = stale_files(find_programs([]))
    for f in removed:
        os.remove(f)
    print(f"{len(programs)} programs run, {wrote} changed, {len(removed)} stale files removed")


def check(args):
    require_cpython_311()
    programs = find_programs(args.filters)
    problems = 0
    for path, (out, err, status, problem) in run_all(sys.executable, programs, args.jobs, args.timeout):
        rel = os.path.relpath(path, CORPUS)
        expected = expected_of(path)
        actual = (out, err, status)
        if problem:
            print(f"ERROR    {rel} ({problem})")
            problems += 1
        elif expected is None:
            print(f"MISSING  {rel}")
            problems += 1
        elif expected != actual:
            print(f"STALE    {rel}")
            problems += 1
    for f in stale_files(find_programs([])):
        print(f"ORPHAN   {os.path.relpath(f, CORPUS)}")
        problems += 1
    print(f"{len(programs)} programs checked, {problems} problems")
    return 1 if problems else 0


def show_diff(name, expected, actual):
    lines = difflib.unified_diff(
        expected.decode("utf-8", "replace").splitlines(keepends=True),
        actual.decode("utf-8", "replace").splitlines(keepends=True),
        f"expected {name}",
        f"actual {name}",
    )
    for line in lines:
        sys.stdout.write(line if line.endswith("\n") else line + "\n")


def krait(args):
    interpreter = os.path.abspath(args.krait)
    programs = find_programs(args.filters)
    passed = failed = 0
    for path, (out, err, status, problem) in run_all(interpreter, programs, args.jobs, args.timeout):
        rel = os.path.relpath(path, CORPUS)
        expected = expected_of(path)
        if problem:
            print(f"FAIL {rel} ({problem})")
            failed += 1
            continue
        if expected is None:
            print(f"FAIL {rel} (no expectations: run regen_programs.py)")
            failed += 1
            continue
        e_out, e_err, e_status = expected
        wrong = []
        if out != e_out:
            wrong.append("stdout")
        if err != e_err:
            wrong.append("stderr")
        if status != e_status:
            wrong.append(f"status {status} != {e_status}")
        if not wrong:
            print(f"PASS {rel}")
            passed += 1
            continue
        print(f"FAIL {rel} ({', '.join(wrong)})")
        failed += 1
        if args.diff:
            if out != e_out:
                show_diff("stdout", e_out, out)
            if err != e_err:
                show_diff("stderr", e_err, err)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("filters", nargs="*", help="run only programs whose path contains one")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true", help="report missing/stale expectations")
    mode.add_argument("--krait", metavar="PATH", help="run under this interpreter and compare")
    parser.add_argument("--diff", action="store_true", help="with --krait: show diffs")
    parser.add_argument("-j", "--jobs", type=int, default=1, help="programs run at a time")
    parser.add_argument("--timeout", type=int, help="seconds per program")
    args = parser.parse_args()
    if args.timeout is None:
        args.timeout = 60 if args.krait else 10
    if args.check:
        return check(args)
    if args.krait:
        return krait(args)
    regen(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
