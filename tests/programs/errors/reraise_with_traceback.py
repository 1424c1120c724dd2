# A bare raise in an except block keeps the original traceback frames.
def inner():
    return {}["missing"]
def outer():
    try:
        inner()
    except KeyError:
        print("logging and re-raising")
        raise
outer()
