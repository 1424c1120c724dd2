//! `cargo run --release -p krait-benches --example parse_stdlib -- [--repeat N]`: times krait's parser over the whole stdlib the way
//! benches/cpython_parse.py times CPython's (every file read first, best of N full passes), and
//! prints one line in the same format, for benches/compare_parse.py to set side by side.

use krait_benches::{stdlib_dir, stdlib_sources};
use krait_parser::{parse, Mode};
use std::hint::black_box;
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let repeat = args
        .iter()
        .position(|a| a == "--repeat")
        .and_then(|i| args.get(i + 1)?.parse::<u32>().ok())
        .unwrap_or(5)
        .max(1);
    let sources = stdlib_sources();
    let total: usize = sources.iter().map(|(_, s)| s.len()).sum();
    let mut best = f64::INFINITY;
    let mut rejected = 0;
    for _ in 0..repeat {
        rejected = 0;
        let start = Instant::now();
        for (name, src) in &sources {
            if black_box(parse(black_box(src), name, Mode::Exec)).is_err() {
                rejected += 1;
            }
        }
        best = best.min(start.elapsed().as_secs_f64());
    }
    println!(
        "krait {}: {} files, {total} bytes, {rejected} rejected, best {best:.3} s, {:.2} MB/s",
        stdlib_dir().display(),
        sources.len(),
        total as f64 / best / 1e6
    );
}
