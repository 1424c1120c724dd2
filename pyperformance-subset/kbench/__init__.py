"""The pyperformance-subset harness's library: manifest, stats, processes, report (issue 7)."""
