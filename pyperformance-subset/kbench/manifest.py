"""Reads and checks manifest.toml: the pyperformance release and the benchmarks of the subset."""

import os
import re
import tomllib
from dataclasses import dataclass, field

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_PATH = os.path.join(HERE, "manifest.toml")

_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


class ManifestError(Exception):
    """The manifest is missing, malformed or inconsistent."""


@dataclass(frozen=True)
class Benchmark:
    """One benchmark of the subset: which script runs it and with how many loops."""

    name: str
    directory: str
    loops: int
    args: tuple = ()
    only: tuple = ()
    warmups: int = 1
    values: int = 3
    # CPython 3.11 seconds per loop when `loops` was calibrated (documentation only).
    calibrated_loop_seconds: float = 0.0


@dataclass(frozen=True)
class Manifest:
    """The whole manifest: where the benchmarks come from, and the subset."""

    package: str
    version: str
    sdist: str
    sha256: str
    benchmarks_root: str
    benchmarks: tuple = field(default_factory=tuple)

    def names(self):
        return [b.name for b in self.benchmarks]

    def select(self, only):
        """The benchmarks named in `only` (an iterable of names), in manifest order."""
        wanted = list(only)
        known = set(self.names())
        unknown = [name for name in wanted if name not in known]
        if unknown:
            raise ManifestError("unknown benchmark(s): %s (known: %s)"
                                % (", ".join(unknown), ", ".join(self.names())))
        return [b for b in self.benchmarks if b.name in wanted]


def _need(table, key, kind, where):
    if key not in table:
        raise ManifestError("%s: missing key %r" % (where, key))
    value = table[key]
    if not isinstance(value, kind) or isinstance(value, bool) and kind is not bool:
        raise ManifestError("%s: %r must be %s" % (where, key, kind.__name__))
    return value


def _str_list(table, key, where):
    value = table.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ManifestError("%s: %r must be a list of strings" % (where, key))
    return tuple(value)


def parse(text):
    """Parses manifest text into a Manifest, checking every field."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ManifestError("manifest is not valid TOML: %s" % exc) from None
    source = data.get("pyperformance")
    if not isinstance(source, dict):
        raise ManifestError("manifest: missing [pyperformance] table")
    where = "[pyperformance]"
    sha = _need(source, "sha256", str, where)
    if not _SHA256.match(sha):
        raise ManifestError("%s: sha256 must be 64 lower-case hex digits" % where)
    defaults = data.get("defaults", {})
    d_warmups = _need(defaults, "warmups", int, "[defaults]") if defaults else 1
    d_values = _need(defaults, "values", int, "[defaults]") if defaults else 3
    table = data.get("benchmarks")
    if not isinstance(table, dict) or not table:
        raise ManifestError("manifest: no [benchmarks.NAME] tables")
    benchmarks = []
    for name, entry in table.items():
        where = "[benchmarks.%s]" % name
        if not _NAME.match(name):
            raise ManifestError("%s: bad benchmark name" % where)
        if not isinstance(entry, dict):
            raise ManifestError("%s: must be a table" % where)
        directory = _need(entry, "dir", str, where)
        if not directory.startswith("bm_") or "/" in directory or ".." in directory:
            raise ManifestError("%s: dir must be a bm_* directory name" % where)
        loops = _need(entry, "loops", int, where)
        warmups = entry.get("warmups", d_warmups)
        values = entry.get("values", d_values)
        if loops < 1 or values < 1 or warmups < 0:
            raise ManifestError("%s: need loops >= 1, values >= 1, warmups >= 0" % where)
        per_loop = entry.get("calibrated_loop_seconds", 0.0)
        if not isinstance(per_loop, (int, float)) or per_loop < 0:
            raise ManifestError("%s: calibrated_loop_seconds must be a number" % where)
        benchmarks.append(Benchmark(
            name=name, directory=directory, loops=loops,
            args=_str_list(entry, "args", where), only=_str_list(entry, "only", where),
            warmups=warmups, values=values, calibrated_loop_seconds=float(per_loop)))
    return Manifest(
        package=_need(source, "package", str, "[pyperformance]"),
        version=_need(source, "version", str, "[pyperformance]"),
        sdist=_need(source, "sdist", str, "[pyperformance]"),
        sha256=sha,
        benchmarks_root=_need(source, "benchmarks_root", str, "[pyperformance]"),
        benchmarks=tuple(benchmarks))


def load(path=DEFAULT_PATH):
    """Reads and parses the manifest at `path`."""
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except OSError as exc:
        raise ManifestError("cannot read manifest %s: %s" % (path, exc)) from None
    return parse(text)


def set_loops(text, name, loops, loop_seconds):
    """Returns manifest text with benchmark `name`'s loops (and calibration note) replaced."""
    lines = text.split("\n")
    header = "[benchmarks.%s]" % name
    try:
        start = lines.index(header)
    except ValueError:
        raise ManifestError("no %s table in the manifest" % header) from None
    end = start + 1
    while end < len(lines) and not lines[end].startswith("["):
        end += 1
    body = [line for line in lines[start + 1:end]
            if not line.startswith(("loops ", "loops=", "calibrated_loop_seconds"))]
    insert = 1 if body and body[0].startswith("dir") else 0
    body[insert:insert] = ["loops = %d" % loops,
                           "calibrated_loop_seconds = %.6g" % loop_seconds]
    return "\n".join(lines[:start + 1] + body + lines[end:])
