# try/except/else/finally ordering, return in finally, nested handlers, bare raise, exception variable cleanup.
def trial(kind):
    log = []
    try:
        log.append("try")
        if kind == "value":
            raise ValueError("v")
        if kind == "key":
            raise KeyError("k")
        if kind == "return":
            return log + ["returned from try"]
    except ValueError as e:
        log.append(f"except ValueError {e}")
    except (KeyError, IndexError) as e:
        log.append(f"except lookup {e!r}")
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log
for k in ("none", "value", "key", "return"):
    print(k, trial(k))
def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"
print(finally_overrides())
def finally_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(finally_swallows())
def loop_finally():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out
print(loop_finally())
def reraise():
    try:
        try:
            raise TypeError("inner")
        except TypeError:
            print("handling, then re-raising")
            raise
    except TypeError as e:
        return f"outer got {e}"
print(reraise())
def var_deleted():
    try:
        raise ValueError
    except ValueError as err:
        pass
    try:
        err
    except NameError as n:
        return f"NameError: {n}"
    except UnboundLocalError as n:
        return f"UnboundLocalError: {n}"
print(var_deleted())
def nested():
    try:
        try:
            1 / 0
        finally:
            print("inner finally")
    except ZeroDivisionError:
        print("outer except")
    finally:
        print("outer finally")
nested()
def exc_in_else():
    try:
        pass
    except Exception:
        print("not here")
    else:
        raise RuntimeError("from else")
try:
    exc_in_else()
except RuntimeError as e:
    print("caught", e)
def exc_in_handler():
    try:
        raise KeyError("first")
    except KeyError:
        raise ValueError("second")
try:
    exc_in_handler()
except ValueError as e:
    print("caught", e, "context:", repr(e.__context__))
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
import sys
try:
    raise IndexError("info")
except IndexError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, sys.exception() is v if hasattr(sys, "exception") else "n/a")
print(sys.exc_info())
