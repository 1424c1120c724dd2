# __import__ and import of sys, module attributes, sys.modules identity; import of a missing module.
s1 = __import__("sys")
import sys as s2
print(s1 is s2, type(s1).__name__, s1.__name__, "sys" in s2.modules, s2.modules["sys"] is s1)
import sys
print(sys.__name__, hasattr(sys, "exit"), callable(sys.exit), sys.modules[__name__].__name__)
try:
    import definitely_not_a_module_krait
except ImportError as e:
    print(type(e).__name__, e.name, e)
try:
    from sys import no_such_name
except ImportError as e:
    print(type(e).__name__, e)
m = type(sys)("synthetic")
m.value = 42
print(m, m.value, m.__name__, type(m).__name__)
sys.modules["synthetic"] = m
import synthetic
print(synthetic.value, synthetic is m)
del sys.modules["synthetic"]
