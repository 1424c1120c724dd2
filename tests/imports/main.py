import helper
from helper import double, CONST
import pkg
from pkg import mod_a
from pkg.sub import deep
import pkg.sub.deep as dd
from ns.part import leaf
print(helper.double(4), double(5), CONST, helper.__name__, helper.__file__.endswith("helper.py"))
print(pkg.VALUE, mod_a.f(), deep.where(), dd is deep, pkg.sub.deep is deep)
print(leaf.X, type(__import__("ns")).__name__)
print(helper.__spec__.name, pkg.__path__[0].endswith("pkg"), pkg.__package__, mod_a.__package__)
from pkg import *
print(exported)
import sys
print("helper" in sys.modules, "pkg.sub.deep" in sys.modules)
try:
    import broken
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno, e.offset, str(e))
try:
    from pkg import nothing
except ImportError as e:
    print(e)
import circ_a
print(circ_a.done)
import raises
