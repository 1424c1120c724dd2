# SystemExit raised deep in a call stack still just exits, with the code given.
def validate(n):
    if n < 0:
        raise SystemExit(f"negative input: {n}")
    return n
def main():
    for v in [3, 2, -1, 5]:
        print("valid", validate(v))
main()
