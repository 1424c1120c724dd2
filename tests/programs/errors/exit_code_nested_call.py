# sys.exit inside a nested function called from a loop: code taken from the argument.
import sys
def check(n):
    if n > 2:
        print("limit reached at", n, file=sys.stderr)
        sys.exit(n * 10)
for i in range(5):
    print("iteration", i)
    check(i)
