# The format-spec mini-language through format() for ints, floats, strings.
ints = [0, 7, -7, 255, 1234567, -1234567]
specs = ["d", "5d", "<5d", "^7d", ">6d", "=+8d", "+d", " d", "-d", "05d", "x", "#x", "#X", "o", "#o",
         "b", "#010b", ",d", "_d", "_b", "c", "n", "e", ".2f", "%", "g", "*^9", "0=8", "08,"]
for spec in specs:
    row = []
    for n in ints:
        try:
            row.append(format(n, spec))
        except (ValueError, OverflowError) as e:
            row.append(type(e).__name__)
    print(repr(spec), row)
floats = [0.0, -0.0, 1.5, -2.25, 1234.5678, 1e-7, 1.23e20, float("inf"), float("nan"), 0.1]
fspecs = ["", "f", ".0f", ".3f", "10.2f", "<10.1f", "e", ".2e", "E", "g", ".3g", "G", "#g", "%", ".1%",
          "+.1f", " .1f", "010.2f", ",.2f", "_.1f", "z.1f", "n", ".10", "#.0f", "#.0e", "=+10.2f", "r"]
for spec in fspecs:
    row = []
    for x in floats:
        try:
            row.append(format(x, spec))
        except ValueError as e:
            row.append("ValueError")
    print(repr(spec), row)
for spec in ["", "s", "10", "<10", ">10", "^10", "*^11", ".2", "10.3", "=10"]:
    try:
        print(repr(spec), repr(format("hello", spec)))
    except ValueError as e:
        print(repr(spec), "ValueError:", e)
for bad in [(1, "s"), ("s", "d"), (1.5, "d"), (1, ".2d"), ("x", "+"), (1, ",x"), (1.0, "c")]:
    try:
        format(*bad)
    except ValueError as e:
        print(repr(bad), "ValueError:", e)
print(format(True, "d"), format(True, ""), format(True, "5"), format(None, ""), format([1], ""))
print(format(2**100, ","), format(-2**64, "#x"), format(10**30, "e"), format(1 + 2j, "^20.2f"))
