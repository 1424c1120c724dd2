"""Module docstring."""
def f():
    """Function docstring."""
    pass
class C:
    """Class docstring."""
    ...
print(f.__doc__, C.__doc__, __doc__, ...)
