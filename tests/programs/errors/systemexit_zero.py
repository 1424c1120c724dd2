# raise SystemExit(0) exits successfully, and finally blocks still run.
try:
    print("in try")
    raise SystemExit(0)
finally:
    print("finally runs before exit")
