#!/usr/bin/env python3
"""krait's pyperformance-subset runner: the benchmarks under krait, CPython 3.11 and PyPy (issue 7).

    python3 pyperformance-subset/bench.py run [--quick] [--processes N] [--only A,B]
        [--krait PATH] [--cpython PATH] [--pypy PATH|none] [--startup-only] [--no-startup]
        [--results DIR] [--timeout S] [--strict]
    python3 pyperformance-subset/bench.py calibrate [--only A,B] [--target S] [--write]
    python3 pyperformance-subset/bench.py report RESULTS.json

`run` fetches the benchmarks if needed (fetch.py), then runs each benchmark in N processes per
runtime, runtimes interleaved, and writes a JSON file and a Markdown report into the results
directory. A benchmark that fails on a runtime is reported as FAIL with the first line of its
error and the run goes on. Exit status: 0 when the harness worked (whatever failed under the
runtimes), 2 on a harness error (bad manifest, fetch failure, unreadable result lines, a
runtime missing), 1 with --strict when a benchmark failed under krait.

`calibrate` times one value of each benchmark under CPython and prints the loop count that
makes a value take --target seconds (default 1.0); --write puts them into manifest.toml.
`report` recomputes a saved run's summaries from its recorded processes and rewrites its JSON
and Markdown (after a change to the statistics or the tables).
"""

import argparse
import datetime
import json
import os
import platform
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import fetch  # noqa: E402
from kbench import manifest as manifest_mod  # noqa: E402
from kbench import process, report, stats  # noqa: E402

IMPLAUSIBLE_NOTE = (
    "The implausibility check compares every runtime with CPython 3.11: a warmed time more "
    "than %.0f× faster is flagged ⚠ and left out of the geometric means (a JIT may have removed "
    "work whose result is unused). krait has no JIT yet, so there is no interpreter-only run of "
    "krait to compare with; once there is, krait's check should use it.")
IMPORTS = "import re, json, random, copy, pickle, logging, dataclasses, math, itertools"


class HarnessError(Exception):
    """Something is wrong with the harness or its inputs, not with a runtime."""


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def default_krait():
    for base in (os.environ.get("CARGO_TARGET_DIR"), os.path.join(REPO, "target")):
        if base:
            path = os.path.join(base, "release", "krait")
            if os.path.exists(path):
                return path
    return None


def default_cpython():
    if os.path.exists("/usr/bin/python3.11"):
        return "/usr/bin/python3.11"
    return shutil.which("python3.11") or shutil.which("python3")


