"""Unit tests of the pyperformance-subset harness's own logic (no network, no real benchmarks)."""
