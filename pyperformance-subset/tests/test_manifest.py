"""manifest.toml: the real one parses and lists the issue's subset; bad ones are refused."""

import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from tests import helpers  # noqa: E402,F401  (the harness's directory on sys.path)
from kbench import manifest

SUBSET = """nbody fannkuch spectral_norm float richards richards_super nqueens chaos deltablue
raytrace go hexiom pidigits unpack_sequence generators coroutines comprehensions json_dumps
json_loads regex_v8 regex_effbot regex_dna deepcopy pickle_pure_python unpickle_pure_python
logging meteor_contest scimark pyflate async_generators bpe_tokeniser""".split()

GOOD = """
[pyperformance]
package = "pyperformance"
version = "1.14.0"
sdist = "pyperformance-1.14.0.tar.gz"
sha256 = "%s"
benchmarks_root = "x/benchmarks"

[defaults]
warmups = 2
values = 5

[benchmarks.nbody]
dir = "bm_nbody"
loops = 7
calibrated_loop_seconds = 0.14

[benchmarks.pickle_pure_python]
dir = "bm_pickle"
loops = 3
values = 1
args = ["--pure-python", "pickle"]
""" % ("ab" * 32)


class RealManifest(unittest.TestCase):
    def test_lists_the_issue_subset(self):
        m = manifest.load()
        self.assertEqual(m.names(), SUBSET)
        self.assertEqual(m.version, "1.14.0")
        for b in m.benchmarks:
            self.assertGreaterEqual(b.loops, 1, b.name)
            self.assertTrue(b.directory.startswith("bm_"), b.name)

    def test_pickle_benchmarks_use_the_pure_python_module(self):
        m = manifest.load()
        picks = {b.name: b for b in m.select(["pickle_pure_python", "unpickle_pure_python"])}
        self.assertEqual(picks["pickle_pure_python"].args, ("--pure-python", "pickle"))
        self.assertEqual(picks["unpickle_pure_python"].args, ("--pure-python", "unpickle"))


class Parse(unittest.TestCase):
    def test_fields_and_defaults(self):
        m = manifest.parse(GOOD)
        nbody, pick = m.benchmarks
        self.assertEqual((nbody.loops, nbody.warmups, nbody.values), (7, 2, 5))
        self.assertEqual(nbody.calibrated_loop_seconds, 0.14)
        self.assertEqual((pick.directory, pick.values, pick.args),
                         ("bm_pickle", 1, ("--pure-python", "pickle")))

    def test_select_keeps_manifest_order_and_refuses_unknown_names(self):
        m = manifest.parse(GOOD)
        self.assertEqual([b.name for b in m.select(["pickle_pure_python", "nbody"])],
                         ["nbody", "pickle_pure_python"])
        with self.assertRaisesRegex(manifest.ManifestError, "unknown benchmark"):
            m.select(["nbdy"])

    def test_errors(self):
        cases = [
            (GOOD.replace('"%s"' % ("ab" * 32), '"xyz"'), "sha256"),
            (GOOD.replace("loops = 7", "loops = 0"), "loops >= 1"),
            (GOOD.replace("loops = 7", 'loops = "7"'), "must be int"),
            (GOOD.replace('dir = "bm_nbody"', 'dir = "../etc"'), "bm_"),
            (GOOD.replace("[pyperformance]", "[other]"), "pyperformance"),
            (GOOD + "\n[benchmarks.x\n", "not valid TOML"),
            (GOOD.replace('args = ["--pure-python", "pickle"]', "args = [1]"), "strings"),
        ]
        for text, message in cases:
            with self.subTest(message=message):
                with self.assertRaisesRegex(manifest.ManifestError, message):
                    manifest.parse(text)

    def test_set_loops_rewrites_one_table(self):
        text = manifest.set_loops(GOOD, "nbody", 11, 0.09)
        m = manifest.parse(text)
        self.assertEqual(m.benchmarks[0].loops, 11)
        self.assertEqual(m.benchmarks[0].calibrated_loop_seconds, 0.09)
        self.assertEqual(m.benchmarks[1].loops, 3)
        with self.assertRaises(manifest.ManifestError):
            manifest.set_loops(GOOD, "nope", 1, 1.0)


if __name__ == "__main__":
    unittest.main()
