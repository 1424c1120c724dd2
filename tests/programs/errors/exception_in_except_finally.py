# An exception raised in a finally block replaces the one in flight and chains it.
def cleanup():
    raise OSError("cleanup failed")
try:
    print("working")
    raise ValueError("work failed")
finally:
    cleanup()
