"""The import census: which modules of the standard library import under krait, and what stops
the others (the first error, grouped and counted). It says which missing piece (a native module,
a VM feature) unblocks the most of the standard library, and so of Lib/test."""

import collections
import os
import subprocess

from . import outcome

# Not worth probing: the test suite itself, GUI and platform-specific packages.
SKIP = {"test", "idlelib", "tkinter", "turtledemo", "turtle", "site-packages", "__pycache__",
        "lib2to3", "ensurepip", "venv", "config-3.11-x86_64-linux-gnu", "antigravity", "this",
        "__phello__", "__hello__", "lib-dynload"}

_CPYTHON_PROBE = """
import importlib, sys, warnings
warnings.simplefilter('ignore')
for name in sys.argv[1:]:
    try:
        importlib.import_module(name)
    except BaseException:
        continue
    print(name)
"""


def stdlib_modules(stdlib):
    """Top-level modules and packages of the standard library directory."""
    names = []
    for entry in sorted(os.listdir(stdlib)):
        path = os.path.join(stdlib, entry)
        if entry.endswith(".py") and os.path.isfile(path):
            names.append(entry[:-3])
        elif os.path.isfile(os.path.join(path, "__init__.py")):
            names.append(entry)
    return [n for n in names if n not in SKIP and not n.startswith("__") and "-" not in n]


def importable_on_cpython(cpython, names):
    out = subprocess.run([cpython, "-c", _CPYTHON_PROBE] + list(names), capture_output=True,
                         text=True, timeout=600, stdin=subprocess.DEVNULL)
    return set(out.stdout.split())


def probe(krait, name, env, timeout=30):
    """None when `import name` works under krait, else its first error line."""
    try:
        p = subprocess.run([krait, "-c", "import " + name], capture_output=True, text=True,
                           timeout=timeout, env=env, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        return "hung (%d s)" % timeout
    if p.returncode == 0:
        return None
    if p.returncode < 0:
        return "killed by " + outcome.signal_name(p.returncode)
    return outcome.error_from_stderr(p.stderr) or "exit status %d" % p.returncode


def group(errors):
    """[(error, [modules])] for the modules that failed, most frequent first."""
    groups = collections.defaultdict(list)
    for name, error in sorted(errors.items()):
        if error is not None:
            groups[error].append(name)
    return sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))
