"""Shared helpers of the runner's tests: the import path and small fake driver outputs."""

import os
import sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if HERE not in sys.path:
    sys.path.insert(0, HERE)

M = "@@krait-cpytest@@"


def driver_output(*records):
    """Driver stdout made of marker records (tuples of fields), with test noise between."""
    return "".join("noise\n" + M + "\t".join(r) + "\n" for r in records)


def record(status="ok", tests=None, details=None, error="", culprit=""):
    return {"status": status, "error": error, "tests": dict(tests or {}),
            "details": dict(details or {}), "culprit": culprit, "seconds": 1.0}
