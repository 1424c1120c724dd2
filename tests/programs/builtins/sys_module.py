# The sys attributes that are fixed by CPython 3.11 semantics (no paths, no versions beyond 3.11).
import sys
print(sys.version_info[:2], sys.version_info.major, sys.version_info.minor, sys.version_info >= (3, 11), sys.version.startswith("3.11"))
print(sys.maxsize == 2**63 - 1, sys.byteorder, sys.platform.startswith("linux"))
print(sys.float_info.max, sys.float_info.min, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig, sys.float_info.radix)
print(sys.float_info.max_exp, sys.float_info.min_exp, sys.float_info.max_10_exp, sys.float_info.min_10_exp, sys.float_info.rounds)
print(sys.int_info.bits_per_digit in (15, 30), sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
print(sys.getrecursionlimit(), type(sys.argv).__name__, len(sys.argv), sys.argv[0].endswith("sys_module.py"))
print(sys.flags.optimize, sys.flags.dont_write_bytecode in (0, 1), sys.flags.hash_randomization, type(sys.flags).__name__)
print(sys.intern("abc") == "abc", sys.intern("x" * 3) is sys.intern("xxx"))
print("sys" in sys.modules, "__main__" in sys.modules, sys.modules["__main__"].__name__, type(sys.path).__name__)
print(sys.exc_info(), type(sys.getrefcount(object())).__name__, sys.stdout.encoding.lower().replace("-", ""), sys.stderr.errors)
print(sys.implementation.name in ("cpython", "krait"), sys.maxunicode)
print(type(sys.stdout).__name__, sys.stdout.writable(), sys.stdin.readable(), sys.stdout.isatty())
try:
    sys.exit_not_there
except AttributeError as e:
    print("AttributeError:", e)
