# An uncaught KeyboardInterrupt prints its traceback, then CPython re-raises SIGINT (status 128+2).
def long_task():
    for i in range(3):
        print("step", i)
    raise KeyboardInterrupt
long_task()
