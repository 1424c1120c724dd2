# CSV-like parsing with quotes written by hand, and round trips between split/join and partition.
def parse_csv_line(line):
    fields, cur, quoted, i = [], [], False, 0
    while i < len(line):
        ch = line[i]
        if quoted:
            if ch == '"':
                if i + 1 < len(line) and line[i + 1] == '"':
                    cur.append('"')
                    i += 1
                else:
                    quoted = False
            else:
                cur.append(ch)
        elif ch == '"':
            quoted = True
        elif ch == ",":
            fields.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
        i += 1
    if quoted:
        raise ValueError(f"unterminated quote in {line!r}")
    fields.append("".join(cur))
    return fields
def to_csv_line(fields):
    out = []
    for f in fields:
        if any(c in f for c in ',"\n'):
            out.append('"' + f.replace('"', '""') + '"')
        else:
            out.append(f)
    return ",".join(out)
rows = ['name,age,city', 'Ann,31,"New York, NY"', '"Smith, John",45,Boston', '"He said ""hi""",0,', ',,', 'single']
for r in rows:
    parsed = parse_csv_line(r)
    print(parsed, to_csv_line(parsed) == r, to_csv_line(parsed))
try:
    parse_csv_line('"open')
except ValueError as e:
    print("ValueError:", e)
text = "a=1;b=2;;c=3"
pairs = [p.partition("=") for p in text.split(";") if p]
print(pairs, {k: v for k, _, v in pairs}, ";".join(f"{k}={v}" for k, _, v in pairs))
for s in ["", "a", "a,b", ",", "a,,b,"]:
    print(repr(s), s.split(","), ",".join(s.split(",")) == s, s.split(",", 1), s.rsplit(",", 1))
