"""execute.py: the time limit, signals and the CPython cache, with fake interpreters (shell
scripts) instead of krait."""

import io
import os
import stat
import tempfile
import unittest

from helpers import M, record

from cpytest import execute


class RunModuleTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.addCleanup(self.dir.cleanup)

    def fake(self, body):
        path = os.path.join(self.dir.name, "fake-python")
        with open(path, "w") as f:
            f.write("#!/bin/sh\n" + body + "\n")
        os.chmod(path, os.stat(path).st_mode | stat.S_IEXEC)
        return path

    def test_timeout_is_hung_and_kills_the_group(self):
        exe = self.fake("printf '%sBEGIN\\n%sSTART\\ttest.test_x.A.t\\n'; sleep 30 & sleep 30" % (M, M))
        r = execute.run_module(exe, "test_x", "/nonexistent", timeout=0.5)
        self.assertEqual((r["status"], r["culprit"]), ("hung", "A.t"))
        self.assertLess(r["seconds"], 20)

    def test_signal_is_a_crash(self):
        r = execute.run_module(self.fake("printf '%sBEGIN\\n'; kill -SEGV $$" % M), "test_x", "/x", 30)
        self.assertEqual((r["status"], r["error"]), ("crashed", "killed by SIGSEGV"))

    def test_arguments_cwd_and_environment(self):
        exe = self.fake('printf "%sBEGIN\\n%sMODULE-SKIPPED\\t$2 $KRAIT_STDLIB $(basename $(pwd))\\n%sEND\\t0\\n"' % (M, M, M))
        r = execute.run_module(exe, "test_y", "/some/lib", 30)
        self.assertEqual((r["status"], r["error"]), ("skipped", "test.test_y /some/lib cwd"))


class CacheTest(unittest.TestCase):
    def test_put_get(self):
        with tempfile.TemporaryDirectory() as d:
            import sys
            cache = execute.CpythonCache(sys.executable, "/lib", directory=d)
            self.assertIsNone(cache.get("test_a"))
            cache.put("test_a", record(tests={"x": "pass"}))
            cache.put("test_b", record("hung"))
            self.assertEqual(cache.get("test_a")["tests"], {"x": "pass"})
            self.assertEqual(cache.get("test_b")["status"], "hung")
            other = execute.CpythonCache(sys.executable, "/other-lib", directory=d)
            self.assertIsNone(other.get("test_a"))


class ProgressTest(unittest.TestCase):
    def test_line(self):
        out = io.StringIO()
        p = execute.Progress(10, out)
        p.finished("test_a", "krait", record(tests={"x": "pass", "y": "fail"}, error=""))
        self.assertRegex(out.getvalue(), r"^\[ 1/10\] test_a +krait +ok +1/2 +1\.0s\n$")


if __name__ == "__main__":
    unittest.main()
