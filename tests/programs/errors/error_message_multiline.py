# An exception whose message spans several lines, plus a note: each line is printed as-is.
class ReportError(Exception):
    pass
errors = ["line 3: missing value", "line 7: bad date", "line 9: duplicate id"]
e = ReportError("validation failed:\n  " + "\n  ".join(errors))
e.add_note("see the input file for details")
print("raising")
raise e
