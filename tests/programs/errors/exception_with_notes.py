# Notes added with add_note appear after the exception line.
def parse_row(i, row):
    try:
        return [int(x) for x in row.split(",")]
    except ValueError as e:
        e.add_note(f"while parsing row {i}: {row!r}")
        raise
rows = ["1,2,3", "4,5,6", "7,x,9"]
for i, r in enumerate(rows):
    print(parse_row(i, r))
