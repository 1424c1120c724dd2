"""Small statistics for the harness: median, spread, geometric mean, ratios."""

import math


def median(values):
    """The median of a non-empty sequence of numbers."""
    ordered = sorted(values)
    if not ordered:
        raise ValueError("median of no values")
    mid = len(ordered) // 2
    if len(ordered) % 2:
        return float(ordered[mid])
    return (ordered[mid - 1] + ordered[mid]) / 2.0


def spread(values):
    """(max - min) / median: the relative width of the values (0.0 for one value)."""
    if not values:
        raise ValueError("spread of no values")
    mid = median(values)
    if mid == 0:
        return 0.0
    return (max(values) - min(values)) / mid


def stdev(values):
    """Sample standard deviation (0.0 for fewer than two values)."""
    if len(values) < 2:
        return 0.0
    mean = sum(values) / len(values)
    return math.sqrt(sum((v - mean) ** 2 for v in values) / (len(values) - 1))


def geomean(values):
    """Geometric mean of positive numbers; None when there are none."""
    values = [v for v in values if v is not None]
    if not values:
        return None
    if any(v <= 0 for v in values):
        raise ValueError("geometric mean needs positive numbers")
    return math.exp(sum(math.log(v) for v in values) / len(values))


def speedup(baseline, time):
    """How many times faster than the baseline `time` is (baseline / time); None if unknown."""
    if baseline is None or time is None or time <= 0:
        return None
    return baseline / time


def summarize(values):
    """The summary the report shows for a list of seconds: median, spread, min, max, n."""
    return {
        "median": median(values),
        "spread": spread(values),
        "stdev": stdev(values),
        "min": min(values),
        "max": max(values),
        "n": len(values),
    }
