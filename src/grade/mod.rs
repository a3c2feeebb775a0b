//! Grading predictions: compare a learner's predicted output with what the
//! engine recorded, score it, and explain every mistake from the recorded
//! provenance of each printed line.
//!
//! [`grade`] is pure: it never runs the engine and never prints. Run the
//! puzzle once (with [`crate::engine::Options::trace`] for the most precise
//! explanations) and grade any number of answers against that [`Outcome`].
//!
//! ```
//! use jsorder::engine::{run_source, Options};
//! use jsorder::grade::{grade, Answer};
//! let src = "setTimeout(() => console.log('t'), 0);\nconsole.log('s');\n";
//! let outcome = run_source(src, &Options::default()).unwrap();
//! let g = grade(&outcome, &Answer::from_lines(["t", "s"]));
//! assert!(!g.correct);
//! assert!(g.score < 100);
//! assert!(g.explanations[0].text.contains("runs to completion"));
//! ```

mod answer;
pub mod batch;
pub mod explain;
pub mod report;
mod score;

pub use answer::{Answer, AnswerError, Normalisation, MAX_ANSWER_BYTES, MAX_ANSWER_LINES};
pub use explain::{Explanation, Rule};

use crate::engine::Outcome;
use serde::Serialize;

/// One line of the true output, pointing at the [`crate::engine::LogLine`] that printed it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExpectedLine {
    /// The text (one line of a possibly multi-line log).
    pub text: String,
    /// Index into [`Outcome::stdout`].
    pub log: usize,
}

/// The true output as lines, normalised like answers (trailing spaces, blank ends).
pub fn expected_lines(outcome: &Outcome) -> Vec<ExpectedLine> {
    let mut v: Vec<ExpectedLine> = outcome
        .stdout
        .iter()
        .enumerate()
        .flat_map(|(i, l)| {
            l.text.split('\n').map(move |t| ExpectedLine {
                text: t.trim_end().to_string(),
                log: i,
            })
        })
        .collect();
    while v.last().is_some_and(|l| l.text.is_empty()) {
        v.pop();
    }
    let lead = v.iter().take_while(|l| l.text.is_empty()).count();
    v.drain(..lead);
    v
}

/// The verdict on one position of the comparison table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Row {
    /// 1-based position.
    pub position: usize,
    /// The true line at this position, if the output is that long.
    pub expected: Option<String>,
    /// The predicted line at this position, if the answer is that long.
    pub predicted: Option<String>,
    /// Whether they are equal.
    pub ok: bool,
}

/// A predicted line that is close to a true line but not equal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Misspelling {
    /// What the learner wrote.
    pub predicted: String,
    /// The true line it was taken for.
    pub expected: String,
}

/// The result of grading one answer.
#[derive(Debug, Clone, Serialize)]
pub struct Grade {
    /// Whether the answer equals the true output (after normalisation).
    pub correct: bool,
    /// 0–100; 100 only when correct. See the README's "Grading" section.
    pub score: u32,
    /// Position-by-position comparison.
    pub rows: Vec<Row>,
    /// 1-based position of the first difference.
    pub first_divergence: Option<usize>,
    /// True lines the answer does not contain.
    pub missing: Vec<String>,
    /// Predicted lines that are never printed (and are not misspellings).
    pub extra: Vec<String>,
    /// Predicted lines taken for a true line they nearly equal.
    pub misspelled: Vec<Misspelling>,
    /// Pairs of lines the learner put in the wrong order (earlier-in-truth first).
    pub inverted_pairs: usize,
    /// Why the true order holds: first the first divergence, then every inverted pair.
    pub explanations: Vec<Explanation>,
    /// Normalisations applied to the answer.
    pub normalised: Vec<Normalisation>,
}

impl Grade {
    /// The explanation of the first mistake, if any.
    pub fn first_explanation(&self) -> Option<&Explanation> {
        self.explanations.first()
    }
}

/// Most inverted pairs explained in one grade.
pub const MAX_EXPLAINED_PAIRS: usize = 100;

/// A solved puzzle, ready to grade any number of answers: the true lines and
/// what explanations need, computed once.
#[derive(Debug, Clone)]
pub struct Solution<'a> {
    truth: Vec<ExpectedLine>,
    ctx: explain::Context<'a>,
}

impl<'a> Solution<'a> {
    /// Prepares `outcome` for grading (explanations are sharper when it was traced).
    pub fn new(outcome: &'a Outcome) -> Solution<'a> {
        Solution {
            truth: expected_lines(outcome),
            ctx: explain::Context::new(outcome),
        }
    }

    /// The true output lines.
    pub fn lines(&self) -> impl Iterator<Item = &str> {
        self.truth.iter().map(|t| t.text.as_str())
    }

    /// Grades one answer.
    pub fn grade(&self, predicted: &Answer) -> Grade {
        let truth = &self.truth;
        let m = score::match_lines(truth, &predicted.lines);
        let correct = truth.len() == predicted.lines.len()
            && truth
                .iter()
                .zip(&predicted.lines)
                .all(|(t, p)| &t.text == p);
        let rows = rows(truth, &predicted.lines);
        let first_divergence = rows.iter().find(|r| !r.ok).map(|r| r.position);
        let (pairs, inverted_pairs) = score::inversions(&m.mapped, MAX_EXPLAINED_PAIRS);
        let mut explanations = Vec::new();
        if let Some(pos) = first_divergence {
            explanations.extend(
                self.ctx
                    .explain_divergence(truth, &predicted.lines, &m, pos - 1),
            );
        }
        for &(a, b) in &pairs {
            let e = self.ctx.explain_order(&truth[a], &truth[b]);
            if !explanations.contains(&e) {
                explanations.push(e);
            }
        }
        Grade {
            correct,
            score: if correct { 100 } else { m.score().min(99) },
            rows,
            first_divergence,
            missing: m.missing.iter().map(|&i| truth[i].text.clone()).collect(),
            extra: m
                .extra
                .iter()
                .map(|&i| predicted.lines[i].clone())
                .collect(),
            misspelled: m
                .misspelled
                .iter()
                .map(|&(p, e)| Misspelling {
                    predicted: predicted.lines[p].clone(),
                    expected: truth[e].text.clone(),
                })
                .collect(),
            inverted_pairs,
            explanations,
            normalised: predicted.normalised.clone(),
        }
    }
}

/// Grades `predicted` against the recorded run `expected`. To grade many
/// answers to one puzzle, build a [`Solution`] once instead.
pub fn grade(expected: &Outcome, predicted: &Answer) -> Grade {
    Solution::new(expected).grade(predicted)
}

fn rows(truth: &[ExpectedLine], predicted: &[String]) -> Vec<Row> {
    (0..truth.len().max(predicted.len()))
        .map(|i| {
            let expected = truth.get(i).map(|t| t.text.clone());
            let predicted = predicted.get(i).cloned();
            Row {
                position: i + 1,
                ok: expected.is_some() && expected == predicted,
                expected,
                predicted,
            }
        })
        .collect()
}
