# add_note across raise-from chains and groups, notes preserved on re-raise, __notes__ manipulation and errors.
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        e.add_note(f"while parsing {s!r}")
        raise
def load(items):
    out = []
    for i, s in enumerate(items):
        try:
            out.append(parse(s))
        except ValueError as e:
            e.add_note(f"item #{i}")
            raise RuntimeError("load failed") from e
    return out
try:
    load(["1", "2", "x3"])
except RuntimeError as e:
    print(repr(e), getattr(e, "__notes__", None))
    print(repr(e.__cause__), e.__cause__.__notes__)
e = KeyError("k")
print(hasattr(e, "__notes__"))
e.add_note("first")
e.__notes__.append("appended directly")
print(e.__notes__)
e.__notes__ = ["replaced"]
e.add_note("after replace")
print(e.__notes__)
e.__notes__ = "not a list"
try:
    e.add_note("x")
except TypeError as err:
    print("TypeError:", err)
del e.__notes__
e.add_note("fresh")
print(e.__notes__)
g = ExceptionGroup("many", [ValueError("a"), TypeError("b")])
g.add_note("group note")
g.exceptions[0].add_note("leaf note")
m, r = g.split(ValueError)
print(m.__notes__, m.exceptions[0].__notes__, r.__notes__, getattr(r.exceptions[0], "__notes__", None))
try:
    try:
        raise ValueError("inner")
    except ValueError as inner:
        inner.add_note("kept on re-raise")
        raise
except ValueError as again:
    print(again.__notes__)
