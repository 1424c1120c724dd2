"""Shared helpers of the harness tests: import paths and a fake results dict."""

import os
import sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if HERE not in sys.path:
    sys.path.insert(0, HERE)


def run_record(cold, values, rss=10240):
    return {"ok": True, "cold": cold, "values": list(values), "maxrss_kib": rss}


def fail_record(error, rss=4096):
    return {"ok": False, "error": error, "maxrss_kib": rss}


def fake_results():
    """A results dict like bench.py's, for two benchmarks and three runtimes."""
    from kbench import report

    runs = {
        "nbody": {"cpython": [run_record(1.1, [1.0, 1.0]), run_record(1.2, [1.0, 1.2])],
                  "pypy": [run_record(0.5, [0.25, 0.25]), run_record(0.5, [0.25, 0.25])],
                  "krait": [fail_record("NotImplementedError: imports")] * 2},
        "float": {"cpython": [run_record(2.0, [2.0, 2.0])] * 2,
                  "pypy": [run_record(4.0, [4.0, 4.0])] * 2,
                  "krait": [fail_record("NotImplementedError: imports")] * 2},
    }
    benchmarks = {}
    for name, per_rt in runs.items():
        summary = {rt: report.summarize_runs(r) for rt, r in per_rt.items()}
        benchmarks[name] = {"loops": 3, "runs": per_rt, "summary": summary}
    meta = {"date": "2026-12-02 12:00", "commit": "0123456789abcdef", "dirty": False,
            "machine": {"summary": "test machine"}, "command": "bench.py run",
            "pyperformance": "1.14.0", "processes": 2,
            "runtimes": {rt: {"path": "/bin/" + rt, "version": rt + " 1"}
                         for rt in ("cpython", "pypy", "krait")}}
    startup = {"cpython": {"pass": {"ok": True, "wall": {"median": 0.012, "spread": 0.1},
                                    "maxrss_kib": 8192}},
               "krait": {"pass": {"ok": False, "error": "boom", "maxrss_kib": 2048}}}
    return {"meta": meta, "benchmarks": benchmarks, "startup": startup}
