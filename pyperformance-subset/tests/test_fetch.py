"""fetch.py: hash check, extraction of bm_* only, idempotence (with a fake download, no network)."""

import hashlib
import io
import os
import sys
import tarfile
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from tests import helpers  # noqa: E402,F401  (the harness's directory on sys.path)
import fetch  # noqa: E402
from kbench import manifest  # noqa: E402

ROOT = "pkg-1.0/pkg/data-files/benchmarks"


def make_sdist(path):
    files = {
        ROOT + "/bm_a/run_benchmark.py": b"print('a')\n",
        ROOT + "/bm_a/data/x.txt": b"data\n",
        ROOT + "/MANIFEST": b"not a benchmark\n",
        "pkg-1.0/setup.py": b"outside\n",
        ROOT + "/bm_b/../../evil.py": b"escape\n",
    }
    with tarfile.open(path, "w:gz") as tar:
        for name, data in files.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
        link = tarfile.TarInfo(ROOT + "/bm_a/link")
        link.type = tarfile.SYMTYPE
        link.linkname = "/etc/passwd"
        tar.addfile(link)
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


class Fetch(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.source = os.path.join(self.tmp.name, "pkg-1.0.tar.gz")
        self.sha = make_sdist(self.source)
        self.calls = 0

    def tearDown(self):
        self.tmp.cleanup()

    def man(self, sha=None):
        return manifest.Manifest(package="pkg", version="1.0", sdist="pkg-1.0.tar.gz",
                                 sha256=sha or self.sha, benchmarks_root=ROOT)

    def download(self, man, into):
        self.calls += 1
        dest = os.path.join(into, man.sdist)
        with open(self.source, "rb") as src, open(dest, "wb") as out:
            out.write(src.read())
        return dest

    def test_extracts_only_benchmark_files_once(self):
        cache = os.path.join(self.tmp.name, "cache")
        dest = fetch.fetch(self.man(), cache, download=self.download)
        found = sorted(os.path.relpath(os.path.join(d, f), dest)
                       for d, _, fs in os.walk(dest) for f in fs)
        self.assertEqual(found, [fetch.STAMP, "bm_a/data/x.txt", "bm_a/run_benchmark.py"])
        self.assertEqual(fetch.fetch(self.man(), cache, download=self.download), dest)
        self.assertEqual(self.calls, 1)

    def test_wrong_hash_is_refused(self):
        cache = os.path.join(self.tmp.name, "cache")
        with self.assertRaisesRegex(fetch.FetchError, "sha256"):
            fetch.fetch(self.man("0" * 64), cache, download=self.download)
        self.assertFalse(os.path.exists(os.path.join(cache, "pyperformance", "pkg-1.0.tar.gz")))


if __name__ == "__main__":
    unittest.main()
