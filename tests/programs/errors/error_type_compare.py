# TypeError from sorting a list with mixed types, raised inside the sort.
records = [("b", 2), ("a", 1), (None, 3)]
print(sorted(records[:2]))
print(sorted(records))
