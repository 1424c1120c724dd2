"""Running driver.py: one process per module and runtime in a scratch directory, with a time
limit, a pool of workers, progress on stderr, and a cache of CPython's results (they only change
with CPython, its Lib/test or the driver)."""

import concurrent.futures
import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

from . import locate, outcome


MEMORY_LIMIT_KIB = 4 * 1024 * 1024


def run_module(exe, module, stdlib, timeout, extra_env=None):
    """Run `exe driver.py test.MODULE` and return its module record. The process gets 4 GiB of
    address space (`ulimit -v`, set by a shell that then execs it: thread-safe, unlike
    preexec_fn), so a runaway test fails alone instead of starving the machine."""
    scratch = tempfile.mkdtemp(prefix="cpytest-%s-" % module)
    cwd = os.path.join(scratch, "cwd")
    tmp = os.path.join(scratch, "tmp")
    os.mkdir(cwd)
    os.mkdir(tmp)
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    env.update({"KRAIT_STDLIB": stdlib, "TMPDIR": tmp, "PYTHONIOENCODING": "utf-8"})
    env.update(extra_env or {})
    out_path = os.path.join(scratch, "stdout")
    err_path = os.path.join(scratch, "stderr")
    start = time.monotonic()
    timed_out = False
    try:
        with open(out_path, "wb") as out, open(err_path, "wb") as err:
            argv = ["/bin/sh", "-c", 'ulimit -v %d && exec "$@"' % MEMORY_LIMIT_KIB, "sh",
                    exe, locate.DRIVER, "test." + module]
            proc = subprocess.Popen(argv, cwd=cwd, env=env,
                                    stdin=subprocess.DEVNULL, stdout=out, stderr=err,
                                    start_new_session=True)
            try:
                proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                timed_out = True
            finally:
                kill_group(proc)
        seconds = time.monotonic() - start
        with open(out_path, "rb") as f:
            stdout = f.read().decode("utf-8", "replace")
        with open(err_path, "rb") as f:
            stderr = f.read().decode("utf-8", "replace")
        code = None if timed_out else proc.returncode
        return outcome.classify(module, stdout, stderr, code, timed_out, seconds)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def kill_group(proc):
    """Kill the driver's process group (the driver and anything the test started)."""
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    proc.wait()


class CpythonCache:
    """CPython's module records in the target dir, keyed by the interpreter, Lib/test and the
    driver. Hung runs are cached too: a module that hangs under CPython here (a few do, e.g.
    test__xxsubinterpreters) would cost its time limit on every run."""

    def __init__(self, cpython, stdlib, directory=None):
        with open(locate.DRIVER, "rb") as f:
            driver = f.read()
        version = subprocess.run([cpython, "-c", "import sys; print(sys.version)"],
                                 capture_output=True, text=True).stdout
        key = hashlib.sha256(driver + version.encode() + stdlib.encode()).hexdigest()[:16]
        base = directory or os.path.join(locate.target_dir(), "cpython-tests", "cpython-cache")
        self.dir = os.path.join(base, key)

    def path(self, module):
        return os.path.join(self.dir, module + ".json")

    def get(self, module):
        try:
            with open(self.path(module)) as f:
                return json.load(f)
        except (OSError, ValueError):
            return None

    def put(self, module, record):
        os.makedirs(self.dir, exist_ok=True)
        tmp = self.path(module) + ".tmp"
        with open(tmp, "w") as f:
            json.dump(record, f)
        os.replace(tmp, self.path(module))


class Progress:
    """One line on stderr per finished job: `[ n/N] module runtime status time error`."""

    def __init__(self, total, stream=None):
        self.total, self.done = total, 0
        self.stream = stream or sys.stderr
        self.lock = threading.Lock()
        self.started = time.monotonic()

    def finished(self, module, runtime, record):
        with self.lock:
            self.done += 1
            run, passed = outcome.counts(record)[:2]
            note = record["error"][:70]
            line = "[%*d/%d] %-32s %-7s %-13s %4d/%-4d %6.1fs  %s" % (
                len(str(self.total)), self.done, self.total, module, runtime, record["status"],
                passed, run, record["seconds"], note)
            print(line.rstrip(), file=self.stream, flush=True)


def run_all(jobs, workers, progress):
    """Run `jobs` [(module, runtime, thunk)] on `workers` threads, longest-known first is the
    caller's business; returns {(module, runtime): record}."""
    results = {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=workers) as pool:
        futures = {pool.submit(thunk): (module, runtime) for module, runtime, thunk in jobs}
        for future in concurrent.futures.as_completed(futures):
            module, runtime = futures[future]
            record = future.result()
            results[(module, runtime)] = record
            progress.finished(module, runtime, record)
    return results
