"""outcome.py: parsing the driver's marker lines and classifying a process."""

import unittest

from helpers import M, driver_output

from cpytest import outcome

FULL = driver_output(
    ("BEGIN",),
    ("START", "test.test_x.A.test_ok"), ("RESULT", "pass", "test.test_x.A.test_ok", ""),
    ("START", "test.test_x.A.test_bad"),
    ("RESULT", "fail", "test.test_x.A.test_bad", "AssertionError: 1 != 2"),
    ("START", "test.test_x.A.test_skip"), ("RESULT", "skip", "test.test_x.A.test_skip", "why"),
    ("START", "test.test_x.A.test_xf"), ("RESULT", "xfail", "test.test_x.A.test_xf", ""),
    ("RESULT", "error", "setUpClass (test.test_x.B)", "ValueError: no"),
    ("END", "4"))


class ClassifyTest(unittest.TestCase):
    def classify(self, stdout, stderr="", code=0, timed_out=False):
        return outcome.classify("test_x", stdout, stderr, code, timed_out, 1.234)

    def test_ok_module_counts(self):
        r = self.classify(FULL)
        self.assertEqual(r["status"], "ok")
        self.assertEqual(r["error"], "")
        self.assertEqual(r["tests"]["A.test_ok"], "pass")
        self.assertEqual(r["details"], {"A.test_bad": "AssertionError: 1 != 2",
                                        "A.test_skip": "why",
                                        "setUpClass (test.test_x.B)": "ValueError: no"})
        self.assertEqual(outcome.counts(r), (5, 2, 1, 1, 1))
        self.assertEqual(outcome.passing(r), {"A.test_ok", "A.test_xf"})
        self.assertEqual(r["seconds"], 1.23)

    def test_marker_after_unterminated_output(self):
        r = self.classify("partial line" + M + "BEGIN\n" + M + "END\t0\n")
        self.assertEqual(r["status"], "ok")

    def test_import_failed_reported_by_driver(self):
        out = driver_output(("BEGIN",), ("IMPORT-FAILED", "ModuleNotFoundError: No module named '_io'"))
        r = self.classify(out, code=1)
        self.assertEqual((r["status"], r["error"]),
                         ("import-failed", "ModuleNotFoundError: No module named '_io'"))

    def test_driver_cannot_run(self):
        stderr = ('Traceback (most recent call last):\n  File "driver.py", line 1, in <module>\n'
                  "    import sys\nNotImplementedError: instruction FOO\n")
        r = self.classify("", stderr, code=1)
        self.assertEqual((r["status"], r["error"]), ("import-failed", "NotImplementedError: instruction FOO"))

    def test_module_skipped(self):
        out = driver_output(("BEGIN",), ("MODULE-SKIPPED", "unittest.case.SkipTest: Windows only"), ("END", "0"))
        r = self.classify(out)
        self.assertEqual((r["status"], r["error"]), ("skipped", "unittest.case.SkipTest: Windows only"))

    def test_hung_names_the_running_test(self):
        out = driver_output(("BEGIN",), ("START", "test.test_x.A.test_ok"),
                            ("RESULT", "pass", "test.test_x.A.test_ok", ""),
                            ("START", "test.test_x.A.test_loop"))
        r = self.classify(out, code=None, timed_out=True)
        self.assertEqual((r["status"], r["culprit"]), ("hung", "A.test_loop"))
        self.assertEqual(outcome.passing(r), {"A.test_ok"})

    def test_signal(self):
        out = driver_output(("BEGIN",), ("START", "test.test_x.A.test_deep"))
        r = self.classify(out, code=-11)
        self.assertEqual((r["status"], r["error"], r["culprit"]),
                         ("crashed", "killed by SIGSEGV", "A.test_deep"))

    def test_panic(self):
        stderr = "thread 'main' panicked at crates/krait-vm/src/x.rs:1:2:\nindex out of bounds\n"
        r = self.classify(driver_output(("BEGIN",)), stderr, code=101)
        self.assertEqual((r["status"], r["error"]), ("crashed", "panic: index out of bounds"))

    def test_exception_escaping_unittest(self):
        stderr = "Traceback (most recent call last):\n  File \"x\", line 2\nRuntimeError: boom\n"
        r = self.classify(driver_output(("BEGIN",), ("START", "test.test_x.A.t")), stderr, code=1)
        self.assertEqual((r["status"], r["error"], r["culprit"]), ("crashed", "RuntimeError: boom", "A.t"))

    def test_nonzero_exit_after_end(self):
        r = self.classify(driver_output(("BEGIN",), ("END", "0")), "", code=3)
        self.assertEqual((r["status"], r["error"]), ("crashed", "exit status 3"))


if __name__ == "__main__":
    unittest.main()
