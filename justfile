# Common jobs. Every recipe is a plain command; nothing requires `just` (see README.md).

# The whole test suite, as CI runs it.
test:
    cargo test --release --workspace

# The pyperformance subset under krait, CPython 3.11 and PyPy (issue 7): the full run, about
# 20-30 minutes; writes pyperformance-subset/results/ (see pyperformance-subset/README.md).
bench:
    python3 pyperformance-subset/bench.py run --processes 3

# Smoke test: every benchmark once, one loop. Exit status 0 unless the harness itself failed
# (a benchmark that fails under a runtime is reported as FAIL, not as an error).
bench-quick:
    python3 pyperformance-subset/bench.py run --quick

# krait's parser vs CPython's ast.parse over the whole stdlib; prints the speed ratio.
bench-parse:
    python3 benches/compare_parse.py

# CPython's own Lib/test under krait, every test_* module (issue 8): progress, a table, a JSON
# report in target/cpython-tests/; CPython's results are cached there. Within 60 minutes on 2 cores.
# Add `--update` to move tests/cpython/expected.json forward, `--write-docs` to refresh the docs.
cpython-tests *args:
    python3 tests/cpython/run.py run --all {{args}}

# The fast selection CI checks (issue 8's module list) against tests/cpython/expected.json.
cpython-tests-quick *args:
    python3 tests/cpython/run.py run --quick {{args}}

fmt:
    cargo fmt --all

lint:
    cargo clippy --workspace --all-targets -- -D warnings

# Fuzz the parser for SECONDS (default 600) on one core (needs `cargo install cargo-fuzz`).
fuzz seconds="600":
    cd fuzz && RUSTC_BOOTSTRAP=1 cargo fuzz run parse corpus/parse ../examples ../tests/syntax_errors/parser -- -max_total_time={{seconds}} -max_len=8192 -timeout=10 -rss_limit_mb=4096

# Regenerate every expected result from CPython 3.11 (see docs/testing.md).
regen:
    python3 tests/tools/gen_printable.py
    python3 tests/tools/regen_repr_cases.py
    python3 tests/tools/regen_syntax_errors.py

# Rewrite the known-failure lists to what fails now (review the diff: the lists may only shrink).
update-known:
    KRAIT_UPDATE_KNOWN=1 cargo test --release -p krait-parser -p krait
