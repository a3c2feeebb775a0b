//! The puzzle generator: fresh event-loop puzzles with answer keys, by seed,
//! difficulty and topic.
//!
//! [`generate`] is pure and deterministic: the same seed and options give the
//! same bytes on every machine. It builds an AST from scenes (see `build`),
//! prints it with the pretty-printer, parses the text back, runs it in the
//! engine for the answer key, and measures the difficulty from that run
//! ([`Difficulty`]). Every pattern it uses has a single order under real Node
//! (SEMANTICS.md §7a): a log before any timer, top-level timers at 0 ms (any
//! number), 100 ms and 200 ms (once each), `setImmediate` only under the one
//! 200 ms timer, intervals cleared after a few runs, every rejection handled.

mod build;
mod difficulty;
mod make;
mod names;
mod rng;

pub use difficulty::{level_of, measure, Difficulty};

use crate::engine::{End, Options};
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
}

impl Topic {
    /// Every topic, in the order they are listed and tagged.
    pub const ALL: [Topic; 8] = [
        Topic::Timers,
        Topic::Promises,
        Topic::Async,
        Topic::NextTick,
        Topic::Immediate,
        Topic::Errors,
        Topic::Intervals,
        Topic::Thenables,
    ];

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
    /// Topics a puzzle may draw from (empty means all).
    pub topics: Vec<Topic>,
}

impl Default for GenOptions {
    fn default() -> Self {
        GenOptions {
            difficulty: None,
            topics: Topic::ALL.to_vec(),
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
        Topic::ALL.to_vec()
    } else {
        options.topics.clone()
    };
    let Some(wanted) = options.difficulty.map(|d| d.clamp(1, 5)) else {
        let level = 1 + (rng::mix(seed) % 5) as u8;
        return candidate(seed, seed, level, &topics).unwrap_or_else(|| fallback(seed, &topics));
    };
    let mut best: Option<Puzzle> = None;
    for i in 0..MAX_CANDIDATES {
        let s = if i == 0 {
            seed
        } else {
            rng::mix(seed ^ rng::mix(i))
        };
        let Some(p) = candidate(seed, s, wanted, &topics) else {
            continue;
        };
        if p.difficulty.level == wanted {
            return p;
        }
        let distance = |p: &Puzzle| p.difficulty.level.abs_diff(wanted);
        if best.as_ref().is_none_or(|b| distance(&p) < distance(b)) {
            best = Some(p);
        }
    }
    best.unwrap_or_else(|| fallback(seed, &topics))
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

/// Builds, prints, re-parses and runs one candidate; `None` if it does not run cleanly.
fn candidate(seed: u64, effective: u64, level: u8, topics: &[Topic]) -> Option<Puzzle> {
    let draft = build::build(effective, level, topics);
    let source = crate::syntax::print_program(&draft.program);
    let parsed = crate::syntax::parse(&source).ok()?;
    let options = Options {
        max_steps: STEP_BUDGET,
        trace: true,
        // The measure reads which task queued which, not the queue contents.
        trace_snapshots: false,
        max_trace_events: 20_000,
        ..Options::default()
    };
    let outcome = crate::engine::run(&parsed, &source, &options).ok()?;
    if !matches!(outcome.end, End::Completed) || !outcome.stderr.is_empty() {
        return None;
    }
    Some(Puzzle {
        name: format!("gen-{seed}"),
        seed,
        effective_seed: effective,
        topics: draft.topics.into_iter().collect(),
        difficulty: measure(&outcome.stdout, &outcome.events),
        key: outcome.stdout_text(),
        source,
        ast: draft.program,
    })
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
