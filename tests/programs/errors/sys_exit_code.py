# sys.exit(3): no traceback, exit status 3.
import sys
print("about to exit")
sys.exit(3)
print("never printed")
