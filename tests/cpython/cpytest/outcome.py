"""What one run of driver.py says: the per-test results parsed from its marker lines, and the
module's status from those, the exit status, stderr and whether it timed out.

A module record (one per module and runtime, stored in the JSON report):
    status    ok | skipped | import-failed | crashed | hung
    error     one line: why it is not ok ('' when ok)
    tests     {test id without the `test.test_x.` prefix: pass|fail|error|skip|xfail|upass}
    details   {test id: one line} for tests that did not pass (the exception, the skip reason)
    culprit   the test that was running when the process crashed or hung ('' if none)
    seconds   wall time of the process
"""

import signal

MARKER = "@@krait-cpytest@@"
STATUSES = ("ok", "skipped", "import-failed", "crashed", "hung")
PASSING = ("pass", "xfail")


def short_id(module, test_id):
    prefix = "test." + module + "."
    return test_id[len(prefix):] if test_id.startswith(prefix) else test_id


def parse_lines(text):
    """The marker lines of the driver's stdout, as lists of fields."""
    records = []
    for line in text.splitlines():
        at = line.find(MARKER)
        if at >= 0:
            records.append(line[at + len(MARKER):].split("\t"))
    return records


def error_from_stderr(stderr):
    """One line saying why a process failed: a Rust panic's message, else the last line of a
    Python traceback (`Type: message`), else the last line of stderr."""
    lines = [ln.rstrip() for ln in stderr.splitlines()]
    for i, line in enumerate(lines):
        if "panicked at" in line:
            message = line.split("panicked at", 1)[1].strip()
            if message.endswith(":") and i + 1 < len(lines):
                message = lines[i + 1].strip()
            return "panic: " + message
    nonblank = [ln for ln in lines if ln.strip()]
    if not nonblank:
        return ""
    for line in reversed(nonblank):
        if line and not line[0].isspace() and not line.startswith("Traceback ("):
            return line.strip()[:300]
    return nonblank[-1].strip()[:300]


def is_panic(stderr, returncode):
    return returncode == 101 and "panicked at" in stderr


def signal_name(returncode):
    try:
        return signal.Signals(-returncode).name
    except ValueError:
        return "signal %d" % -returncode


def classify(module, stdout, stderr, returncode, timed_out, seconds):
    """The module record of one driver process (see the module docstring)."""
    tests, details = {}, {}
    began = ended = False
    import_error = skipped = ""
    running = ""
    for fields in parse_lines(stdout):
        kind = fields[0]
        if kind == "BEGIN":
            began = True
        elif kind == "START" and len(fields) > 1:
            running = short_id(module, fields[1])
        elif kind == "RESULT" and len(fields) > 2:
            name = short_id(module, fields[2])
            tests[name] = fields[1]
            if fields[1] not in PASSING:
                details[name] = fields[3] if len(fields) > 3 else ""
            if name == running:
                running = ""
        elif kind == "IMPORT-FAILED":
            import_error = fields[1] if len(fields) > 1 else "?"
        elif kind == "MODULE-SKIPPED":
            skipped = fields[1] if len(fields) > 1 else "?"
        elif kind == "END":
            ended = True
    record = {"status": "ok", "error": "", "tests": tests, "details": details,
              "culprit": "", "seconds": round(seconds, 2)}
    if timed_out:
        record.update(status="hung", error="timed out after %.0f s" % seconds, culprit=running)
    elif returncode is not None and returncode < 0:
        record.update(status="crashed", error="killed by " + signal_name(returncode),
                      culprit=running)
    elif is_panic(stderr, returncode):
        record.update(status="crashed", error=error_from_stderr(stderr), culprit=running)
    elif import_error:
        record.update(status="import-failed", error=import_error)
    elif not began:
        # The driver itself could not run (a syntax or runtime gap before its first line).
        record.update(status="import-failed",
                      error=error_from_stderr(stderr) or "exit status %s" % returncode)
    elif skipped:
        record.update(status="skipped", error=skipped)
    elif not ended or returncode != 0:
        error = error_from_stderr(stderr) or "exit status %s" % returncode
        record.update(status="crashed", error=error, culprit=running)
    return record


def counts(record):
    """(run, passed, failed, errors, skipped) of a module record."""
    run = passed = failed = errors = skipped = 0
    for status in record["tests"].values():
        run += 1
        if status in PASSING:
            passed += 1
        elif status in ("fail", "upass"):
            failed += 1
        elif status == "error":
            errors += 1
        elif status == "skip":
            skipped += 1
    return run, passed, failed, errors, skipped


def passing(record):
    """The set of test ids that passed in a module record (empty when the record is None)."""
    if not record:
        return set()
    return {name for name, status in record["tests"].items() if status in PASSING}
