# Error-handling patterns: retry with a deterministic failure schedule, fallbacks chains, error accumulation.
class TransientError(Exception):
    pass
class PermanentError(Exception):
    pass
schedule = {"fetch_a": [TransientError, TransientError, None], "fetch_b": [PermanentError], "fetch_c": [TransientError] * 5}
calls = {}
def flaky(name):
    n = calls.get(name, 0)
    calls[name] = n + 1
    plan = schedule[name]
    exc = plan[n] if n < len(plan) else None
    if exc:
        raise exc(f"{name} attempt {n + 1}")
    return f"{name} ok after {n + 1}"
def retry(fn, *args, attempts=3):
    errors = []
    for i in range(attempts):
        try:
            return fn(*args)
        except TransientError as e:
            errors.append(str(e))
    raise RuntimeError(f"gave up after {attempts}: {errors}")
for name in ("fetch_a", "fetch_b", "fetch_c"):
    try:
        print(retry(flaky, name))
    except PermanentError as e:
        print("permanent:", e)
    except RuntimeError as e:
        print("runtime:", e, "| context:", repr(e.__context__))
def fallback(*sources):
    last = None
    for s in sources:
        try:
            return s()
        except Exception as e:
            last = e
            print("  source failed:", type(e).__name__, e)
    raise LookupError("all sources failed") from last
print(fallback(lambda: {}["x"], lambda: int("y"), lambda: "third works"))
try:
    fallback(lambda: 1 / 0, lambda: [][1])
except LookupError as e:
    print("LookupError:", e, "cause:", repr(e.__cause__))
def validate_all(records):
    problems = []
    for i, r in enumerate(records):
        try:
            if not isinstance(r, dict):
                raise TypeError(f"record {i} is {type(r).__name__}")
            if "id" not in r:
                raise KeyError(f"record {i} has no id")
            int(r["id"])
        except (TypeError, KeyError, ValueError) as e:
            problems.append(e)
    if problems:
        raise ExceptionGroup("invalid records", problems)
try:
    validate_all([{"id": "1"}, [], {"name": "x"}, {"id": "q"}])
except* KeyError as g:
    print("key problems:", [str(e) for e in g.exceptions])
except* (TypeError, ValueError) as g:
    print("other problems:", [f"{type(e).__name__}: {e}" for e in g.exceptions])
