# atexit._run_exitfuncs runs the callbacks (last first) and empties the list; _clear empties it
# without running them; what is registered afterwards runs at exit, after the program's own
# output, even when the program ends with sys.exit.
import atexit
import sys

atexit.register(print, "one")
atexit.register(print, "two", end="!\n")
atexit._run_exitfuncs()
print("ran", atexit._ncallbacks())
atexit.register(print, "cleared")
atexit._clear()
print("after clear", atexit._ncallbacks())
atexit.register(print, "at exit", 1)
atexit.register(lambda: print("lambda at exit"))
print("main ends")
sys.exit(3)
