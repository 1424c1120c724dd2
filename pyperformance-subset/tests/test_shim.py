"""The pyperf shim and the process layer: the result-line protocol, failures, peak RSS."""

import os
import sys
import tempfile
import textwrap
import unittest

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from tests import helpers  # noqa: E402,F401  (the harness's directory on sys.path)
from kbench import process  # noqa: E402

BENCH = textwrap.dedent("""
    import pyperf

    def work(n):
        return sum(range(n))

    def timed(loops, n):
        t0 = pyperf.perf_counter()
        for _ in range(loops):
            work(n)
        return pyperf.perf_counter() - t0

    async def coro():
        return work(10)

    runner = pyperf.Runner(add_cmdline_args=lambda cmd, args: None)
    runner.metadata["description"] = "test"
    runner.argparser.add_argument("--n", type=int, default=100)
    runner.argparser.add_argument("which", nargs="?", default="all")
    args = runner.parse_args()
    assert pyperf.python_implementation() == "cpython"
    runner.bench_func("f_" + args.which, work, args.n)
    runner.bench_time_func("t", timed, args.n, inner_loops=10)
    runner.bench_async_func("a", coro)
""")


class Shim(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.script = os.path.join(self.tmp.name, "run_benchmark.py")
        with open(self.script, "w") as f:
            f.write(BENCH)

    def tearDown(self):
        self.tmp.cleanup()

    def run_script(self, args=(), loops=3, warmups=2, values=4, only=()):
        return process.run_benchmark(sys.executable, self.script, list(args), loops, warmups,
                                     values, only, timeout=60)

    def test_protocol_records_every_benchmark(self):
        rec = self.run_script(["--n", "50", "x"])
        self.assertTrue(rec["ok"], rec.get("error"))
        self.assertEqual([s["name"] for s in rec["sub"]], ["f_x", "t", "a"])
        for sub in rec["sub"]:
            self.assertEqual((len(sub["warmups"]), len(sub["values"])), (2, 4))
        self.assertEqual(len(rec["values"]), 4)
        expected = sum(s["values"][1] for s in rec["sub"])
        self.assertAlmostEqual(rec["values"][1], expected)
        self.assertAlmostEqual(rec["cold"], sum(s["warmups"][0] for s in rec["sub"]))

    def test_only_selects_sub_benchmarks(self):
        rec = self.run_script(only=("t",))
        self.assertEqual([s["name"] for s in rec["sub"]], ["t"])

    def test_without_warmups_the_first_value_is_cold(self):
        rec = self.run_script(warmups=0, values=2, only=("t",))
        self.assertEqual(rec["cold"], rec["sub"][0]["values"][0])

    def test_command_line_options_override_the_environment(self):
        env = process.bench_env(5, 1, 1)
        proc = process.run([sys.executable, self.script, "--loops", "2", "--values", "3"],
                           env=env, timeout=60)
        results = process.parse_results(proc["stdout"])
        self.assertEqual({r["loops"] for r in results}, {2})
        self.assertEqual({len(r["values"]) for r in results}, {3})
        self.assertEqual(results[1]["inner_loops"], 10)

    def test_failure_reports_the_exception_line(self):
        with open(self.script, "w") as f:
            f.write("import pyperf\nraise NotImplementedError('the X instruction')\n")
        rec = self.run_script()
        self.assertFalse(rec["ok"])
        self.assertEqual(rec["error"], "NotImplementedError: the X instruction")

    def test_exit_zero_without_results_is_a_failure(self):
        with open(self.script, "w") as f:
            f.write("print('hello')\n")
        rec = self.run_script()
        self.assertFalse(rec["ok"])
        self.assertIn("without a result line", rec["error"])

    def test_timeout_kills_the_process(self):
        with open(self.script, "w") as f:
            f.write("import time\ntime.sleep(30)\n")
        rec = process.run_benchmark(sys.executable, self.script, [], 1, 0, 1, (), timeout=0.5)
        self.assertFalse(rec["ok"])
        self.assertIn("timed out", rec["error"])


class Process(unittest.TestCase):
    def test_first_error_line(self):
        tb = ("Traceback (most recent call last):\n  File \"x.py\", line 1, in <module>\n"
              "    import re\nImportError: no module named re\nmore\n")
        self.assertEqual(process.first_error_line(tb, 1), "ImportError: no module named re")
        self.assertEqual(process.first_error_line("\n  error: bad\nnext\n", 2), "error: bad")
        self.assertEqual(process.first_error_line("", -9), "killed by signal 9")
        self.assertIn("exit status 3", process.first_error_line("", 3))

    def test_parse_results_refuses_broken_lines(self):
        with self.assertRaises(process.ProtocolError):
            process.parse_results(process.RESULT_PREFIX + "{not json\n")
        with self.assertRaises(process.ProtocolError):
            process.parse_results(process.RESULT_PREFIX + '{"name": "x"}\n')
        with self.assertRaises(process.ProtocolError):
            process.parse_results(process.RESULT_PREFIX + '{"name": "x", "loops": 1, '
                                  '"warmups": [], "values": [-1]}\n')
        self.assertEqual(process.parse_results("noise\nmore noise\n"), [])

    def test_combine_needs_matching_value_counts(self):
        a = {"name": "a", "warmups": [], "values": [1.0, 2.0]}
        b = {"name": "b", "warmups": [], "values": [1.0]}
        with self.assertRaises(process.ProtocolError):
            process.combine([a, b])
        with self.assertRaises(process.ProtocolError):
            process.combine([])

    def test_peak_rss_prefers_wait4_only_above_the_harness_floor(self):
        self.assertEqual(process.peak_rss(50000, 20000, 49000), (50000, "wait4"))
        self.assertEqual(process.peak_rss(20000, 20000, 7000), (7000, "sampled"))
        self.assertEqual(process.peak_rss(20000, 20000, None), (None, None))

    def test_run_measures_a_child(self):
        code = "x = bytearray(200 * 1024 * 1024); import time; time.sleep(0.3)"
        proc = process.run([sys.executable, "-c", code], timeout=60)
        self.assertEqual(proc["status"], 0)
        self.assertGreater(proc["maxrss_kib"], 190 * 1024)
        quick = process.run([sys.executable, "-c", "pass"], timeout=60, sample=False)
        self.assertEqual(quick["status"], 0)
        self.assertGreater(quick["wall"], 0)


if __name__ == "__main__":
    unittest.main()
