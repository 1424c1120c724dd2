# sys.exit() with no argument and with None both exit 0; other objects are printed.
import sys
try:
    sys.exit()
except SystemExit as e:
    print("code", e.code)
try:
    sys.exit([1, 2])
except SystemExit as e:
    print("code", e.code)
sys.exit(None)
