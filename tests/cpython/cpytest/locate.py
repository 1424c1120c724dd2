"""Where things are: CPython 3.11's Lib/test (found as krait finds its standard library), the
reference interpreter, the krait binary, the test modules and the named selections."""

import os
import shutil
import subprocess

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REPO = os.path.dirname(os.path.dirname(HERE))
DRIVER = os.path.join(HERE, "driver.py")
EXPECTED = os.path.join(HERE, "expected.json")

# Issue 8's goal: these modules run to completion and 90% of what passes on CPython passes.
ISSUE_MODULES = """
test_grammar test_int test_long test_float test_complex test_bool test_list test_tuple
test_dict test_set test_string test_unicode test_bytes test_slice test_range test_enumerate
test_builtin test_class test_scope test_generators test_exceptions test_raise test_with
test_contextlib test_keywordonlyarg test_positional_only_arg test_unpack test_unpack_ex
test_listcomps test_setcomps test_dictcomps test_genexps test_augassign test_compare
test_format test_fstring test_string_literals test_patma test_syntax test_opcodes test_iter
test_sort test_types test_coroutines test_exception_group test_except_star test_itertools
test_functools test_collections test_operator test_math test_random test_re test_json
test_dataclasses test_enum test_heapq test_bisect test_copy test_textwrap test_fractions
test_statistics test_struct test_py_compile
""".split()

_PROBE = "import sys, sysconfig; print(sys.implementation.name, sys.version_info[:2] == (3, 11)); print(sysconfig.get_paths()['stdlib'])"


class NotFound(Exception):
    """CPython 3.11, its Lib/test or the krait binary is missing."""


def probe(exe):
    """(is CPython 3.11, its stdlib directory) of the interpreter `exe`, or None."""
    try:
        out = subprocess.run([exe, "-c", _PROBE], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return None
    lines = out.stdout.splitlines()
    if out.returncode != 0 or len(lines) != 2:
        return None
    return lines[0] == "cpython True", lines[1]


def stdlib_dir():
    """`$KRAIT_STDLIB`, else the stdlib of `python3.11` or `python3` when it is a 3.11 (as
    crates/krait/src/paths.rs does)."""
    env = os.environ.get("KRAIT_STDLIB")
    if env and os.path.isfile(os.path.join(env, "os.py")):
        return os.path.abspath(env)
    for exe in ("python3.11", "python3"):
        path = shutil.which(exe)
        found = probe(path) if path else None
        if found and found[0] and os.path.isfile(os.path.join(found[1], "os.py")):
            return found[1]
    for d in ("/usr/local/lib/python3.11", "/usr/lib/python3.11"):
        if os.path.isfile(os.path.join(d, "os.py")):
            return d
    raise NotFound("no CPython 3.11 standard library (set KRAIT_STDLIB)")


def lib_test(stdlib):
    """The `test` package of `stdlib`, which some distributions ship separately."""
    d = os.path.join(stdlib, "test")
    if not os.path.isfile(os.path.join(d, "support", "__init__.py")):
        raise NotFound("%s has no test package (Lib/test; on Debian: libpython3.11-testsuite)" % stdlib)
    return d


def cpython():
    """The reference interpreter: `$KRAIT_CPYTHON`, else python3.11, else python3."""
    candidates = [os.environ.get("KRAIT_CPYTHON"), shutil.which("python3.11"), shutil.which("python3")]
    for exe in filter(None, candidates):
        found = probe(exe)
        if found and found[0]:
            return exe
    raise NotFound("no CPython 3.11 (set KRAIT_CPYTHON)")


def target_dir():
    return os.environ.get("CARGO_TARGET_DIR") or os.path.join(REPO, "target")


def krait(explicit=None):
    """The krait binary: --krait, else `$KRAIT`, else the release build in the target dir."""
    for path in (explicit, os.environ.get("KRAIT"), os.path.join(target_dir(), "release", "krait")):
        if path and os.path.isfile(path):
            return os.path.abspath(path)
    raise NotFound("no krait binary (cargo build --release -p krait, or --krait PATH)")


def all_modules(test_dir):
    """Every test_* module and package of Lib/test, sorted."""
    names = []
    for entry in os.listdir(test_dir):
        path = os.path.join(test_dir, entry)
        if entry.startswith("test_") and entry.endswith(".py") and os.path.isfile(path):
            names.append(entry[:-3])
        elif entry.startswith("test_") and os.path.isfile(os.path.join(path, "__init__.py")):
            names.append(entry)
    return sorted(names)


def select(test_dir, names=(), quick=False, everything=False):
    """The modules to run: explicit names (with or without `test_`), the issue's list (quick),
    or every module; an unknown name raises NotFound."""
    available = set(all_modules(test_dir))
    chosen = []
    if everything:
        chosen = sorted(available)
    if quick:
        chosen += [m for m in ISSUE_MODULES if m in available]
    for name in names:
        full = name if name.startswith("test_") else "test_" + name
        if full not in available:
            raise NotFound("no module %s in %s" % (full, test_dir))
        chosen.append(full)
    seen = set()
    return [m for m in chosen if not (m in seen or seen.add(m))]
