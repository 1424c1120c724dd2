"""Report: summaries, geometric means, the implausibility flag, the Markdown tables."""

import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from tests import helpers  # noqa: E402  (the harness's directory on sys.path)
from kbench import report  # noqa: E402


class Summaries(unittest.TestCase):
    def test_summary_of_good_runs(self):
        s = report.summarize_runs([helpers.run_record(1.5, [1.0, 2.0], 100),
                                   helpers.run_record(1.7, [3.0, 4.0], 300)])
        self.assertTrue(s["ok"])
        self.assertEqual(s["warmed"]["median"], 2.5)
        self.assertEqual(s["cold"]["median"], 1.6)
        self.assertEqual(s["maxrss_kib"], 300)

    def test_one_failed_process_fails_the_benchmark(self):
        s = report.summarize_runs([helpers.run_record(1.0, [1.0]),
                                   helpers.fail_record("MemoryError")])
        self.assertFalse(s["ok"])
        self.assertEqual(s["error"], "MemoryError")

    def test_implausible_krait_time_is_flagged_and_left_out(self):
        summary = {"cpython": report.summarize_runs([helpers.run_record(1.0, [1.0])]),
                   "krait": report.summarize_runs([helpers.run_record(1.0, [0.001])])}
        self.assertEqual(report.flag_implausible(summary), ["krait"])
        gm = report.geomeans({"b": {"summary": summary}}, "warmed")
        self.assertEqual(gm["krait"]["n"], 0)
        summary["krait"] = report.summarize_runs([helpers.run_record(1.0, [0.5])])
        self.assertEqual(report.flag_implausible(summary), [])
        self.assertFalse(summary["krait"]["implausible"])

    def test_resummarize_recomputes_from_the_runs(self):
        results = helpers.fake_results()
        results["benchmarks"]["nbody"]["runs"]["pypy"] = [helpers.run_record(0.5, [0.01])]
        report.resummarize(results)
        self.assertTrue(results["benchmarks"]["nbody"]["summary"]["pypy"]["implausible"])
        self.assertEqual(results["geomean"]["warmed"]["pypy"]["n"], 1)
        self.assertIn("⚠ implausible", report.markdown(results))

    def test_geomeans(self):
        gm = report.geomeans(helpers.fake_results()["benchmarks"], "warmed")
        # PyPy: 4x faster on nbody, 2x slower on float -> sqrt(4 * 0.5)
        self.assertAlmostEqual(gm["pypy"]["speedup"], 2 ** 0.5)
        self.assertEqual(gm["pypy"]["n"], 2)
        self.assertEqual(gm["krait"], {"speedup": None, "n": 0})
        self.assertAlmostEqual(gm["cpython"]["speedup"], 1.0)


class Markdown(unittest.TestCase):
    def test_tables(self):
        text = report.markdown(helpers.fake_results())
        self.assertIn("| benchmark | loops | CPython 3.11 | PyPy | krait |", text)
        self.assertIn("| nbody | 3 | 1.000 ±10% | 0.250 ±0% (4.00×) | FAIL | 10 / 10 / 4 |", text)
        self.assertIn("| float | 3 | 2.000 ±0% | 4.000 ±0% (0.50×) | FAIL | 10 / 10 / 4 |", text)
        self.assertIn("1.41× over 2", text)
        self.assertIn("- krait, 2 benchmark(s): `NotImplementedError: imports` — nbody, float",
                      text)
        self.assertIn("| CPython 3.11 | 12.0 ms ±5% | 8 MiB | — | — |", text)
        self.assertIn("| krait | FAIL | 2 MiB | — | — |", text)
        self.assertIn("## Warm-up included", text)

    def test_every_row_has_the_header_width(self):
        text = report.markdown(helpers.fake_results())
        for block in text.split("\n\n"):
            rows = [line for line in block.splitlines() if line.startswith("|")]
            if rows:
                widths = {row.count("|") for row in rows}
                self.assertEqual(len(widths), 1, block)


if __name__ == "__main__":
    unittest.main()
