"""Summaries of a run: one row per module, totals, what blocks the modules that do not run, the
terminal table, and the Markdown written into docs/ between marker comments.

A report (the JSON file) is {"meta": {...}, "modules": {module: {"krait": record,
"cpython": record or null}}} with records as described in outcome.py.
"""

import collections
import re

from . import outcome

COLUMNS = ("module", "status", "run", "passed", "failed", "errors", "skipped", "CPython",
           "krait", "%", "first error")


# Skip reasons that make a test not applicable to krait by themselves: test.support's
# `cpython_only` (and `refcount_test`), and wanting the C-API test modules ("No module named
# '_testcapi'", "needs _testcapi", ...).
AUTOMATIC_NA = ("implementation detail specific to cpython", "_testcapi", "_testinternalcapi")


def automatically_na(krait):
    """Tests krait skipped for a reason in AUTOMATIC_NA."""
    return {t for t, status in krait["tests"].items() if status == "skip"
            and any(r in krait["details"].get(t, "") for r in AUTOMATIC_NA)}


def row(module, krait, cpython, not_applicable=()):
    """The summary of one module: krait's counts, the tests that pass on CPython (less the
    not-applicable ones: listed in the expected file or skipped by krait for a reason in
    AUTOMATIC_NA) and how many of those pass on krait."""
    run, passed, failed, errors, skipped = outcome.counts(krait)
    r = {"module": module, "status": krait["status"], "run": run, "passed": passed,
         "failed": failed, "errors": errors, "skipped": skipped, "error": krait["error"],
         "culprit": krait.get("culprit", ""), "cpython": None, "krait": None}
    if cpython is not None:
        reference = outcome.passing(cpython) - set(not_applicable) - automatically_na(krait)
        if krait["status"] == "skipped" and any(r in krait["error"] for r in AUTOMATIC_NA):
            reference = set()  # the whole module is about CPython's C API
        r["cpython"] = len(reference)
        r["krait"] = len(reference & outcome.passing(krait))
        r["cpython_status"] = cpython["status"]
    return r


def rows(report, modules, not_applicable):
    out = []
    for module in modules:
        entry = report["modules"].get(module)
        if entry:
            out.append(row(module, entry["krait"], entry.get("cpython"),
                           not_applicable.get(module, {})))
    return out


def percent(part, whole):
    return "-" if not whole else "%.1f" % (100.0 * part / whole)


def totals(summary):
    t = {"modules": len(summary), "cpython": 0, "krait": 0, "run": 0, "passed": 0}
    for status in outcome.STATUSES:
        t[status] = 0
    for r in summary:
        t[r["status"]] += 1
        t["run"] += r["run"]
        t["passed"] += r["passed"]
        t["cpython"] += r["cpython"] or 0
        t["krait"] += r["krait"] or 0
    return t


def normalize(error):
    """An error line with its module-specific parts kept (they say what is missing) but
    addresses and quoted paths folded, so equal causes group together."""
    error = re.sub(r"0x[0-9a-f]+", "0x…", error)
    error = re.sub(r"'/[^']*'", "'…'", error)
    return error.removeprefix("import unittest: ")


def blockers(summary):
    """[(error, count, example modules)] for modules that are not ok, most frequent first."""
    groups = collections.defaultdict(list)
    for r in summary:
        if r["status"] not in ("ok", "skipped"):
            groups[(r["status"], normalize(r["error"]))].append(r["module"])
    ranked = sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    return [(status, error, len(mods), mods) for (status, error), mods in ranked]


def cells(r):
    return [r["module"], r["status"], str(r["run"]), str(r["passed"]), str(r["failed"]),
            str(r["errors"]), str(r["skipped"]),
            "-" if r["cpython"] is None else str(r["cpython"]),
            "-" if r["krait"] is None else str(r["krait"]), percent(r["krait"], r["cpython"]),
            r["error"]]


def terminal_table(summary, width=60):
    lines = []
    body = [cells(r)[:-1] + [r["error"][:width]] for r in summary]
    widths = [max(len(c[i]) for c in [list(COLUMNS)] + body) for i in range(len(COLUMNS))]
    for c in [list(COLUMNS)] + body:
        lines.append("  ".join(v.ljust(w) if i in (0, 1, 10) else v.rjust(w)
                               for i, (v, w) in enumerate(zip(c, widths))).rstrip())
    return "\n".join(lines)


def totals_line(name, t):
    return ("%s: %d modules (%d ok, %d skipped, %d import-failed, %d crashed, %d hung); "
            "%d tests run, %d passed; of %d tests passing on CPython, %d pass on krait (%s%%)"
            % (name, t["modules"], t["ok"], t["skipped"], t["import-failed"], t["crashed"],
               t["hung"], t["run"], t["passed"], t["cpython"], t["krait"],
               percent(t["krait"], t["cpython"])))


def details(report, modules):
    """Every test that did not pass under krait, module by module, with its one-line error,
    and marked `[passes on CPython]` when it does there."""
    lines = []
    for module in modules:
        krait = report["modules"][module]["krait"]
        cpython = outcome.passing(report["modules"][module].get("cpython"))
        bad = sorted(t for t, s in krait["tests"].items() if s not in outcome.PASSING)
        if krait["status"] != "ok":
            lines.append("%s: %s: %s" % (module, krait["status"], krait["error"]))
        for test in bad:
            mark = " [passes on CPython]" if test in cpython else ""
            lines.append("  %s %s%s: %s" % (krait["tests"][test], test, mark,
                                            krait["details"].get(test, "")))
    return "\n".join(lines)


def md_escape(text):
    return text.replace("|", "\\|").replace("<", "&lt;")


def markdown_table(summary):
    head = "| " + " | ".join(COLUMNS) + " |"
    sep = "|" + "|".join("---" if i in (0, 1, 10) else "--:" for i in range(len(COLUMNS))) + "|"
    body = []
    for r in summary:
        c = cells(r)
        c[0] = "`%s`" % c[0]
        c[-1] = md_escape(c[-1])
        if r["culprit"]:
            c[-1] += " (in `%s`)" % r["culprit"]
        body.append("| " + " | ".join(c) + " |")
    return "\n".join([head, sep] + body)


def markdown_totals(named):
    lines = ["| selection | modules | ok | skipped | import-failed | crashed | hung | tests run "
             "| passed | pass on CPython | of those, pass on krait | % |",
             "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|"]
    for name, t in named:
        lines.append("| %s | %d | %d | %d | %d | %d | %d | %d | %d | %d | %d | %s |" % (
            name, t["modules"], t["ok"], t["skipped"], t["import-failed"], t["crashed"],
            t["hung"], t["run"], t["passed"], t["cpython"], t["krait"],
            percent(t["krait"], t["cpython"])))
    return "\n".join(lines)


def markdown_blockers(summary, limit=25):
    lines = ["| what stops the module (first error) | modules | e.g. |", "|---|--:|---|"]
    for status, error, count, mods in blockers(summary)[:limit]:
        label = md_escape(error) if status == "import-failed" else "%s: %s" % (status, md_escape(error))
        lines.append("| %s | %d | %s |" % (label, count, ", ".join(mods[:4])))
    return "\n".join(lines)


def replace_between(text, begin, end, body):
    """`text` with everything between the lines `begin` and `end` replaced by `body` (appended
    with the markers when they are missing)."""
    if begin in text and end in text:
        head = text[:text.index(begin) + len(begin)]
        tail = text[text.index(end):]
        return head + "\n" + body.rstrip("\n") + "\n" + tail
    return text.rstrip("\n") + "\n\n" + begin + "\n" + body.rstrip("\n") + "\n" + end + "\n"
