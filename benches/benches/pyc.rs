//! Compiling the CPython 3.11 standard library from source versus loading it from `.pyc` bytes
//! (issue 3: the cache must load at least 5× faster than compiling). Both throughputs are given
//! in bytes of *source* per second over the same files (those krait compiles), so they compare
//! directly. Loading includes full validation (every instruction, the exception table and the
//! stack-depth walk) of every code object, as the importer does.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use krait_benches::stdlib_sources;
use krait_bytecode::pyc::{source_hash, PycHeader};
use krait_bytecode::{read_pyc, write_pyc};
use krait_compiler::{compile_source, CompileOptions};
use krait_parser::Mode;
use std::hint::black_box;
use std::time::{Duration, Instant};

fn pyc_vs_compile(c: &mut Criterion) {
    let opts = CompileOptions::default();
    let mut sources = Vec::new();
    let mut pycs = Vec::new();
    let mut failed = 0;
    for (name, src) in stdlib_sources() {
        match compile_source(&src, &name, Mode::Exec, &opts) {
            Ok(code) => {
                let header = PycHeader::Hash {
                    check_source: true,
                    source_hash: source_hash(&src),
                };
                pycs.push(write_pyc(&code, &header));
                sources.push((name, src));
            }
            Err(_) => failed += 1,
        }
    }
    let source_bytes: usize = sources.iter().map(|(_, s)| s.len()).sum();
    let pyc_bytes: usize = pycs.iter().map(Vec::len).sum();
    let rejected = pycs.iter().filter(|b| read_pyc(b).is_err()).count();
    eprintln!(
        "stdlib: {} files compiled ({failed} not), {source_bytes} source bytes -> {pyc_bytes} .pyc bytes; \
         {rejected} .pyc files rejected by the loader",
        sources.len()
    );
    // One timed pass of each, for the ratio criterion does not print.
    let t = Instant::now();
    for (name, src) in &sources {
        let _ = black_box(compile_source(src, name, Mode::Exec, &opts));
    }
    let compile_time = t.elapsed();
    let t = Instant::now();
    for b in &pycs {
        let _ = black_box(read_pyc(b));
    }
    let load_time = t.elapsed();
    eprintln!(
        "one pass: compile {compile_time:.2?}, load {load_time:.2?}: loading is {:.1}x faster",
        compile_time.as_secs_f64() / load_time.as_secs_f64()
    );

    let mut group = c.benchmark_group("pyc");
    group.throughput(Throughput::Bytes(source_bytes as u64));
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(15));
    group.bench_function("compile_stdlib", |b| {
        b.iter(|| {
            for (name, src) in &sources {
                let _ = black_box(compile_source(black_box(src), name, Mode::Exec, &opts));
            }
        })
    });
    group.bench_function("load_stdlib", |b| {
        b.iter(|| {
            for bytes in &pycs {
                let _ = black_box(read_pyc(black_box(bytes)));
            }
        })
    });
    group.finish();
}

criterion_group!(benches, pyc_vs_compile);
criterion_main!(benches);
