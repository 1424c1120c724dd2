# sys.exit inside finally replaces an in-flight exception: no traceback, status 4.
import sys
try:
    print("before error")
    raise RuntimeError("this is discarded")
finally:
    print("finally exits")
    sys.exit(4)
