//! The generator: printed programs parse back to the generated tree, runs
//! finish within budget, the same seed gives the same bytes, and `generate(42)`
//! is pinned by a snapshot.

use jsorder::engine::{run_source, End, Options};
use jsorder::generate::{generate, generate_at_level, GenOptions, Topic};
use jsorder::syntax::{ast::Program, parse, print_program};
use proptest::prelude::*;

/// The tree's debug text with every span removed.
fn without_spans(p: &Program) -> String {
    let text = format!("{p:?}");
    let mut out = String::with_capacity(text.len());
    let mut rest = text.as_str();
    while let Some(at) = rest.find("Span { start: ") {
        out.push_str(&rest[..at]);
        let after = &rest[at..];
        let end = after.find('}').map_or(after.len(), |e| e + 1);
        rest = &after[end..];
    }
    out.push_str(rest);
    out
}

fn topics_from(mask: u16) -> Vec<Topic> {
    Topic::ALL
        .iter()
        .enumerate()
        .filter(|(i, _)| mask & (1 << i) != 0)
        .map(|(_, t)| *t)
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn printed_programs_parse_back_to_the_generated_tree(seed in any::<u64>(), level in 1u8..=5, mask in 1u16..(1 << Topic::ALL.len())) {
        let options = GenOptions { difficulty: None, topics: topics_from(mask) };
        let puzzle = generate_at_level(seed, level, &options);
        prop_assert!(puzzle.is_some(), "seed {} level {} does not run cleanly", seed, level);
        let puzzle = puzzle.unwrap();
        prop_assert_eq!(print_program(&puzzle.ast), puzzle.source.clone());
        let parsed = parse(&puzzle.source);
        prop_assert!(parsed.is_ok(), "does not parse:\n{}", puzzle.source);
        let parsed = parsed.unwrap();
        prop_assert_eq!(without_spans(&parsed), without_spans(&puzzle.ast));
        prop_assert_eq!(print_program(&parsed), puzzle.source);
    }

    #[test]
    fn generated_programs_finish_within_budget(seed in any::<u64>(), mask in 1u16..(1 << Topic::ALL.len())) {
        let options = GenOptions { difficulty: None, topics: topics_from(mask) };
        let puzzle = generate(seed, &options);
        let budget = Options { max_steps: 1_000_000, ..Options::default() };
        let outcome = run_source(&puzzle.file_text(), &budget).expect("compiles");
        prop_assert!(matches!(outcome.end, End::Completed), "{:?}\n{}", outcome.end, puzzle.source);
        prop_assert_eq!(outcome.stdout_text(), puzzle.key);
        prop_assert!(outcome.stderr.is_empty());
    }

    #[test]
    fn same_seed_same_bytes(seed in any::<u64>(), difficulty in proptest::option::of(1u8..=5)) {
        let options = GenOptions { difficulty, ..GenOptions::default() };
        let (a, b) = (generate(seed, &options), generate(seed, &options));
        prop_assert_eq!(a.file_text(), b.file_text());
        prop_assert_eq!(a.key, b.key);
    }
}

#[test]
fn labels_are_unique() {
    for seed in 0..200 {
        let p = generate(seed, &GenOptions::default());
        let mut lines: Vec<&str> = p.key.lines().collect();
        let n = lines.len();
        lines.sort_unstable();
        lines.dedup();
        assert_eq!(lines.len(), n, "seed {seed} repeats a line:\n{}", p.source);
    }
}

#[test]
fn requested_difficulty_is_measured() {
    for level in 1..=5 {
        for seed in 0..10 {
            let options = GenOptions {
                difficulty: Some(level),
                ..GenOptions::default()
            };
            let p = generate(seed, &options);
            assert_eq!(p.difficulty.level, level, "seed {seed}");
            // The effective seed reproduces the puzzle.
            assert_eq!(generate(p.effective_seed, &options).source, p.source);
        }
    }
}

#[test]
fn topics_are_respected() {
    for topic in Topic::ALL {
        for seed in 0..20 {
            let options = GenOptions {
                difficulty: None,
                topics: vec![topic],
            };
            let p = generate(seed, &options);
            // Immediates are always queued from a timer callback.
            let allowed =
                |t: &Topic| *t == topic || (topic == Topic::Immediate && *t == Topic::Timers);
            assert!(
                p.topics.iter().all(allowed),
                "{topic}: {:?}\n{}",
                p.topics,
                p.source
            );
        }
    }
}

#[test]
fn combinators_are_opt_in() {
    let uses_combinator = |p: &jsorder::generate::Puzzle| {
        [
            "Promise.all(",
            "Promise.allSettled(",
            "Promise.race(",
            "Promise.any(",
        ]
        .iter()
        .any(|c| p.source.contains(c))
    };
    let defaults = GenOptions::default();
    assert!(!defaults.topics.contains(&Topic::Combinators));
    assert!((0..50).all(|seed| !uses_combinator(&generate(seed, &defaults))));
    let chosen = GenOptions {
        difficulty: None,
        topics: vec![Topic::Combinators, Topic::Promises],
    };
    let with = (0..50).filter(|&seed| uses_combinator(&generate(seed, &chosen)));
    assert!(with.count() >= 10);
}

#[test]
fn seed_42_snapshot() {
    let p = generate(42, &GenOptions::default());
    insta::assert_snapshot!(format!(
        "{}--- key\n{}--- difficulty\n{:?}",
        p.file_text(),
        p.key,
        p.difficulty
    ));
}
