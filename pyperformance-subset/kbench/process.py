"""Runs one benchmark or start-up process and measures it: wall time, peak RSS, results."""

import json
import os
import signal
import subprocess
import tempfile
import threading
import time

RESULT_PREFIX = "KRAIT-BENCH-RESULT "
SHIM_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "shim")


class ProtocolError(Exception):
    """A benchmark process printed result lines the harness cannot read (a harness bug)."""


def first_error_line(stderr, status=None):
    """The first line of the error a failed process reported.

    For a Python traceback that is the exception line (the first unindented line after
    "Traceback (most recent call last):"); otherwise the first non-empty line of stderr, or the
    exit status when stderr is empty.
    """
    lines = [line.rstrip() for line in stderr.splitlines()]
    for i, line in enumerate(lines):
        if line.startswith("Traceback (most recent call last):"):
            for later in lines[i + 1:]:
                if later and not later[0].isspace():
                    return later
    for line in lines:
        if line.strip():
            return line.strip()
    if status is not None and status < 0:
        return "killed by signal %d" % -status
    return "exit status %s with no error output" % status


def parse_results(stdout):
    """The shim's result records from a process's stdout, in order."""
    results = []
    for line in stdout.splitlines():
        if not line.startswith(RESULT_PREFIX):
            continue
        try:
            record = json.loads(line[len(RESULT_PREFIX):])
        except ValueError as exc:
            raise ProtocolError("unreadable result line %r: %s" % (line[:200], exc)) from None
        for key in ("name", "loops", "warmups", "values"):
            if key not in record:
                raise ProtocolError("result line without %r: %r" % (key, line[:200]))
        if not record["values"] or not all(isinstance(v, (int, float)) and v >= 0
                                           for v in record["values"] + record["warmups"]):
            raise ProtocolError("result line with bad values: %r" % line[:200])
        results.append(record)
    return results


def combine(results):
    """One cold figure and a list of warmed values from a script's sub-benchmark results.

    Sub-benchmarks run one after the other, each with the same loops; the script's value i is the
    sum of the sub-benchmarks' values i. The cold figure is the sum of each sub-benchmark's
    first measured value (its first warm-up, or its first value without warm-ups).
    """
    if not results:
        raise ProtocolError("no result lines")
    counts = {len(r["values"]) for r in results}
    if len(counts) != 1:
        raise ProtocolError("sub-benchmarks report different numbers of values")
    n = counts.pop()
    values = [sum(r["values"][i] for r in results) for i in range(n)]
    cold = sum((r["warmups"] or r["values"])[0] for r in results)
    return cold, values


def own_hwm_kib():
    """This process's peak RSS in KiB (VmHWM), or 0 where /proc is missing."""
    return _vm_hwm("/proc/self/status") or 0


def _vm_hwm(path):
    try:
        with open(path, "rb") as f:
            for line in f:
                if line.startswith(b"VmHWM:"):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        return None
    return None


def _exec_done(pid, argv0):
    """Whether process `pid` runs the new program yet (its argv[0] is `argv0`)."""
    try:
        with open("/proc/%d/cmdline" % pid, "rb") as f:
            return f.read().split(b"\0", 1)[0] == os.fsencode(argv0)
    except OSError:
        return False


def peak_rss(wait4_kib, floor_kib, sampled_kib):
    """The child's peak RSS in KiB and how it was found ("wait4", "sampled" or None).

    On Linux a child's ru_maxrss also counts the memory image it was forked from (the harness's
    own, up to its peak), so wait4's figure is the child's own peak only when it is above the
    harness's peak (`floor_kib`). Otherwise the highest VmHWM sampled from /proc/PID/status while
    the child ran is used: a lower bound, late by at most one sampling interval (10 ms).
    """
    if wait4_kib and wait4_kib > floor_kib:
        return wait4_kib, "wait4"
    if sampled_kib:
        return sampled_kib, "sampled"
    return None, None


