#!/usr/bin/env bash
# Rewrites the known-failure lists (docs/testing.md) to exactly what fails at a commit (default
# HEAD), testing a clean export of that commit so uncommitted work in the tree cannot leak into
# the lists. Then review `git diff` (lines should only go) and commit the lists.
#
#   tests/tools/update_known_lists.sh [REV]
#
# Builds in $CARGO_TARGET_DIR (default: <repo>/target-known, git-ignored by /target-*).
set -euo pipefail
root=$(git rev-parse --show-toplevel)
rev=${1:-HEAD}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
git -C "$root" archive "$rev" | tar -x -C "$tmp"
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$root/target-known}
(cd "$tmp" && KRAIT_UPDATE_KNOWN=1 cargo test --release -p krait-parser -p krait -- --nocapture 2>&1 |
    grep -E 'rewrote|match CPython|^error' || true)
for f in tests/parser/known_mismatches.txt tests/syntax_errors/parser/known_failures.txt \
    tests/cli/known_failures.txt; do
    cp "$tmp/$f" "$root/$f"
done
git -C "$root" diff --stat -- tests/parser tests/syntax_errors tests/cli
