"""Turns a run's results into summaries, geometric means and the Markdown report."""

from . import stats

# Display order and names of the runtimes; CPython is the baseline of every ratio.
RUNTIMES = ("cpython", "pypy", "krait")
LABELS = {"cpython": "CPython 3.11", "pypy": "PyPy", "krait": "krait"}
BASELINE = "cpython"

# A krait time this many times faster than CPython's is not believed: an interpreter cannot do
# it, so the benchmark's work was probably removed as dead code (see README.md).
IMPLAUSIBLE_SPEEDUP = 50.0


def summarize_runs(runs):
    """Per-runtime summary of a benchmark's process records (one record per process)."""
    ok = [r for r in runs if r.get("ok")]
    failed = [r for r in runs if not r.get("ok")]
    rss = [r["maxrss_kib"] for r in runs if r.get("maxrss_kib")]
    out = {"processes": len(runs), "failed": len(failed),
           "maxrss_kib": max(rss) if rss else None}
    if failed or not ok:
        out["ok"] = False
        out["error"] = failed[0]["error"] if failed else "not run"
        return out
    warmed = [v for r in ok for v in r["values"]]
    out["ok"] = True
    out["warmed"] = stats.summarize(warmed)
    out["cold"] = stats.summarize([r["cold"] for r in ok])
    return out


def flag_implausible(summary, factor=IMPLAUSIBLE_SPEEDUP):
    """Marks each runtime whose warmed time is implausibly small next to CPython's.

    A JIT can delete work whose result the benchmark never uses; such a time says nothing about
    speed. Until krait has a JIT and a switch to run without it, the check compares every runtime
    with CPython 3.11: more than `factor` times faster is flagged (and left out of the geometric
    mean). For krait it should then compare with krait's own interpreter (issue 7). Returns the
    flagged runtimes.
    """
    base = summary.get(BASELINE)
    flagged = []
    if not (base and base.get("ok")):
        return flagged
    for rt, s in summary.items():
        if rt == BASELINE or not s.get("ok"):
            continue
        ratio = stats.speedup(base["warmed"]["median"], s["warmed"]["median"])
        s["implausible"] = bool(ratio is not None and ratio > factor)
        if s["implausible"]:
            flagged.append(rt)
    return flagged


def resummarize(results):
    """Recomputes every summary, flag and geometric mean from the recorded process runs."""
    for entry in results["benchmarks"].values():
        entry["summary"] = {rt: summarize_runs(runs) for rt, runs in entry["runs"].items()}
        flag_implausible(entry["summary"])
    results["geomean"] = {k: geomeans(results["benchmarks"], k) for k in ("warmed", "cold")}
    return results


def geomeans(benchmarks, kind):
    """Geometric mean of each runtime's speed relative to CPython, over benchmarks where both ran.

    `kind` is "warmed" or "cold". Returns {runtime: {"speedup": x or None, "n": count}}.
    """
    out = {}
    for rt in RUNTIMES:
        ratios = []
        for entry in benchmarks.values():
            s = entry.get("summary", {})
            base, mine = s.get(BASELINE), s.get(rt)
            if base and mine and base.get("ok") and mine.get("ok") and not mine.get("implausible"):
                ratios.append(stats.speedup(base[kind]["median"], mine[kind]["median"]))
        out[rt] = {"speedup": stats.geomean(ratios), "n": len(ratios)}
    return out


def _secs(x):
    """Seconds with three significant digits (at least three decimals)."""
    return "%.3f" % x if x >= 0.1 else "%.3g" % x


def _mib(kib):
    return "%.0f" % (kib / 1024.0) if kib else "?"


def _cell(summary, rt, kind):
    s = summary.get(rt)
    if s is None:
        return "—"
    if not s.get("ok"):
        return "FAIL"
    text = "%s ±%.0f%%" % (_secs(s[kind]["median"]), 50 * s[kind]["spread"])
    if rt != BASELINE:
        base = summary.get(BASELINE)
        if base and base.get("ok"):
            text += " (%s)" % _ratio(stats.speedup(base[kind]["median"], s[kind]["median"]))
    if s.get("implausible"):
        text += " ⚠ implausible"
    return text


def _ratio(x):
    if x is None:
        return "?"
    return "%.2f×" % x


