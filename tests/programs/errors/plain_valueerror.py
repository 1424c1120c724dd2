# An uncaught ValueError at module level after some output.
print("starting")
values = [int(s) for s in ["1", "2", "3"]]
print(values)
raise ValueError("something went wrong")
