#!/usr/bin/env python3
"""Downloads pyperformance's benchmark programs into the cache, verified by hash (issue 7).

    python3 pyperformance-subset/fetch.py [--manifest PATH] [--cache DIR]

The source distribution named in manifest.toml is fetched from PyPI with pip (the ordinary
client: `pip download --no-deps --no-binary :all:`) into $KRAIT_CACHE/pyperformance/ (default
~/.cache/krait/pyperformance/), its sha256 is checked against the manifest, and only its
data-files/benchmarks/bm_* directories are unpacked next to it. Running it again does nothing
once the unpacked tree is there; a cached archive with the wrong hash is fetched again. Prints
the directory holding the bm_* directories.
"""

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kbench import manifest as manifest_mod  # noqa: E402

STAMP = ".krait-fetched"


class FetchError(Exception):
    """The archive could not be fetched, verified or unpacked."""


def cache_root():
    """$KRAIT_CACHE or ~/.cache/krait."""
    return os.environ.get("KRAIT_CACHE") or os.path.join(os.path.expanduser("~"), ".cache", "krait")


def sha256_of(path):
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def extract_benchmarks(archive, root, dest):
    """Unpacks the members of `archive` under `root`/bm_*/ into `dest`/bm_*/ (nothing else)."""
    prefix = root.rstrip("/") + "/"
    count = 0
    with tarfile.open(archive, "r:*") as tar:
        for member in tar.getmembers():
            if not member.name.startswith(prefix):
                continue
            rel = member.name[len(prefix):]
            parts = rel.split("/")
            if not parts[0].startswith("bm_") or any(p in ("", ".", "..") for p in parts):
                continue
            if not (member.isfile() or member.isdir()):
                continue  # no links or devices from an archive
            target = os.path.join(dest, *parts)
            if member.isdir():
                os.makedirs(target, exist_ok=True)
                continue
            os.makedirs(os.path.dirname(target), exist_ok=True)
            source = tar.extractfile(member)
            with source, open(target, "wb") as out:
                shutil.copyfileobj(source, out)
            count += 1
    if count == 0:
        raise FetchError("%s holds no %sbm_* files" % (archive, prefix))
    return count


def pip_download(man, into):
    """Fetches the sdist with pip into the directory `into`; returns its path."""
    cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:",
           "--disable-pip-version-check", "-d", into,
           "%s==%s" % (man.package, man.version)]
    print("fetch: %s" % " ".join(cmd), file=sys.stderr)
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    path = os.path.join(into, man.sdist)
    if proc.returncode != 0 or not os.path.exists(path):
        raise FetchError("pip download failed (status %d):\n%s" % (proc.returncode, proc.stdout))
    return path


def fetch(man, cache=None, download=pip_download):
    """Makes sure the verified benchmarks are unpacked; returns the bm_* parent directory."""
    base = os.path.join(cache or cache_root(), "pyperformance")
    dest = os.path.join(base, "%s-%s" % (man.package, man.version), "benchmarks")
    stamp = os.path.join(dest, STAMP)
    if os.path.exists(stamp):
        with open(stamp, encoding="ascii") as f:
            if f.read().strip() == man.sha256:
                return dest
    os.makedirs(base, exist_ok=True)
    archive = os.path.join(base, man.sdist)
    if not os.path.exists(archive) or sha256_of(archive) != man.sha256:
        with tempfile.TemporaryDirectory(dir=base) as tmp:
            got = download(man, tmp)
            digest = sha256_of(got)
            if digest != man.sha256:
                raise FetchError("%s has sha256 %s, the manifest pins %s"
                                 % (man.sdist, digest, man.sha256))
            os.replace(got, archive)
    if os.path.exists(dest):
        shutil.rmtree(dest)
    partial = dest + ".partial"
    if os.path.exists(partial):
        shutil.rmtree(partial)
    os.makedirs(partial)
    extract_benchmarks(archive, man.benchmarks_root, partial)
    with open(os.path.join(partial, STAMP), "w", encoding="ascii") as f:
        f.write(man.sha256 + "\n")
    os.replace(partial, dest)
    return dest


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--manifest", default=manifest_mod.DEFAULT_PATH)
    parser.add_argument("--cache", default=None, help="cache root (default: $KRAIT_CACHE "
                        "or ~/.cache/krait)")
    args = parser.parse_args(argv)
    try:
        man = manifest_mod.load(args.manifest)
        print(fetch(man, args.cache))
    except (manifest_mod.ManifestError, FetchError, OSError, tarfile.TarError) as exc:
        print("fetch: error: %s" % exc, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