def run(cmd, env=None, cwd=None, timeout=600.0, sample=True):
    """Runs `cmd` to completion; returns status, stdout, stderr, wall, maxrss_kib and more.

    stdout and stderr go through temporary files so that nothing blocks; the child is reaped with
    os.wait4 for its resource usage, and its VmHWM is sampled meanwhile (see peak_rss). A process
    still running after `timeout` seconds is killed with its process group (timed_out = True).
    With sample=False the child is reaped with a blocking wait (exact wall time, no sampling).
    """
    status_path = None
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        floor = own_hwm_kib()
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=out, stderr=err,
                                env=env, cwd=cwd, start_new_session=True)
        timed_out = False
        deadline = start + timeout
        delay = 0.0002
        sampled = None
        if not sample:
            killer = threading.Timer(timeout, os.killpg, (proc.pid, signal.SIGKILL))
            killer.start()
            pid, wstatus, usage = os.wait4(proc.pid, 0)
            killer.cancel()
            timed_out = time.perf_counter() > deadline
        while sample:
            pid, wstatus, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid == proc.pid:
                break
            if status_path is None and _exec_done(proc.pid, cmd[0]):
                status_path = "/proc/%d/status" % proc.pid
            if status_path is not None:
                hwm = _vm_hwm(status_path)
                if hwm is not None and (sampled is None or hwm > sampled):
                    sampled = hwm
            if time.perf_counter() > deadline and not timed_out:
                timed_out = True
                os.killpg(proc.pid, signal.SIGKILL)
            time.sleep(delay)
            if time.perf_counter() - start > 0.2:  # fine sampling while start-up is short
                delay = min(delay * 2, 0.01)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(wstatus)
        peak, source = peak_rss(usage.ru_maxrss, floor, sampled)
        out.seek(0)
        err.seek(0)
        return {
            "status": proc.returncode,
            "stdout": out.read().decode("utf-8", "replace"),
            "stderr": err.read().decode("utf-8", "replace"),
            "wall": wall,
            "maxrss_kib": peak,
            "maxrss_source": source,
            "timed_out": timed_out,
        }


def bench_env(loops, warmups, values, only=(), base=None):
    """The environment of a benchmark process: the shim first on PYTHONPATH, the loop counts."""
    env = dict(os.environ if base is None else base)
    path = env.get("PYTHONPATH", "")
    env["PYTHONPATH"] = SHIM_DIR + (os.pathsep + path if path else "")
    env["KRAIT_BENCH_LOOPS"] = str(loops)
    env["KRAIT_BENCH_WARMUPS"] = str(warmups)
    env["KRAIT_BENCH_VALUES"] = str(values)
    env["KRAIT_BENCH_ONLY"] = ",".join(only)
    env.pop("PYTHONSTARTUP", None)
    return env


def run_benchmark(exe, script, args, loops, warmups, values, only=(), timeout=600.0):
    """Runs one benchmark process; returns a measurement dict (ok or FAIL with its reason)."""
    cmd = [exe, script] + list(args)
    env = bench_env(loops, warmups, values, only)
    proc = run(cmd, env=env, cwd=os.path.dirname(script), timeout=timeout)
    record = {"cmd": cmd, "status": proc["status"], "wall": proc["wall"],
              "maxrss_kib": proc["maxrss_kib"], "maxrss_source": proc["maxrss_source"]}
    if proc["timed_out"]:
        record.update(ok=False, error="timed out after %.0f s" % timeout)
        return record
    if proc["status"] != 0:
        record.update(ok=False, error=first_error_line(proc["stderr"], proc["status"]))
        return record
    results = parse_results(proc["stdout"])
    if not results:
        record.update(ok=False, error="exited 0 without a result line: "
                      + first_error_line(proc["stderr"] or proc["stdout"], 0))
        return record
    cold, timed = combine(results)
    record.update(ok=True, cold=cold, values=timed,
                  sub=[{"name": r["name"], "warmups": r["warmups"], "values": r["values"]}
                       for r in results])
    return record
