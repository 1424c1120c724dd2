#!/usr/bin/env python3
"""Draws krait's and PyPy's speed relative to CPython 3.11 per benchmark as an SVG (issue 7).

    python3 pyperformance-subset/chart.py [RESULTS.json] [-o docs/pyperformance.svg] [--cold]

RESULTS.json defaults to the newest full run in pyperformance-subset/results/. The chart is drawn
with matplotlib, which is installed from PyPI into a virtual environment under the cache
($KRAIT_CACHE/venv, default ~/.cache/krait/venv) the first time, never into the repository:
when matplotlib is not importable this script re-runs itself under that environment.
"""

import argparse
import glob
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from kbench import report, stats  # noqa: E402

DEFAULT_OUT = os.path.join(os.path.dirname(HERE), "docs", "pyperformance.svg")
SERIES = (("pypy", "PyPy", "#4c72b0"), ("krait", "krait", "#dd8452"))


def venv_python():
    cache = os.environ.get("KRAIT_CACHE") or os.path.join(os.path.expanduser("~"), ".cache",
                                                          "krait")
    venv = os.path.join(cache, "venv")
    py = os.path.join(venv, "bin", "python")
    if not os.path.exists(py):
        subprocess.run([sys.executable, "-m", "venv", venv], check=True)
    probe = subprocess.run([py, "-c", "import matplotlib"], stderr=subprocess.DEVNULL)
    if probe.returncode != 0:
        subprocess.run([py, "-m", "pip", "install", "--disable-pip-version-check", "-q",
                        "matplotlib"], check=True)
    return py


def speedups(results, kind):
    """[(benchmark, {runtime: speed vs CPython, or "FAIL" / "implausible"})], in order."""
    rows = []
    for name, entry in results["benchmarks"].items():
        s = entry["summary"]
        base = s.get(report.BASELINE)
        row = {}
        for rt, _, _ in SERIES:
            mine = s.get(rt)
            if mine is None:
                continue
            ok = base and base.get("ok") and mine.get("ok") and not mine.get("implausible")
            if ok:
                row[rt] = stats.speedup(base[kind]["median"], mine[kind]["median"])
            else:
                row[rt] = "implausible" if mine.get("implausible") else "FAIL"
        rows.append((name, row))
    return rows


def draw(results, out, kind):
    import matplotlib
    matplotlib.use("agg")
    import matplotlib.pyplot as plt
    import matplotlib.ticker

    matplotlib.rcParams["svg.hashsalt"] = "krait"  # stable ids: the SVG diffs cleanly
    matplotlib.rcParams["svg.fonttype"] = "none"
    rows = speedups(results, kind)
    present = [s for s in SERIES if s[0] in results["meta"]["runtimes"]]
    height = 0.8 / max(1, len(present))
    fig, ax = plt.subplots(figsize=(9, 0.32 * len(rows) + 1.6))
    names = [name for name, _ in rows]
    for k, (rt, label, colour) in enumerate(present):
        ys = [i + (k - (len(present) - 1) / 2) * height for i in range(len(rows))]
        # Bars grow from 1.0 (CPython): to the right when faster, to the left when slower.
        widths = [(row[rt] - 1.0) if isinstance(row.get(rt), float) else 0.0 for _, row in rows]
        ax.barh(ys, widths, height=height, color=colour, label=label, left=1.0)
        for y, (_, row) in zip(ys, rows):
            if isinstance(row.get(rt), str):
                ax.text(1.0, y, " %s: %s" % (label, row[rt]), va="center", fontsize=7, color=colour)
    ax.axvline(1.0, color="black", linewidth=0.8)
    ax.set_yticks(range(len(rows)))
    ax.set_yticklabels(names, fontsize=8)
    ax.invert_yaxis()
    ax.set_xscale("log")
    ax.xaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda x, _: "%g×" % x))
    ax.set_xlabel("speed relative to CPython 3.11 (×, log scale; right of the line is faster)")
    meta = results["meta"]
    ax.set_title("pyperformance %s subset, %s, %s (commit %s)"
                 % (meta["pyperformance"], "warmed" if kind == "warmed" else "warm-up included",
                    meta["date"], meta["commit"][:9]), fontsize=9)
    ax.legend(loc="lower right", fontsize=8)
    ax.grid(axis="x", which="both", linewidth=0.3)
    fig.tight_layout()
    fmt = os.path.splitext(out)[1].lstrip(".") or "svg"
    fig.savefig(out, format=fmt, metadata={"Date": None} if fmt == "svg" else None, dpi=110)
    plt.close(fig)


def newest_results():
    files = sorted(glob.glob(os.path.join(HERE, "results", "*.json")))
    files = [f for f in files if not f.endswith("-quick.json")]
    if not files:
        raise SystemExit("chart: no results in %s; pass a results JSON file"
                         % os.path.join(HERE, "results"))
    return files[-1]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("results", nargs="?")
    parser.add_argument("-o", "--output", default=DEFAULT_OUT)
    parser.add_argument("--cold", action="store_true", help="chart the warm-up-included figures")
    args = parser.parse_args(argv)
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        py = venv_python()
        return subprocess.run([py, os.path.abspath(__file__)] + sys.argv[1:]).returncode
    path = args.results or newest_results()
    with open(path, encoding="utf-8") as f:
        results = json.load(f)
    draw(results, args.output, "cold" if args.cold else "warmed")
    print("chart: %s -> %s" % (path, args.output))
    return 0


if __name__ == "__main__":
    sys.exit(main())
