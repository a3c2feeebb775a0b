//! Differential test of the generator against the real `node`: a few hundred
//! generated puzzles across every topic mix and difficulty, each answer key
//! compared with what node prints.
//!
//! A disagreement fails the test, prints the program shrunk to the fewest
//! top-level statements that still disagree, and saves it with node's output
//! in `tests/regressions/generated/` (commit those files: every program there
//! is checked against its `.out` on every run). `JSORDER_GENERATED_PROGRAMS=N`
//! runs more programs than the default 250.

mod common;

use jsorder::engine::{run_source, Options};
use jsorder::generate::{generate, GenOptions, Topic};
use jsorder::syntax::ast::Program;
use jsorder::syntax::print_program;
use std::path::{Path, PathBuf};

const REGRESSIONS: &str = "tests/regressions/generated";

/// The topic mix for a seed: every non-empty subset of the topics comes up.
fn topics_for(seed: u64) -> Vec<Topic> {
    let mask = (seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 55) as usize | 1 << (seed % 9);
    Topic::ALL
        .iter()
        .enumerate()
        .filter(|(i, _)| mask & (1 << i) != 0)
        .map(|(_, t)| *t)
        .collect()
}

/// Whether jsorder and node disagree on `src` (run from `dir`); node's output when they do.
fn disagreement(dir: &Path, name: &str, src: &str) -> Option<(String, i32)> {
    let path = dir.join(format!("{name}.js"));
    std::fs::write(&path, src).expect("write program");
    let (out, exit) = common::node(&path).expect("node runs");
    let agrees = match run_source(src, &Options::default()) {
        Ok(got) => common::compare(&path, &got, &out, exit).is_ok(),
        Err(_) => false,
    };
    (!agrees).then_some((out, exit))
}

/// Greedily drops top-level statements while the program still disagrees.
fn shrink(dir: &Path, name: &str, program: &Program) -> String {
    let mut current = program.clone();
    let mut i = 0;
    while i < current.body.len() {
        let mut candidate = current.clone();
        candidate.body.remove(i);
        if disagreement(dir, name, &print_program(&candidate)).is_some() {
            current = candidate;
        } else {
            i += 1;
        }
    }
    print_program(&current)
}

/// Checks one seed; on disagreement, shrinks, saves and describes it.
fn check(dir: &Path, seed: u64) -> Option<String> {
    let level = 1 + (seed % 5) as u8;
    let options = GenOptions {
        difficulty: Some(level),
        topics: topics_for(seed),
    };
    let puzzle = generate(seed, &options);
    let name = format!("gen-{}-level{level}", puzzle.effective_seed);
    let (first, _) = disagreement(dir, &name, &puzzle.source)?;
    // A generated program promises one order under node. If a second run
    // agrees with jsorder, node printed it two ways: report that, and do not
    // shrink or save a program whose recorded output would be a coin toss.
    let Some((again, _)) = disagreement(dir, &name, &puzzle.source) else {
        return Some(format!(
            "seed {seed} (effective {}), topics {:?}, level {level}: node printed this program in two orders \
             (a timing race in the generated program, or a machine too loaded for its margins):\n{}\n--- node, first run\n{first}",
            puzzle.effective_seed, options.topics, puzzle.source
        ));
    };
    let small = shrink(dir, &name, &puzzle.ast);
    let Some((out, exit)) = disagreement(dir, &name, &small) else {
        return Some(format!(
            "seed {seed} (effective {}), topics {:?}, level {level}: disagrees with node, but its shrunk form \
             agreed on a later run, so node's order varies; full program:\n{}\n--- node\n{again}",
            puzzle.effective_seed, options.topics, puzzle.source
        ));
    };
    let saved = Path::new(env!("CARGO_MANIFEST_DIR")).join(REGRESSIONS);
    let _ = std::fs::write(saved.join(format!("{name}.js")), &small);
    let _ = std::fs::write(saved.join(format!("{name}.out")), &out);
    let ours = run_source(&small, &Options::default())
        .map(|o| o.stdout_text())
        .unwrap_or_else(|d| d.message);
    Some(format!(
        "seed {seed} (effective {}), topics {:?}, level {level}; shrunk program:\n{small}\n--- node (exit {exit})\n{out}--- jsorder\n{ours}\n--- full program:\n{}",
        puzzle.effective_seed, options.topics, puzzle.source
    ))
}

#[test]
fn generated_puzzles_print_what_node_prints() {
    assert!(
        common::node_available(),
        "`node` is not on PATH: this differential test needs it"
    );
    let dir = tempfile::tempdir().expect("temp dir");
    let count = std::env::var("JSORDER_GENERATED_PROGRAMS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(250u64);
    let seeds: Vec<u64> = (0..count).collect();
    let failures = common::failures_in_parallel(&seeds, |&seed| check(dir.path(), seed));
    assert!(
        failures.is_empty(),
        "{} generated puzzles disagree with node (saved in {REGRESSIONS}):\n\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

#[test]
fn regressions_print_what_node_printed() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(REGRESSIONS);
    let files: Vec<PathBuf> = std::fs::read_dir(&root)
        .expect("regression folder exists")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "js"))
        .collect();
    let failures: Vec<String> = files
        .iter()
        .filter_map(|js| {
            let (want, exit) = common::key(js);
            common::compare(js, &common::solve(js), &want, exit).err()
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