def version_of(exe):
    try:
        proc = subprocess.run([exe, "-VV"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                              text=True, timeout=60)
    except OSError as exc:
        raise HarnessError("cannot run %s: %s" % (exe, exc)) from None
    lines = [" ".join(line.split()) for line in proc.stdout.splitlines() if line.strip()]
    return " ".join(lines) if proc.returncode == 0 else "unknown (-VV failed)"


def find_runtimes(args):
    """{runtime: path} for the runtimes to measure; a runtime set to 'none' is left out."""
    wanted = {"cpython": args.cpython or default_cpython(),
              "pypy": args.pypy or shutil.which("pypy3"),
              "krait": args.krait or default_krait()}
    found, notes = {}, []
    for rt, path in wanted.items():
        if path == "none":
            notes.append("%s left out (--%s none)" % (report.LABELS[rt], rt))
            continue
        if not path:
            if rt == "pypy":
                notes.append("PyPy not found (pypy3 not on PATH): left out")
                continue
            raise HarnessError("no %s found; pass --%s PATH" % (report.LABELS[rt], rt))
        resolved = shutil.which(path) or path
        if not os.access(resolved, os.X_OK):
            raise HarnessError("%s %s is not an executable" % (report.LABELS[rt], path))
        found[rt] = os.path.abspath(resolved)
    if "cpython" not in found:
        raise HarnessError("CPython 3.11 is the baseline and cannot be left out")
    return found, notes


def machine():
    model = "?"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
        with open("/proc/meminfo") as f:
            mem_kib = int(f.readline().split()[1])
    except (OSError, ValueError, IndexError):
        mem_kib = 0
    load = os.getloadavg()
    return {"platform": platform.platform(), "cpu": model, "cores": os.cpu_count(),
            "mem_gib": round(mem_kib / 2 ** 20, 1), "loadavg_start": load,
            "summary": "%s, %s cores (%s), %.0f GiB RAM; load average %.1f at start"
            % (platform.system(), os.cpu_count(), model, mem_kib / 2 ** 20, load[0])}


def git_state():
    def git(*cmd):
        try:
            return subprocess.run(["git", "-C", REPO] + list(cmd), stdout=subprocess.PIPE,
                                  stderr=subprocess.DEVNULL, text=True).stdout.strip()
        except OSError:
            return ""
    return git("rev-parse", "HEAD") or "unknown", bool(git("status", "--porcelain"))


def plan(man, args):
    """The benchmarks to run and the loops/warmups/values of each, --quick applied."""
    benches = man.select(args.only.split(",")) if args.only else list(man.benchmarks)
    out = []
    for b in benches:
        if args.quick:
            out.append((b, 1, 0, 1))
        else:
            out.append((b, b.loops, b.warmups, b.values))
    return out


def run_benchmarks(man, bench_dir, runtimes, args, results):
    """Runs every planned benchmark; fills results["benchmarks"]. Returns harness errors."""
    errors = []
    todo = plan(man, args)
    order = [rt for rt in report.RUNTIMES if rt in runtimes]
    for i, (bench, loops, warmups, values) in enumerate(todo, 1):
        script = os.path.join(bench_dir, bench.directory, "run_benchmark.py")
        if not os.path.exists(script):
            raise HarnessError("%s is missing (cache damaged? remove it and rerun)" % script)
        runs = {rt: [] for rt in order}
        for p in range(args.processes):
            rotated = order[p % len(order):] + order[:p % len(order)]
            for rt in rotated:
                try:
                    rec = process.run_benchmark(runtimes[rt], script, bench.args, loops,
                                                warmups, values, bench.only, args.timeout)
                except process.ProtocolError as exc:
                    errors.append("%s under %s: %s" % (bench.name, rt, exc))
                    rec = {"ok": False, "error": "harness: %s" % exc, "maxrss_kib": None}
                runs[rt].append(rec)
                if rec["ok"]:
                    what = "cold %s s, warmed %s s" % (
                        report._secs(rec["cold"]), report._secs(stats.median(rec["values"])))
                else:
                    what = "FAIL: %s" % rec["error"]
                log("[%2d/%d] %-22s %d/%d %-8s %s, %s MiB" % (
                    i, len(todo), bench.name, p + 1, args.processes, rt, what,
                    report._mib(rec.get("maxrss_kib"))))
        summary = {rt: report.summarize_runs(runs[rt]) for rt in order}
        for rt in report.flag_implausible(summary):
            log("[%2d/%d] %-22s %s: warmed time implausibly small (dead code?), flagged"
                % (i, len(todo), bench.name, rt))
        results["benchmarks"][bench.name] = {
            "dir": bench.directory, "args": list(bench.args), "loops": loops,
            "warmups": warmups, "values": values, "runs": runs, "summary": summary}
    return errors


def run_startup(runtimes, args, results):
    """Start-up time (blocking waits) and peak RSS (sampled runs) of `-c pass` and the imports."""
    n_time, n_mem = (3, 2) if args.quick else (20, 5)
    order = [rt for rt in report.RUNTIMES if rt in runtimes]
    out = {}
    for case, code in (("pass", "pass"), ("imports", IMPORTS)):
        walls = {rt: [] for rt in order}
        rss = {rt: [] for rt in order}
        errs = {}
        for k in range(n_time + n_mem):
            for rt in order:
                proc = process.run([runtimes[rt], "-c", code], timeout=args.timeout,
                                   sample=k >= n_time)
                if proc["status"] != 0:
                    errs.setdefault(rt, process.first_error_line(proc["stderr"], proc["status"]))
                elif k < n_time:
                    walls[rt].append(proc["wall"])
                if k >= n_time and proc["maxrss_kib"]:
                    rss[rt].append(proc["maxrss_kib"])
        for rt in order:
            entry = {"maxrss_kib": max(rss[rt]) if rss[rt] else None}
            if rt in errs:
                entry.update(ok=False, error=errs[rt])
            else:
                entry.update(ok=True, wall=stats.summarize(walls[rt]))
            out.setdefault(rt, {})[case] = entry
            log("startup %-8s %-7s %s" % (rt, case, "FAIL: " + errs[rt] if rt in errs else
                                          "%.1f ms, %s MiB" % (1000 * entry["wall"]["median"],
                                                               report._mib(entry["maxrss_kib"]))))
    results["startup"] = out


def cmd_run(args):
    man = manifest_mod.load(args.manifest)
    runtimes, notes = find_runtimes(args)
    commit, dirty = git_state()
    now = datetime.datetime.now(datetime.timezone.utc)
    results = {
        "meta": {
            "date": now.strftime("%Y-%m-%d %H:%M"), "commit": commit, "dirty": dirty,
            "machine": machine(), "pyperformance": man.version, "quick": args.quick,
            "processes": args.processes, "command": " ".join(["python3", "bench.py"] + args.argv),
            "runtimes": {rt: {"path": p, "version": version_of(p)} for rt, p in runtimes.items()},
            "notes": notes + [IMPLAUSIBLE_NOTE % report.IMPLAUSIBLE_SPEEDUP],
        },
        "benchmarks": {},
    }
    for rt, info in results["meta"]["runtimes"].items():
        log("%-8s %s  (%s)" % (rt, info["path"], info["version"]))
    errors = []
    if not args.startup_only:
        bench_dir = fetch.fetch(man)
        errors = run_benchmarks(man, bench_dir, runtimes, args, results)
    if not args.no_startup:
        run_startup(runtimes, args, results)
    results["meta"]["machine"]["loadavg_end"] = os.getloadavg()
    results["geomean"] = {k: report.geomeans(results["benchmarks"], k)
                          for k in ("warmed", "cold")}
    results["harness_errors"] = errors
    out_dir = args.results or (os.path.join(fetch.cache_root(), "results") if args.quick
                               else os.path.join(HERE, "results"))
    os.makedirs(out_dir, exist_ok=True)
    base = os.path.join(out_dir, "%s-%s%s" % (now.strftime("%Y-%m-%dT%H%M"), commit[:9],
                                              "-quick" if args.quick else ""))
    print(write_report(results, base))
    log("results: %s.json and %s.md" % (base, base))
    if errors:
        for e in errors:
            log("harness error: %s" % e)
        return 2
    k_fail = [n for n, e in results["benchmarks"].items()
              if "krait" in e["summary"] and not e["summary"]["krait"].get("ok")]
    if args.strict and k_fail:
        log("--strict: %d benchmark(s) failed under krait" % len(k_fail))
        return 1
    return 0


def write_report(results, base):
    """Writes base.json and base.md; returns the Markdown."""
    with open(base + ".json", "w", encoding="utf-8") as f:
        json.dump(results, f, indent=1, ensure_ascii=False)
        f.write("\n")
    text = report.markdown(results)
    with open(base + ".md", "w", encoding="utf-8") as f:
        f.write(text)
    return text


def cmd_report(args):
    """Re-renders a saved run with the current summaries, flags and tables."""
    with open(args.results_json, encoding="utf-8") as f:
        results = json.load(f)
    report.resummarize(results)
    notes = results["meta"].setdefault("notes", [])
    notes[:] = [n for n in notes if not n.startswith("The implausibility check")]
    notes.append(IMPLAUSIBLE_NOTE % report.IMPLAUSIBLE_SPEEDUP)
    base = os.path.splitext(args.results_json)[0]
    print(write_report(results, base))
    log("rewrote %s.json and %s.md" % (base, base))
    return 0


def cmd_calibrate(args):
    man = manifest_mod.load(args.manifest)
    exe = args.cpython or default_cpython()
    bench_dir = fetch.fetch(man)
    benches = man.select(args.only.split(",")) if args.only else list(man.benchmarks)
    with open(args.manifest, encoding="utf-8") as f:
        text = f.read()
    for b in benches:
        script = os.path.join(bench_dir, b.directory, "run_benchmark.py")
        loops, per_loop = 1, None
        for _ in range(4):  # grow loops until one value is long enough to time well
            rec = process.run_benchmark(exe, script, b.args, loops, 1, 3, b.only, args.timeout)
            if not rec["ok"]:
                raise HarnessError("%s fails under %s: %s" % (b.name, exe, rec["error"]))
            per_loop = min(rec["values"]) / loops  # the least disturbed by other load
            if per_loop * loops >= 0.2 * args.target:
                break
            loops = max(loops + 1, int(0.5 * args.target / per_loop))
        best = max(1, round(args.target / per_loop))
        log("%-22s %.3g s per loop -> loops = %d (was %d)" % (b.name, per_loop, best, b.loops))
        text = manifest_mod.set_loops(text, b.name, best, per_loop)
    if args.write:
        manifest_mod.parse(text)
        with open(args.manifest, "w", encoding="utf-8") as f:
            f.write(text)
        log("wrote %s" % args.manifest)
    return 0


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--manifest", default=manifest_mod.DEFAULT_PATH)
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="run the subset and write the report")
    run.add_argument("--quick", action="store_true",
                     help="smoke test: one process, one loop, no warm-up, per benchmark")
    run.add_argument("--processes", type=int, default=3)
    run.add_argument("--only", default="", help="comma-separated benchmark names")
    run.add_argument("--krait", help="krait binary (default: target/release/krait); 'none'")
    run.add_argument("--cpython", help="CPython 3.11 (default: /usr/bin/python3.11)")
    run.add_argument("--pypy", help="PyPy (default: pypy3 on PATH); 'none' to leave out")
    run.add_argument("--startup-only", action="store_true")
    run.add_argument("--no-startup", action="store_true")
    run.add_argument("--results", help="results directory (default: pyperformance-subset/"
                     "results, or $KRAIT_CACHE/results for --quick)")
    run.add_argument("--timeout", type=float, default=600.0, help="seconds per process")
    run.add_argument("--strict", action="store_true",
                     help="exit 1 when a benchmark fails under krait")
    cal = sub.add_parser("calibrate", help="choose loop counts from CPython's times")
    cal.add_argument("--only", default="")
    cal.add_argument("--cpython")
    cal.add_argument("--target", type=float, default=1.0, help="seconds per value")
    cal.add_argument("--write", action="store_true", help="rewrite manifest.toml")
    cal.add_argument("--timeout", type=float, default=600.0)
    rep = sub.add_parser("report", help="re-render a saved run's JSON and Markdown")
    rep.add_argument("results_json")
    args = parser.parse_args(argv)
    args.argv = argv
    if args.command == "run" and args.processes < 1:
        parser.error("--processes must be at least 1")
    try:
        if args.command == "run":
            if args.quick:
                args.processes = 1
            return cmd_run(args)
        if args.command == "report":
            return cmd_report(args)
        return cmd_calibrate(args)
    except (HarnessError, manifest_mod.ManifestError, fetch.FetchError) as exc:
        log("bench: error: %s" % exc)
        return 2


if __name__ == "__main__":
    sys.exit(main())
