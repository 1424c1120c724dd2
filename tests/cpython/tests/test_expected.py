"""expected.py: the regression check and moving the expected file forward."""

import json
import os
import tempfile
import unittest

from helpers import record

from cpytest import expected


def data(modules, na=None):
    return {"about": "", "not_applicable": na or {}, "modules": modules}


class CompareTest(unittest.TestCase):
    def test_regressions_and_new_passes(self):
        exp = data({"test_a": {"status": "ok", "passing": ["T.one", "T.two"]}})
        now = {"test_a": record(tests={"T.one": "pass", "T.two": "fail", "T.three": "xfail"},
                                details={"T.two": "AssertionError: x"})}
        regressions, new, warnings = expected.compare(exp, now)
        self.assertEqual(regressions, [("test_a", "T.two", "fail: AssertionError: x")])
        self.assertEqual(new, [("test_a", "T.three")])

    def test_crash_is_a_regression_of_the_module_and_of_tests_not_run(self):
        exp = data({"test_a": {"status": "ok", "passing": ["T.one", "T.two"]}})
        now = {"test_a": record("crashed", {"T.one": "pass"}, error="killed by SIGSEGV")}
        regressions, new, warnings = expected.compare(exp, now)
        self.assertEqual(regressions, [
            ("test_a", "", "module now crashed: killed by SIGSEGV"),
            ("test_a", "T.two", "not run (module crashed: killed by SIGSEGV)")])
        self.assertEqual(new, [])

    def test_unknown_module_only_reports_new(self):
        regressions, new, _ = expected.compare(data({}), {"test_b": record(tests={"x": "pass"})})
        self.assertEqual((regressions, new), ([], [("test_b", "x")]))

    def test_import_failed_before_and_now_is_fine(self):
        exp = data({"test_a": {"status": "import-failed", "passing": []}})
        now = {"test_a": record("import-failed", error="ModuleNotFoundError: No module named '_io'")}
        self.assertEqual(expected.compare(exp, now), ([], [], []))


    def test_hung_again_only_warns_about_tests_not_reached(self):
        exp = data({"test_a": {"status": "hung", "passing": ["T.one", "T.two", "T.three"]}})
        now = {"test_a": record("hung", {"T.one": "pass", "T.two": "fail"}, error="timed out")}
        regressions, new, warnings = expected.compare(exp, now)
        self.assertEqual(regressions, [("test_a", "T.two", "fail: ")])
        self.assertEqual(warnings, [("test_a", "T.three", "not run (module hung: timed out)")])


class UpdateTest(unittest.TestCase):
    def test_update_keeps_other_modules_and_not_applicable(self):
        exp = data({"test_a": {"status": "ok", "passing": ["x"]},
                    "test_b": {"status": "ok", "passing": ["y"]}},
                   na={"test_b": {"y": "refcounts"}})
        new = expected.update(exp, {"test_a": record(tests={"z": "pass", "x": "fail"})})
        self.assertEqual(new["modules"]["test_a"], {"status": "ok", "passing": ["z"]})
        self.assertEqual(new["modules"]["test_b"], {"status": "ok", "passing": ["y"]})
        self.assertEqual(new["not_applicable"], {"test_b": {"y": "refcounts"}})

    def test_save_and_load_round_trip(self):
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "expected.json")
            self.assertEqual(expected.load(path)["modules"], {})
            expected.save(path, data({"test_b": {"status": "ok", "passing": []},
                                      "test_a": {"status": "hung", "passing": ["q"]}}))
            loaded = expected.load(path)
            self.assertEqual(list(loaded["modules"]), ["test_a", "test_b"])
            self.assertEqual(loaded["about"], expected.ABOUT)
            with open(path) as f:
                self.assertEqual(json.load(f)["modules"]["test_a"]["passing"], ["q"])


if __name__ == "__main__":
    unittest.main()
