"""Statistics: median, spread, geometric mean, speed ratios."""

import math
import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from tests import helpers  # noqa: E402,F401  (the harness's directory on sys.path)
from kbench import stats


class Stats(unittest.TestCase):
    def test_median(self):
        self.assertEqual(stats.median([3, 1, 2]), 2.0)
        self.assertEqual(stats.median([4, 1, 3, 2]), 2.5)
        with self.assertRaises(ValueError):
            stats.median([])

    def test_spread_and_stdev(self):
        self.assertAlmostEqual(stats.spread([0.9, 1.0, 1.1]), 0.2)
        self.assertEqual(stats.spread([5.0]), 0.0)
        self.assertEqual(stats.stdev([1.0]), 0.0)
        self.assertAlmostEqual(stats.stdev([1.0, 3.0]), math.sqrt(2))

    def test_geomean(self):
        self.assertAlmostEqual(stats.geomean([2.0, 8.0]), 4.0)
        self.assertIsNone(stats.geomean([]))
        self.assertAlmostEqual(stats.geomean([None, 3.0]), 3.0)
        with self.assertRaises(ValueError):
            stats.geomean([1.0, 0.0])

    def test_speedup(self):
        self.assertEqual(stats.speedup(2.0, 0.5), 4.0)
        self.assertIsNone(stats.speedup(None, 1.0))
        self.assertIsNone(stats.speedup(1.0, 0.0))

    def test_summarize(self):
        s = stats.summarize([1.0, 2.0, 3.0])
        self.assertEqual((s["median"], s["min"], s["max"], s["n"]), (2.0, 1.0, 3.0, 3))


if __name__ == "__main__":
    unittest.main()
