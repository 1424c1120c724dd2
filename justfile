# Common jobs. Every recipe is a plain command; nothing requires `just` (see README.md).

# The whole test suite, as CI runs it.
test:
    cargo test --release --workspace

# krait's parser vs CPython's ast.parse over the whole stdlib; prints the speed ratio.
bench:
    python3 benches/compare_parse.py

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