def present(results):
    """The runtimes of a results dict, in display order."""
    return [rt for rt in RUNTIMES if rt in results["meta"]["runtimes"]]


def bench_table(results, kind):
    """The Markdown table of one kind of figure ("warmed" or "cold") for every benchmark."""
    rts = present(results)
    head = ["benchmark", "loops"] + [LABELS[rt] for rt in rts]
    if kind == "warmed":
        head.append("peak RSS MiB (%s)" % " / ".join(LABELS[rt] for rt in rts))
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for name, entry in results["benchmarks"].items():
        s = entry["summary"]
        row = [name, str(entry["loops"])] + [_cell(s, rt, kind) for rt in rts]
        if kind == "warmed":
            row.append(" / ".join(_mib(s[rt].get("maxrss_kib")) if rt in s else "—"
                                  for rt in rts))
        lines.append("| " + " | ".join(row) + " |")
    gm = geomeans(results["benchmarks"], kind)
    row = ["**geometric mean** (speed vs CPython)", ""]
    for rt in rts:
        g = gm[rt]
        row.append("1.00×" if rt == BASELINE else
                   "%s over %d" % (_ratio(g["speedup"]), g["n"]) if g["n"] else "no result")
    if kind == "warmed":
        row.append("")
    lines.append("| " + " | ".join(row) + " |")
    return "\n".join(lines)


def failures(results):
    """Failures grouped by runtime and first error line: [(runtime, error, [benchmarks])]."""
    groups = {}
    for name, entry in results["benchmarks"].items():
        for rt in present(results):
            s = entry["summary"].get(rt)
            if s is not None and not s.get("ok"):
                groups.setdefault((rt, s.get("error", "?")), []).append(name)
    return [(rt, err, names) for (rt, err), names in groups.items()]


def startup_table(results):
    rts = present(results)
    lines = ["| runtime | `-c pass` | peak RSS | `-c \"import re, json, …\"` | peak RSS |",
             "|---|---|---|---|---|"]
    for rt in rts:
        row = [LABELS[rt]]
        for case in ("pass", "imports"):
            s = results.get("startup", {}).get(rt, {}).get(case)
            if not s:
                row += ["—", "—"]
            elif not s.get("ok"):
                row += ["FAIL", _mib(s.get("maxrss_kib")) + " MiB"]
            else:
                row += ["%.1f ms ±%.0f%%" % (1000 * s["wall"]["median"], 50 * s["wall"]["spread"]),
                        _mib(s.get("maxrss_kib")) + " MiB"]
        lines.append("| " + " | ".join(row) + " |")
    return "\n".join(lines)


def markdown(results):
    """The whole report as Markdown."""
    meta = results["meta"]
    out = ["# pyperformance-subset results", "",
           "- date (UTC): %s; commit %s%s" % (meta["date"], meta["commit"][:12],
                                              " (dirty tree)" if meta.get("dirty") else ""),
           "- machine: %s" % meta["machine"]["summary"],
           "- command: `%s`" % meta["command"],
           "- pyperformance %s; %d process(es) per benchmark and runtime; each process runs "
           "`warmups` untimed values then `values` timed ones (manifest.toml)"
           % (meta["pyperformance"], meta["processes"])]
    for rt in present(results):
        info = meta["runtimes"][rt]
        out.append("- %s: `%s` — %s" % (LABELS[rt], info["path"], info["version"]))
    if results["benchmarks"]:
        out += ["", "## Warmed: timed values after the warm-up values", "",
                "Median seconds of one value (`loops` loops) ±half the min–max spread, over "
                "all processes; in brackets the speed relative to CPython (higher is faster).",
                "", bench_table(results, "warmed"), "",
                "## Warm-up included: the first value of a cold process", "",
                bench_table(results, "cold")]
    fails = failures(results)
    if fails:
        out += ["", "## Failures (first line of the error)", ""]
        for rt, err, names in fails:
            out.append("- %s, %d benchmark(s): `%s` — %s"
                       % (LABELS[rt], len(names), err, ", ".join(names)))
    if results.get("startup"):
        out += ["", "## Start-up", "",
                "Wall time of the whole process (median ±half spread); peak RSS is the highest "
                "of the sampled runs.", "", startup_table(results)]
    notes = meta.get("notes", [])
    if notes:
        out += ["", "## Notes", ""] + ["- " + n for n in notes]
    return "\n".join(out) + "\n"
