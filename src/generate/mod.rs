//! The puzzle generator: fresh event-loop puzzles with answer keys, by seed,
//! difficulty and topic.
//!
//! [`generate`] is pure and deterministic: the same seed and options give the
//! same bytes on every machine. It builds an AST from scenes (see `build`)
//! and runs it in the engine to measure its difficulty ([`Difficulty`]); the
//! candidate it keeps is printed with the pretty-printer, parsed back and run
//! again, and that run of the printed text gives the answer key. Every pattern it uses has a single order under real Node
//! (SEMANTICS.md §7a): a log before any timer, top-level timers at 0 ms (any
//! number), 100 ms and 200 ms (once each), `setImmediate` only under the one
//! 200 ms timer, intervals cleared after a few runs, every rejection handled.

mod build;
mod difficulty;
mod make;
mod names;
mod rng;

pub use difficulty::{level_of, measure, Difficulty};

use crate::engine::{End, Options, Outcome};
use crate::syntax::ast::Program;
use serde::Serialize;
use std::fmt;
use std::str::FromStr;

/// A family of event-loop features a puzzle can be about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Topic {
    /// `setTimeout`, nested timers, different delays.
    Timers,
    /// `then` chains, executors, `queueMicrotask`.
    Promises,
    /// `async` functions and `await`.
    Async,
    /// `process.nextTick`.
    NextTick,
    /// `setImmediate` (always queued from a timer callback).
    Immediate,
    /// Rejections, `throw`, `catch`, `finally`, `try/catch` around `await`.
    Errors,
    /// `setInterval` with `clearInterval`.
    Intervals,
    /// Objects with a `then` method.
    Thenables,
    /// `Promise.all`, `allSettled`, `race` and `any` (opt-in: not in [`Topic::DEFAULT`]).
    Combinators,
}

impl Topic {
    /// Every topic, in the order they are listed and tagged.
    pub const ALL: [Topic; 9] = [
        Topic::Timers,
        Topic::Promises,
        Topic::Async,
        Topic::NextTick,
        Topic::Immediate,
        Topic::Errors,
        Topic::Intervals,
        Topic::Thenables,
        Topic::Combinators,
    ];

    /// The topics used when none are named: every topic but the last, as
    /// topics added after the first release are opt-in, so a seed keeps
    /// giving the puzzle it always gave.
    pub const DEFAULT: &'static [Topic] = Topic::ALL.split_at(8).0;

    /// The name used on the command line and in tags.
    pub fn name(self) -> &'static str {
        match self {
            Topic::Timers => "timers",
            Topic::Promises => "promises",
            Topic::Async => "async",
            Topic::NextTick => "nexttick",
            Topic::Immediate => "immediate",
            Topic::Errors => "errors",
            Topic::Intervals => "intervals",
            Topic::Thenables => "thenables",
            Topic::Combinators => "combinators",
        }
    }
}

impl fmt::Display for Topic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Topic {
    type Err = String;

    fn from_str(s: &str) -> Result<Topic, String> {
        let wanted = s.trim().to_ascii_lowercase();
        Topic::ALL
            .iter()
            .copied()
            .find(|t| t.name() == wanted)
            .ok_or_else(|| {
                let names: Vec<&str> = Topic::ALL.iter().map(|t| t.name()).collect();
                format!(
                    "unknown topic `{s}` (expected one of: {})",
                    names.join(", ")
                )
            })
    }
}

/// What to generate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GenOptions {
    /// The measured level (1–5) wanted; `None` takes whatever the seed gives.
    pub difficulty: Option<u8>,
    /// Topics a puzzle may draw from (empty means [`Topic::DEFAULT`]).
    pub topics: Vec<Topic>,
}

impl Default for GenOptions {
    fn default() -> Self {
        GenOptions {
            difficulty: None,
            topics: Topic::DEFAULT.to_vec(),
        }
    }
}

/// A generated puzzle and its answer key.
#[derive(Debug, Clone, Serialize)]
pub struct Puzzle {
    /// A file-friendly name: `gen-<seed>`.
    pub name: String,
    /// The seed asked for.
    pub seed: u64,
    /// The seed of the candidate that was kept (equal to `seed` unless a
    /// `difficulty` was asked for and the first candidate missed it).
    /// `generate(effective_seed, options)` gives the same puzzle.
    pub effective_seed: u64,
    /// The topics the program really uses.
    pub topics: Vec<Topic>,
    /// The measured difficulty.
    pub difficulty: Difficulty,
    /// The program, as printed (no header).
    pub source: String,
    /// What `node` prints: the answer key, one `\n`-terminated line per log.
    pub key: String,
    /// The generated tree (spans empty); parsing `source` gives it back.
    #[serde(skip)]
    pub ast: Program,
}

impl Puzzle {
    /// The `.js` file: a `// title:`, `// difficulty:`, `// tags:` header, then the program.
    pub fn file_text(&self) -> String {
        let tags: Vec<&str> = self.topics.iter().map(|t| t.name()).collect();
        format!(
            "// title: Generated puzzle {} (seed {})\n// difficulty: {}\n// tags: {}\n{}",
            self.name,
            self.effective_seed,
            self.difficulty.level,
            tags.join(", "),
            self.source
        )
    }
}

