import os
import os.path
import collections.abc as cabc
from sys import argv, path as p
from os.path import *
def relative():
    from . import sibling
    from .. import parent as q
    return sibling, q
print(os.sep, cabc.Sized, p is not None, join)
