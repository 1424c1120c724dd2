# Interleaving of stdout and stderr is compared per stream; flush=True and sys.stdout.flush() must not change content.
import sys
for i in range(5):
    print("out", i)
    print("err", i, file=sys.stderr)
    if i % 2:
        sys.stdout.flush()
print("partial line", end="", flush=True)
print(" completed")
sys.stderr.write("no newline at end of stderr")
sys.stdout.write("no newline at end of stdout")