/// Candidates tried for a requested difficulty before settling for the closest.
const MAX_CANDIDATES: u64 = 200;

/// Instruction budget for one generated program (they need a few thousand).
const STEP_BUDGET: u64 = 5_000_000;

/// The puzzle for `seed`. Pure: same seed and options, same puzzle.
///
/// With a `difficulty`, candidates are built from `seed`, then from seeds
/// derived from it, until one *measures* at that level; if none of the first
/// 200 does, the closest is kept (its measured level is in the puzzle).
pub fn generate(seed: u64, options: &GenOptions) -> Puzzle {
    let topics = if options.topics.is_empty() {
        Topic::DEFAULT.to_vec()
    } else {
        options.topics.clone()
    };
    let Some(wanted) = options.difficulty.map(|d| d.clamp(1, 5)) else {
        let level = 1 + (rng::mix(seed) % 5) as u8;
        return candidate(seed, seed, level, &topics).unwrap_or_else(|| fallback(seed, &topics));
    };
    let mut best: Option<Candidate> = None;
    for i in 0..MAX_CANDIDATES {
        let s = if i == 0 {
            seed
        } else {
            rng::mix(seed ^ rng::mix(i))
        };
        let Some(d) = draft(seed, s, wanted, &topics) else {
            continue;
        };
        if d.difficulty.level == wanted {
            if let Some(p) = finish(d) {
                return p;
            }
            continue;
        }
        let distance = |d: &Candidate| d.difficulty.level.abs_diff(wanted);
        if best.as_ref().is_none_or(|b| distance(&d) < distance(b)) {
            best = Some(d);
        }
    }
    best.and_then(finish)
        .unwrap_or_else(|| fallback(seed, &topics))
}

/// `count` puzzles: the `k`-th is `generate(seed + k, options)`.
pub fn generate_many(seed: u64, count: u64, options: &GenOptions) -> Vec<Puzzle> {
    (0..count)
        .map(|k| generate(seed.wrapping_add(k), options))
        .collect()
}

/// One candidate built with the size knobs of `level` (1–5) and no search on
/// the measured difficulty; `None` if it fails to run cleanly (a generator bug).
pub fn generate_at_level(seed: u64, level: u8, options: &GenOptions) -> Option<Puzzle> {
    candidate(seed, seed, level.clamp(1, 5), &options.topics)
}

/// Instructions for one traced run of a generated program.
fn run_options() -> Options {
    Options {
        max_steps: STEP_BUDGET,
        trace: true,
        // The measure reads which task queued which, not the queue contents.
        trace_snapshots: false,
        max_trace_events: 20_000,
        ..Options::default()
    }
}

/// Runs a program; its printed lines and difficulty if it finished cleanly.
fn measure_run(program: &Program, source: &str) -> Option<(Outcome, Difficulty)> {
    let outcome = crate::engine::run(program, source, &run_options()).ok()?;
    if !matches!(outcome.end, End::Completed) || !outcome.stderr.is_empty() {
        return None;
    }
    let difficulty = measure(&outcome.stdout, &outcome.events);
    Some((outcome, difficulty))
}

/// A built candidate and its measured difficulty, not yet printed.
struct Candidate {
    seed: u64,
    effective: u64,
    build: build::Draft,
    difficulty: Difficulty,
}

/// Builds one candidate and runs its tree directly (no printing or parsing:
/// the difficulty search may try many); `None` if it does not run cleanly.
fn draft(seed: u64, effective: u64, level: u8, topics: &[Topic]) -> Option<Candidate> {
    let build = build::build(effective, level, topics);
    let (_, difficulty) = measure_run(&build.program, "")?;
    Some(Candidate {
        seed,
        effective,
        build,
        difficulty,
    })
}

/// Prints the chosen candidate, parses the text back and runs *that* for the
/// answer key, so the key always belongs to the text a learner reads; `None`
/// if the text does not parse back to the same tree or runs differently.
fn finish(draft: Candidate) -> Option<Puzzle> {
    let source = crate::syntax::print_program(&draft.build.program);
    let parsed = crate::syntax::parse(&source).ok()?;
    let (outcome, difficulty) = measure_run(&parsed, &source)?;
    if difficulty != draft.difficulty {
        return None;
    }
    Some(Puzzle {
        name: format!("gen-{}", draft.seed),
        seed: draft.seed,
        effective_seed: draft.effective,
        topics: draft.build.topics.into_iter().collect(),
        difficulty,
        key: outcome.stdout_text(),
        source,
        ast: draft.build.program,
    })
}

/// One candidate, built, measured and finished.
fn candidate(seed: u64, effective: u64, level: u8, topics: &[Topic]) -> Option<Puzzle> {
    finish(draft(seed, effective, level, topics)?)
}

/// A level-1 puzzle of plain calls: only reached if every candidate failed to run.
fn fallback(seed: u64, topics: &[Topic]) -> Puzzle {
    let _ = topics;
    candidate(seed, seed, 1, &[]).unwrap_or_else(|| Puzzle {
        name: format!("gen-{seed}"),
        seed,
        effective_seed: seed,
        topics: Vec::new(),
        difficulty: measure(&[], &[]),
        source: String::new(),
        key: String::new(),
        ast: Program {
            body: Vec::new(),
            span: crate::syntax::span::Span::default(),
        },
    })
}
