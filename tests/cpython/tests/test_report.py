"""report.py: per-module rows, totals, blockers, tables and the docs' marker replacement."""

import unittest

from helpers import record

from cpytest import report


def fake_report():
    ok = record(tests={"A.a": "pass", "A.b": "fail", "A.c": "skip", "A.d": "error"})
    cp = record(tests={"A.a": "pass", "A.b": "pass", "A.c": "pass", "A.d": "pass", "A.e": "skip"})
    io = "import unittest: ModuleNotFoundError: No module named '_io'"
    return {"meta": {}, "modules": {
        "test_a": {"krait": ok, "cpython": cp},
        "test_b": {"krait": record("import-failed", error=io), "cpython": record(tests={"x": "pass"})},
        "test_c": {"krait": record("import-failed", error="ModuleNotFoundError: No module named '_io'"),
                   "cpython": None},
        "test_d": {"krait": record("hung", {"h": "pass"}, error="timed out after 120 s", culprit="H.h2"),
                   "cpython": record(tests={"h": "pass", "h2": "pass"})}}}


class RowsTest(unittest.TestCase):
    def test_row_counts_and_reference(self):
        rows = report.rows(fake_report(), ["test_a", "test_c"], {"test_a": {"A.d": "C API"}})
        a, c = rows
        self.assertEqual((a["run"], a["passed"], a["failed"], a["errors"], a["skipped"]), (4, 1, 1, 1, 1))
        self.assertEqual((a["cpython"], a["krait"]), (3, 1))
        self.assertEqual((c["cpython"], c["krait"]), (None, None))

    def test_cpython_only_and_capi_skips_are_not_applicable(self):
        krait = record(tests={"a": "skip", "b": "skip", "c": "skip", "d": "pass"},
                       details={"a": "implementation detail specific to cpython",
                                "b": "ModuleNotFoundError: No module named '_testcapi'",
                                "c": "requires network"})
        cpython = record(tests={"a": "pass", "b": "pass", "c": "pass", "d": "pass"})
        r = report.row("test_x", krait, cpython)
        self.assertEqual((r["cpython"], r["krait"]), (2, 1))
        skipped = record("skipped", error="unittest.case.SkipTest: No module named '_testcapi'")
        self.assertEqual(report.row("test_capi", skipped, cpython)["cpython"], 0)

    def test_totals(self):
        t = report.totals(report.rows(fake_report(), ["test_a", "test_b", "test_c", "test_d"], {}))
        self.assertEqual((t["modules"], t["ok"], t["import-failed"], t["hung"]), (4, 1, 2, 1))
        self.assertEqual((t["cpython"], t["krait"], t["run"], t["passed"]), (7, 2, 5, 2))
        self.assertIn("of 7 tests passing on CPython, 2 pass on krait (28.6%)",
                      report.totals_line("all", t))

    def test_blockers_group_the_same_cause(self):
        rows = report.rows(fake_report(), ["test_a", "test_b", "test_c", "test_d"], {})
        self.assertEqual(report.blockers(rows), [
            ("import-failed", "ModuleNotFoundError: No module named '_io'", 2, ["test_b", "test_c"]),
            ("hung", "timed out after 120 s", 1, ["test_d"])])

    def test_normalize(self):
        self.assertEqual(report.normalize("at 0x7f00aa: '/usr/lib/x.py' missing"), "at 0x…: '…' missing")


class TablesTest(unittest.TestCase):
    def test_terminal_table_aligns(self):
        text = report.terminal_table(report.rows(fake_report(), ["test_a", "test_b"], {}))
        lines = text.splitlines()
        self.assertTrue(lines[0].startswith("module "))
        self.assertIn("25.0", lines[1])
        self.assertEqual(len(lines), 3)

    def test_markdown(self):
        rows = report.rows(fake_report(), ["test_a", "test_d"], {})
        table = report.markdown_table(rows)
        self.assertIn("| `test_d` | hung | 1 | 1 | 0 | 0 | 0 | 2 | 1 | 50.0 | timed out after 120 s (in `H.h2`) |", table)
        totals = report.markdown_totals([("x", report.totals(rows))])
        self.assertIn("| x | 2 | 1 | 0 | 0 | 0 | 1 | 5 | 2 | 6 | 2 | 33.3 |", totals)
        self.assertIn("| hung: timed out after 120 s | 1 | test_d |", report.markdown_blockers(rows))

    def test_details(self):
        text = report.details(fake_report(), ["test_a", "test_d"])
        self.assertEqual(text.splitlines(), [
            "  fail A.b [passes on CPython]: ",
            "  skip A.c [passes on CPython]: ",
            "  error A.d [passes on CPython]: ",
            "test_d: hung: timed out after 120 s"])

    def test_replace_between(self):
        text = "head\n<b>\nold\n<e>\ntail\n"
        self.assertEqual(report.replace_between(text, "<b>", "<e>", "new\n"), "head\n<b>\nnew\n<e>\ntail\n")
        self.assertEqual(report.replace_between("head\n", "<b>", "<e>", "new"), "head\n\n<b>\nnew\n<e>\n")


if __name__ == "__main__":
    unittest.main()
