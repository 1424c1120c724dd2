"""The expected-results file (tests/cpython/expected.json): per module, krait's status and the
tests that pass under krait, plus tests marked not applicable (CPython internals) with a reason.

    {"about": "...",
     "not_applicable": {"test_x": {"Class.test_y": "why"}},
     "modules": {"test_x": {"status": "ok", "passing": ["Class.test_a", ...]}}}

The check: a listed passing test that no longer passes, or a module that ran to completion and
now crashes or hangs, is a regression; passing tests not listed are reported as new, and
`update` moves the file forward to what passes now (for the modules that ran). One exception,
against flakiness: when a module hit the time limit before and hits it again, the listed tests it
did not reach this time (a loaded machine runs fewer) are only warnings.
"""

import json
import os

from . import outcome

ABOUT = ("Which CPython Lib/test tests pass under krait, per module (issue 8). Written by "
         "`python3 tests/cpython/run.py ... --update`; only `not_applicable` is edited by hand: "
         "tests that depend on CPython internals, with the reason. See docs/testing.md.")


def load(path):
    if not os.path.exists(path):
        return {"about": ABOUT, "not_applicable": {}, "modules": {}}
    with open(path) as f:
        data = json.load(f)
    data.setdefault("not_applicable", {})
    data.setdefault("modules", {})
    return data


def save(path, data):
    data = dict(data, about=ABOUT)
    ordered = {"about": data["about"], "not_applicable": data["not_applicable"],
               "modules": {m: data["modules"][m] for m in sorted(data["modules"])}}
    tmp = path + ".tmp"
    with open(tmp, "w") as f:
        json.dump(ordered, f, indent=1, sort_keys=False)
        f.write("\n")
    os.replace(tmp, path)


def not_applicable(data, module):
    return data["not_applicable"].get(module, {})


def compare(data, krait_records):
    """(regressions, new passes, warnings) of krait's module records against the file:
    regressions and warnings are (module, test or '', what happened), new passes (module, test)."""
    regressions, new, warnings = [], [], []
    for module in sorted(krait_records):
        record = krait_records[module]
        entry = data["modules"].get(module, {"status": None, "passing": []})
        now = outcome.passing(record)
        before = set(entry["passing"])
        if entry["status"] == "ok" and record["status"] in ("crashed", "hung"):
            regressions.append((module, "", "module now %s: %s" % (record["status"], record["error"])))
        for test in sorted(before - now):
            status = record["tests"].get(test)
            if status is None:
                why = "not run (module %s: %s)" % (record["status"], record["error"])
                if entry["status"] == record["status"] == "hung":
                    warnings.append((module, test, why))
                    continue
            else:
                why = "%s: %s" % (status, record["details"].get(test, ""))
            regressions.append((module, test, why))
        new.extend((module, test) for test in sorted(now - before))
    return regressions, new, warnings


def update(data, krait_records):
    """The file moved forward to `krait_records` (other modules are kept)."""
    modules = dict(data["modules"])
    for module, record in krait_records.items():
        modules[module] = {"status": record["status"], "passing": sorted(outcome.passing(record))}
    return dict(data, modules=modules)
