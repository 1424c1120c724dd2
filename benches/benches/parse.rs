//! Parsing the whole CPython 3.11 standard library (about 1,800 files, 31 MB) with krait's
//! parser; criterion reports the throughput. Compare with CPython's `ast.parse` over the same
//! files: `python3 benches/compare_parse.py` runs both and prints the ratio.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use krait_benches::stdlib_sources;
use krait_parser::{parse, Mode};
use std::hint::black_box;
use std::time::Duration;

fn parse_stdlib(c: &mut Criterion) {
    let sources = stdlib_sources();
    let bytes: usize = sources.iter().map(|(_, s)| s.len()).sum();
    let accepted = sources
        .iter()
        .filter(|(name, src)| parse(src, name, Mode::Exec).is_ok())
        .count();
    eprintln!(
        "stdlib: {} files, {bytes} bytes; krait's parser accepts {accepted} of them",
        sources.len()
    );
    let mut group = c.benchmark_group("parse");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(20));
    group.bench_function("stdlib", |b| {
        b.iter(|| {
            for (name, src) in &sources {
                let _ = black_box(parse(black_box(src), name, Mode::Exec));
            }
        })
    });
    group.finish();
}

criterion_group!(benches, parse_stdlib);
criterion_main!(benches);
