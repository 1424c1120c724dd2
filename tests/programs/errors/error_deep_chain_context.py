# An exception raised in an except block that is inside a finally block.
def risky():
    raise ValueError("first")
try:
    risky()
except ValueError:
    try:
        pass
    finally:
        print("cleaning up")
        raise TypeError("second")
