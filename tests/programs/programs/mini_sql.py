# A miniature SQL engine over lists of dicts: SELECT cols FROM t WHERE cond GROUP BY col ORDER BY col [DESC] LIMIT n.
TABLES = {
    "emp": [
        {"id": 1, "name": "ann", "dept": "eng", "salary": 120, "age": 31},
        {"id": 2, "name": "bob", "dept": "ops", "salary": 90, "age": 45},
        {"id": 3, "name": "cat", "dept": "eng", "salary": 135, "age": 28},
        {"id": 4, "name": "dan", "dept": "ops", "salary": 95, "age": 39},
        {"id": 5, "name": "eve", "dept": "hr", "salary": 80, "age": 50},
        {"id": 6, "name": "fay", "dept": "eng", "salary": 110, "age": 41},
    ]
}
class SQLError(Exception):
    pass
def parse(q):
    words = q.replace(",", " , ").split()
    upper = [w.upper() for w in words]
    def section(start, ends):
        if start not in upper:
            return None
        i = upper.index(start) + 1
        j = i
        while j < len(words) and upper[j] not in ends:
            j += 1
        return words[i:j]
    keys = ("SELECT", "FROM", "WHERE", "GROUP", "ORDER", "LIMIT")
    if not upper or upper[0] != "SELECT":
        raise SQLError("query must start with SELECT")
    cols = [c for c in section("SELECT", keys) if c != ","]
    frm = section("FROM", keys)
    if not frm:
        raise SQLError("missing FROM")
    where = section("WHERE", keys)
    group = section("GROUP", keys)
    order = section("ORDER", keys)
    limit = section("LIMIT", keys)
    return cols, frm[0], where, group[1] if group else None, order[1:] if order else None, int(limit[0]) if limit else None
def run(q):
    cols, table, where, group, order, limit = parse(q)
    if table not in TABLES:
        raise SQLError(f"no such table {table!r}")
    rows = TABLES[table]
    if where:
        expr = " ".join({"=": "==", "AND": "and", "OR": "or", "NOT": "not"}.get(w.upper(), w) for w in where)
        rows = [r for r in rows if eval(expr, {"__builtins__": {}}, dict(r))]
    if group:
        buckets = {}
        for r in rows:
            buckets.setdefault(r[group], []).append(r)
        out = []
        for key, rs in buckets.items():
            row = {group: key}
            for c in cols:
                if "(" in c:
                    fn, arg = c[:-1].split("(")
                    vals = [r[arg] for r in rs] if arg != "*" else rs
                    row[c] = {"COUNT": len, "SUM": sum, "MAX": max, "MIN": min, "AVG": lambda v: round(sum(v) / len(v), 2)}[fn.upper()](vals)
            out.append(row)
        rows = out
    if order:
        key = order[0]
        rows = sorted(rows, key=lambda r: r[key], reverse=len(order) > 1 and order[1].upper() == "DESC")
    if limit is not None:
        rows = rows[:limit]
    if cols == ["*"]:
        return rows
    missing = [c for c in cols if rows and c not in rows[0]]
    if missing:
        raise SQLError(f"unknown column {missing[0]!r}")
    return [{c: r[c] for c in cols} for r in rows]
queries = [
    "SELECT name, salary FROM emp WHERE salary > 100 ORDER BY salary DESC",
    "SELECT name FROM emp WHERE dept = 'ops' OR age > 45",
    "SELECT dept, COUNT(*), AVG(salary), MAX(age) FROM emp GROUP BY dept ORDER BY dept",
    "SELECT * FROM emp ORDER BY age LIMIT 2",
    "SELECT name, age FROM emp WHERE NOT dept = 'eng' AND salary < 95",
    "SELECT name FROM nowhere",
    "SELECT bogus FROM emp",
    "DELETE FROM emp",
    "SELECT name",
]
for q in queries:
    print(q)
    try:
        for row in run(q):
            print("   ", row)
    except SQLError as e:
        print("    SQLError:", e)
