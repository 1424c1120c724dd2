"""A stub of unittest, just enough for driver.py: lets the driver itself be tested under krait
before krait can import the real unittest (see test_driver.py)."""
import sys

class SkipTest(Exception):
    pass

class TestResult:
    def __init__(self):
        self.testsRun = 0
    def startTest(self, test):
        self.testsRun += 1
    def stopTest(self, test):
        pass

class _Holder:
    def __init__(self, d):
        self.description = d
    def id(self):
        return self.description

class TestCase:
    failureException = AssertionError
    def __init__(self, name):
        self._name = name
    def id(self):
        return type(self).__module__ + "." + type(self).__qualname__ + "." + self._name
    def run(self, result):
        result.startTest(self)
        try:
            getattr(self, self._name)()
        except SkipTest as e:
            result.addSkip(self, str(e))
        except AssertionError:
            result.addFailure(self, sys.exc_info())
        except Exception:
            result.addError(self, sys.exc_info())
        else:
            result.addSuccess(self)
        finally:
            result.stopTest(self)

class Suite:
    def __init__(self, tests):
        self.tests = tests
    def run(self, result):
        for t in self.tests:
            t.run(result)
        try:
            raise ValueError("fixture")
        except ValueError:
            result.addError(_Holder("setUpClass (test.test_fake.X)"), sys.exc_info())

class TestLoader:
    def loadTestsFromModule(self, module):
        tests = []
        for name, obj in sorted(vars(module).items()):
            if isinstance(obj, type) and issubclass(obj, TestCase):
                for attr in sorted(dir(obj)):
                    if attr.startswith("test"):
                        tests.append(obj(attr))
        return Suite(tests)
