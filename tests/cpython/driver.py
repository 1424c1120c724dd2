"""Runs one module of CPython's Lib/test with unittest and reports every test on stdout.

    krait tests/cpython/driver.py test.test_int      (or the same under python3.11)

Executed by the interpreter under test (krait or CPython) in a scratch directory, one process per
module (see run.py). It needs as little as possible from the interpreter: everything it prints
is a line holding MARKER followed by tab-separated fields, flushed at once, so the parent knows
how far the module got even when the process crashes or hangs:

    BEGIN                       the driver is running (only `sys` used so far)
    IMPORT-FAILED  error        unittest or the module could not be imported (error: one line)
    MODULE-SKIPPED reason       the module raised unittest.SkipTest on import
    START  test_id              a test begins
    RESULT status test_id detail    status: pass fail error skip xfail upass
    END    tests_run            every test ran; the process exits normally after this

Other output (tests that print) may be interleaved; the parent only reads marker lines, and every
marker line starts with a newline so a test's unterminated output cannot swallow it.
"""

import sys

MARKER = "@@krait-cpytest@@"
_out = sys.stdout


def emit(*fields):
    text = "\t".join(clean(f) for f in fields)
    _out.write("\n" + MARKER + text + "\n")
    _out.flush()


def clean(value):
    text = value if isinstance(value, str) else str(value)
    for ch in ("\r", "\n", "\t", MARKER):
        text = text.replace(ch, " ")
    return text[:300]


def error_line(exc):
    """`Type: message` of an exception, on one line, never raising."""
    try:
        name = type(exc).__qualname__
        module = type(exc).__module__
        if module not in ("builtins", "__main__", None):
            name = module + "." + name
        try:
            message = str(exc)
        except BaseException:
            message = "<unprintable>"
        return name + ": " + message if message else name
    except BaseException:
        return "<unreportable exception>"


def main(argv):
    emit("BEGIN")
    if len(argv) != 2:
        emit("IMPORT-FAILED", "usage: driver.py test.test_NAME")
        return 2
    name = argv[1]
    try:
        import unittest
    except BaseException as exc:
        emit("IMPORT-FAILED", "import unittest: " + error_line(exc))
        return 1
    try:
        # As `python -m test` does by default: no optional resources (network, cpu, ...), not
        # verbose.
        import test.support

        test.support.use_resources = []
        test.support.verbose = 0
    except BaseException:
        pass  # the module's own import will report what is missing
    try:
        __import__(name)
        module = sys.modules[name]
    except unittest.SkipTest as exc:
        emit("MODULE-SKIPPED", error_line(exc))
        emit("END", 0)
        return 0
    except BaseException as exc:
        emit("IMPORT-FAILED", error_line(exc))
        return 1
    loader = unittest.TestLoader()
    suite = loader.loadTestsFromModule(module)
    result = make_result(unittest)()
    suite.run(result)
    emit("END", result.testsRun)
    return 0


def make_result(unittest):
    """A TestResult that reports each test as it finishes instead of keeping tracebacks."""

    class StreamingResult(unittest.TestResult):
        def __init__(self):
            super().__init__()
            self.current = None
            self.outcome = None

        def startTest(self, test):
            super().startTest(test)
            self.current = test.id()
            self.outcome = ("pass", "")
            emit("START", self.current)

        def stopTest(self, test):
            super().stopTest(test)
            emit("RESULT", self.outcome[0], test.id(), self.outcome[1])
            self.current = None

        def _set(self, test, status, detail):
            if self.current is None:
                # A class or module fixture (setUpClass, setUpModule...): no start/stop.
                emit("RESULT", status, test.id(), detail)
            elif test.id() != self.current and status == "skip":
                pass  # a skipped subtest does not make its test skipped
            elif self.outcome[0] in ("pass", "skip", "xfail"):
                self.outcome = (status, detail)

        def addError(self, test, err):
            if isinstance(err[1], unittest.SkipTest):
                self._set(test, "skip", error_line(err[1]))
            else:
                self._set(test, "error", error_line(err[1]))

        def addFailure(self, test, err):
            self._set(test, "fail", error_line(err[1]))

        def addSkip(self, test, reason):
            self._set(test, "skip", reason)

        def addExpectedFailure(self, test, err):
            self._set(test, "xfail", "")

        def addUnexpectedSuccess(self, test):
            self._set(test, "upass", "")

        def addSubTest(self, test, subtest, err):
            if err is not None:
                kind = "fail" if issubclass(err[0], test.failureException) else "error"
                self._set(test, kind, subtest.id() + ": " + error_line(err[1]))

        def addSuccess(self, test):
            pass

    return StreamingResult


if __name__ == "__main__":
    sys.exit(main(sys.argv))
