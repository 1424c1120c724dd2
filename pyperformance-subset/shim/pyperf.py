"""krait's stand-in for the part of pyperf that pyperformance's benchmark scripts use.

The harness (pyperformance-subset/bench.py) puts this file's directory first on PYTHONPATH, so a
benchmark's `import pyperf` finds this module instead of the real one. It provides `Runner`
(`bench_func`, `bench_time_func`, `bench_async_func`, `bench_command`, `metadata`, `argparser`,
`parse_args`), `perf_counter` and `python_implementation`.

Unlike pyperf, nothing is calibrated and no worker processes are spawned: the harness chooses
the number of loops, warm-up values and timed values, and runs one process per measurement.
The settings come from the environment (KRAIT_BENCH_LOOPS, KRAIT_BENCH_WARMUPS,
KRAIT_BENCH_VALUES, KRAIT_BENCH_ONLY) or from pyperf's own options (--loops, --warmups,
--values), the latter winning.

Protocol: for every benchmark the script runs, one line is printed on stdout:

    KRAIT-BENCH-RESULT {"name": ..., "loops": L, "inner_loops": I, "warmups": [...], "values": [...]}

where each number in "warmups" and "values" is the wall time in seconds of one call running
L loops (warm-up values first, in the order measured). The first warm-up value (or the first
value when there are no warm-ups) is the process's cold figure.

The module is kept to what Python 3.9 (PyPy) and krait can run: no match statements, no
third-party imports.
"""

import argparse
import json
import os
import subprocess
import sys
import time

__all__ = ["Runner", "perf_counter", "python_implementation", "RESULT_PREFIX"]

RESULT_PREFIX = "KRAIT-BENCH-RESULT "

perf_counter = time.perf_counter


def python_implementation():
    """The implementation's name in lower case ('cpython', 'pypy', 'krait')."""
    return sys.implementation.name.lower()


def _env_int(name, default):
    text = os.environ.get(name, "")
    if not text:
        return default
    try:
        value = int(text)
    except ValueError:
        raise SystemExit("pyperf shim: %s must be an integer, not %r" % (name, text))
    if value < 0:
        raise SystemExit("pyperf shim: %s must not be negative" % name)
    return value


def _loop_calls(func, args):
    """A time function (loops -> seconds) calling func(*args) `loops` times."""

    def time_func(loops):
        it = range(loops)
        t0 = perf_counter()
        for _ in it:
            func(*args)
        return perf_counter() - t0

    return time_func


class Runner:
    """Runs each benchmark of a pyperformance script with the loop counts the harness chose."""

    def __init__(self, values=None, processes=None, loops=0, min_time=0.1, metadata=None,
                 show_name=True, program_args=None, add_cmdline_args=None, _argparser=None,
                 warmups=None, **kwargs):
        # pyperf's calibration options are accepted and ignored: the harness decides.
        self.metadata = dict(metadata or {})
        self.add_cmdline_args = add_cmdline_args
        self.args = None
        parser = _argparser or argparse.ArgumentParser(
            description="pyperformance benchmark run by krait's pyperf shim")
        parser.add_argument("--loops", type=int, default=None,
                            help="loops per value (default: $KRAIT_BENCH_LOOPS or 1)")
        parser.add_argument("--warmups", type=int, default=None,
                            help="untimed warm-up values (default: $KRAIT_BENCH_WARMUPS or 1)")
        parser.add_argument("--values", type=int, default=None,
                            help="timed values (default: $KRAIT_BENCH_VALUES or 3)")
        self.argparser = parser
        self.loops = _env_int("KRAIT_BENCH_LOOPS", 1)
        self.warmups = _env_int("KRAIT_BENCH_WARMUPS", 1)
        self.values = _env_int("KRAIT_BENCH_VALUES", 3)
        only = os.environ.get("KRAIT_BENCH_ONLY", "")
        self.only = set(name for name in only.split(",") if name)
        self.results = []

    def parse_args(self, args=None):
        """Parses the command line (the script's own options and --loops/--warmups/--values)."""
        if self.args is not None and args is None:
            return self.args
        ns = self.argparser.parse_args(args)
        if ns.loops is not None:
            self.loops = ns.loops
        if ns.warmups is not None:
            self.warmups = ns.warmups
        if ns.values is not None:
            self.values = ns.values
        if self.loops < 1 or self.values < 1 or self.warmups < 0:
            raise SystemExit("pyperf shim: need loops >= 1, values >= 1, warmups >= 0")
        self.args = ns
        return ns

    def _selected(self, name):
        if self.args is None:
            self.parse_args()
        return not self.only or name in self.only

    def _run(self, name, time_func, inner_loops):
        warm = [float(time_func(self.loops)) for _ in range(self.warmups)]
        values = [float(time_func(self.loops)) for _ in range(self.values)]
        return self._report(name, warm, values, inner_loops)

    def _report(self, name, warm, values, inner_loops):
        result = {
            "name": name,
            "loops": self.loops,
            "inner_loops": inner_loops or 1,
            "warmups": warm,
            "values": values,
        }
        self.results.append(result)
        sys.stdout.write(RESULT_PREFIX + json.dumps(result, sort_keys=True) + "\n")
        sys.stdout.flush()
        return result

    def bench_time_func(self, name, time_func, *args, inner_loops=None, metadata=None):
        """Times `time_func(loops, *args)`, which returns the seconds its loops took."""
        if not self._selected(name):
            return None
        return self._run(name, lambda loops: time_func(loops, *args), inner_loops)

    def bench_func(self, name, func, *args, inner_loops=None, metadata=None):
        """Times `loops` calls of `func(*args)`."""
        if not self._selected(name):
            return None
        return self._run(name, _loop_calls(func, args), inner_loops)

    def bench_async_func(self, name, func, *args, inner_loops=None, metadata=None,
                         loop_factory=None):
        """Times `loops` awaits of `func(*args)` inside one event loop per value."""
        if not self._selected(name):
            return None
        import asyncio

        async def timed(loops):
            it = range(loops)
            t0 = perf_counter()
            for _ in it:
                await func(*args)
            return perf_counter() - t0

        def time_func(loops):
            loop = loop_factory() if loop_factory is not None else asyncio.new_event_loop()
            try:
                return loop.run_until_complete(timed(loops))
            finally:
                loop.close()

        return self._run(name, time_func, inner_loops)

    def bench_command(self, name, command):
        """Times `loops` runs of the command (a list of arguments) to completion."""
        if not self._selected(name):
            return None

        def time_func(loops):
            t0 = perf_counter()
            for _ in range(loops):
                subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
            return perf_counter() - t0

        return self._run(name, time_func, None)
