"""imports.py: listing the standard library's modules and grouping import failures."""

import os
import tempfile
import unittest

import helpers  # noqa: F401  (the import path)

from cpytest import imports


class ImportsTest(unittest.TestCase):
    def test_stdlib_modules(self):
        with tempfile.TemporaryDirectory() as d:
            for name in ("os.py", "_weakrefset.py", "__future__.py", "README.txt", "test"):
                open(os.path.join(d, name), "w").close() if "." in name else os.mkdir(os.path.join(d, name))
            os.mkdir(os.path.join(d, "json"))
            open(os.path.join(d, "json", "__init__.py"), "w").close()
            open(os.path.join(d, "test", "__init__.py"), "w").close()
            os.mkdir(os.path.join(d, "lib-dynload"))
            self.assertEqual(imports.stdlib_modules(d), ["_weakrefset", "json", "os"])

    def test_group(self):
        errors = {"a": None, "b": "No module named '_io'", "c": "X", "d": "No module named '_io'"}
        self.assertEqual(imports.group(errors), [("No module named '_io'", ["b", "d"]), ("X", ["c"])])


if __name__ == "__main__":
    unittest.main()
