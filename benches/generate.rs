//! Generation speed: puzzles per second, with and without a difficulty search.
//!
//! Each puzzle is built, printed, parsed back and run (traced) for its key
//! and measured difficulty; asking for a level may build several candidates.
//! Timings are printed, never asserted.

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use jsorder::generate::{generate, GenOptions};
use std::time::Instant;

fn rate(label: &str, count: u64, options: &GenOptions) {
    let start = Instant::now();
    let mut bytes = 0;
    for seed in 0..count {
        bytes += std::hint::black_box(generate(seed, options)).source.len();
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "{label:<32} {count:>6} puzzles in {secs:>6.2} s = {:>8.0} puzzles/s ({} KB of code)",
        count as f64 / secs,
        bytes / 1024
    );
}

fn main() {
    rate("any difficulty", 5000, &GenOptions::default());
    for level in [1, 3, 5] {
        let options = GenOptions {
            difficulty: Some(level),
            ..GenOptions::default()
        };
        rate(&format!("--difficulty {level}"), 1000, &options);
    }
}
