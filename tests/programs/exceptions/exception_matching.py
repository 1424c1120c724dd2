# Handler matching: order, tuples, base classes, re-raise different types, exceptions in handler selection.
def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return f"lookup-specific {type(e).__name__}"
    except LookupError as e:
        return f"lookup-generic {type(e).__name__}"
    except ArithmeticError:
        return "arith"
    except Exception as e:
        return f"other {type(e).__name__}"
class MyLookup(LookupError):
    pass
for exc in [KeyError("k"), IndexError, MyLookup(), ZeroDivisionError, OverflowError("o"), ValueError, UnicodeDecodeError("x", b"", 0, 0, "r")]:
    print(classify(exc))
handlers = (TypeError, ValueError)
try:
    int("x")
except handlers as e:
    print("caught via tuple variable", type(e).__name__)
try:
    try:
        raise ValueError("x")
    except "not a class":
        pass
except TypeError as e:
    print("TypeError:", e)
def catch_base():
    try:
        raise KeyboardInterrupt
    except Exception:
        return "Exception caught it"
    except BaseException as e:
        return f"BaseException caught {type(e).__name__}"
print(catch_base())
try:
    try:
        raise SystemExit(5)
    except Exception:
        print("not here")
except SystemExit as e:
    print("SystemExit code", e.code)
try:
    try:
        raise GeneratorExit
    except Exception:
        print("not here")
except BaseException as e:
    print("caught", type(e).__name__, isinstance(e, Exception))
errors = []
for v in ["1", "x", None, "3", [], "0"]:
    try:
        errors.append(10 // int(v))
    except ValueError:
        errors.append("V")
    except TypeError:
        errors.append("T")
    except ZeroDivisionError:
        errors.append("Z")
print(errors)
