"""driver.py under this CPython on small modules it writes itself, read back with outcome.py."""

import os
import subprocess
import sys
import tempfile
import textwrap
import unittest

from helpers import HERE

from cpytest import outcome

SAMPLE = textwrap.dedent('''
    import sys
    import unittest

    class A(unittest.TestCase):
        def test_pass(self):
            pass
        def test_fail(self):
            self.assertEqual(1, 2)
        def test_error(self):
            raise ValueError("bad\\tvalue\\nsecond line")
        @unittest.skip("because")
        def test_skip(self):
            pass
        @unittest.expectedFailure
        def test_xfail(self):
            self.fail()
        @unittest.expectedFailure
        def test_upass(self):
            pass
        def test_subtests(self):
            for i in range(3):
                with self.subTest(i=i):
                    self.assertLess(i, 2)
        def test_subtest_skip(self):
            with self.subTest(i=0):
                self.skipTest("sub")
        def test_prints(self):
            sys.stdout.write("no newline")

    class B(unittest.TestCase):
        @classmethod
        def setUpClass(cls):
            raise ValueError("fixture")
        def test_never(self):
            pass
''')


STUB = os.path.join(os.path.dirname(os.path.abspath(__file__)), "stub")

STUB_SAMPLE = textwrap.dedent('''
    import unittest

    class A(unittest.TestCase):
        def test_a(self):
            pass
        def test_b(self):
            assert 1 == 2, "one is not two"
        def test_c(self):
            raise KeyError("k")
        def test_d(self):
            raise unittest.SkipTest("nope")
''')


def run_driver(name, source, exe=sys.executable, path=()):
    with tempfile.TemporaryDirectory() as d:
        with open(os.path.join(d, name + ".py"), "w") as f:
            f.write(source)
        env = dict(os.environ, PYTHONPATH=os.pathsep.join([d, *path]), PYTHONDONTWRITEBYTECODE="1")
        p = subprocess.run([exe, os.path.join(HERE, "driver.py"), name],
                           capture_output=True, text=True, env=env, cwd=d, timeout=120)
    return outcome.classify(name, p.stdout, p.stderr, p.returncode, False, 0.0)


class DriverTest(unittest.TestCase):
    def test_every_kind_of_result(self):
        r = run_driver("sample_mod", SAMPLE)
        self.assertEqual(r["status"], "ok", r)
        prefix = "sample_mod.A."
        tests = {k.removeprefix(prefix): v for k, v in r["tests"].items()}
        self.assertEqual(tests, {
            "test_pass": "pass", "test_fail": "fail", "test_error": "error", "test_skip": "skip",
            "test_xfail": "xfail", "test_upass": "upass", "test_subtests": "fail",
            "test_subtest_skip": "pass", "test_prints": "pass",
            "setUpClass (sample_mod.B)": "error"})
        self.assertEqual(r["details"][prefix + "test_error"], "ValueError: bad value second line")
        self.assertEqual(r["details"][prefix + "test_skip"], "because")
        self.assertIn("(i=2): AssertionError: 2 not less than 2", r["details"][prefix + "test_subtests"])
        self.assertEqual(r["details"]["setUpClass (sample_mod.B)"], "ValueError: fixture")

    def test_import_error(self):
        r = run_driver("broken_mod", "import no_such_module_here\n")
        self.assertEqual((r["status"], r["error"]),
                         ("import-failed", "ModuleNotFoundError: No module named 'no_such_module_here'"))

    def test_module_level_skip(self):
        r = run_driver("skipped_mod", "import unittest\nraise unittest.SkipTest('not here')\n")
        self.assertEqual((r["status"], r["error"]), ("skipped", "unittest.case.SkipTest: not here"))

    def test_exit_during_tests(self):
        source = "import os, unittest\nclass A(unittest.TestCase):\n    def test_x(self):\n        os._exit(3)\n"
        r = run_driver("exit_mod", source)
        self.assertEqual((r["status"], r["error"], r["culprit"]), ("crashed", "exit status 3", "exit_mod.A.test_x"))


class StubDriverTest(unittest.TestCase):
    """The driver with a stub unittest, under CPython and under krait when $KRAIT names it (the
    Rust test sets it): the driver must keep working under krait whatever unittest needs."""

    def test_under_each_interpreter(self):
        interpreters = [sys.executable] + ([os.environ["KRAIT"]] if os.environ.get("KRAIT") else [])
        for exe in interpreters:
            with self.subTest(exe=exe):
                r = run_driver("stub_sample", STUB_SAMPLE, exe, [STUB])
                self.assertEqual(r["status"], "ok", r)
                self.assertEqual(r["tests"], {
                    "stub_sample.A.test_a": "pass", "stub_sample.A.test_b": "fail",
                    "stub_sample.A.test_c": "error", "stub_sample.A.test_d": "skip",
                    "setUpClass (test.test_fake.X)": "error"})
                self.assertEqual(r["details"]["stub_sample.A.test_b"], "AssertionError: one is not two")
                self.assertEqual(r["details"]["stub_sample.A.test_c"], "KeyError: 'k'")


if __name__ == "__main__":
    unittest.main()
