# break/continue/return inside try/except/finally within nested loops, with exceptions in flight.
def process(grid):
    log = []
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            try:
                if v is None:
                    continue
                if v == "stop":
                    break
                log.append(10 // v)
            except ZeroDivisionError:
                log.append(f"zero at {r},{c}")
                continue
            except TypeError:
                log.append(f"skip row {r}")
                break
            finally:
                log.append("f")
        else:
            log.append(f"row {r} complete")
    return log
print(process([[1, 2, None], [0, 5], ["x", 1], [2, "stop", 3], [5]]))
def first_valid(items):
    for it in items:
        try:
            return int(it)
        except ValueError:
            continue
        finally:
            print("  checked", repr(it))
    return None
print(first_valid(["a", "b", "42", "7"]), first_valid(["x"]))
def swallow_in_finally():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            if i < 2:
                continue
    return "loop ended"
try:
    print(swallow_in_finally())
except ValueError as e:
    print("escaped ValueError", e)
def break_in_finally():
    while True:
        try:
            raise KeyError("lost")
        finally:
            break
    return "KeyError discarded by break"
print(break_in_finally())
count = 0
while count < 5:
    count += 1
    try:
        if count == 2:
            raise RuntimeError("two")
    except RuntimeError:
        print("handled at", count)
        continue
    else:
        print("no error at", count)
    finally:
        print("finally at", count)
