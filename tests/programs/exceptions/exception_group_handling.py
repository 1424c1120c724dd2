# except* in depth: multiple clauses matching parts, re-raise of unhandled parts, nested groups, tracebacks kept.
def raise_group():
    raise ExceptionGroup("batch", [
        ValueError("v1"),
        TypeError("t1"),
        ExceptionGroup("nested", [ValueError("v2"), KeyError("k1")]),
        OSError("o1"),
    ])
def handle(catch):
    try:
        try:
            raise_group()
        except* ValueError as g:
            print("  values:", [str(e) for e in g.exceptions], [type(e).__name__ for e in g.exceptions])
        except* (TypeError, KeyError) as g:
            print("  type/key:", repr(g))
        except* catch as g:
            print("  caught extra:", repr(g))
    except ExceptionGroup as rest:
        print("  unhandled remainder:", repr(rest))
    else:
        print("  everything handled")
print("catch OSError:"); handle(OSError)
print("catch ZeroDivisionError:"); handle(ZeroDivisionError)
def reraise_in_handler():
    try:
        raise ExceptionGroup("g", [ValueError("a"), ValueError("b")])
    except* ValueError as g:
        print("  re-raising", len(g.exceptions))
        raise
try:
    reraise_in_handler()
except ExceptionGroup as e:
    print("outer got", repr(e))
def mixed_raise():
    try:
        raise ExceptionGroup("g", [ValueError("a"), TypeError("b")])
    except* ValueError:
        raise RuntimeError("new error from handler")
    except* TypeError:
        print("  TypeError part handled")
try:
    mixed_raise()
except ExceptionGroup as e:
    print("combined:", repr(e), [type(x).__name__ for x in e.exceptions])
except RuntimeError as e:
    print("bare RuntimeError:", e)
eg = ExceptionGroup("x", [ValueError(1), ExceptionGroup("y", [TypeError(2)])])
print(eg.exceptions[1].exceptions[0].args, repr(eg.split(lambda e: isinstance(e, TypeError))))
def leaves(g):
    for e in g.exceptions:
        if isinstance(e, BaseExceptionGroup):
            yield from leaves(e)
        else:
            yield e
print([repr(e) for e in leaves(eg)])
try:
    try:
        raise TypeError("plain")
    except* TypeError as g:
        print("plain exception wrapped in group:", type(g).__name__, g.exceptions)
except Exception as e:
    print("not reached", e)
