//! Matching predicted lines to true lines, and the partial-credit score.
//!
//! Each predicted line is matched to at most one true line: first by equal
//! text (the k-th copy of a text to the k-th copy), then, for what is left, to
//! the most similar unmatched true line if they are close enough (a
//! misspelling). The score is the weight of the longest run of matches that
//! keeps the true order (exact 2, misspelt 1) over twice the longer length.

use super::ExpectedLine;
use rustc_hash::FxHashMap;
use std::collections::VecDeque;

/// Similarity (normalised Damerau–Levenshtein) at which a line counts as misspelt.
pub const MISSPELLING_SIMILARITY: f64 = 0.6;

/// How predicted lines map onto true lines.
#[derive(Debug, Clone, Default)]
pub struct Matching {
    /// For each predicted line, the index of the true line it stands for.
    pub mapped: Vec<Option<usize>>,
    /// For each predicted line, whether the match is exact.
    pub exact: Vec<bool>,
    /// True lines nobody predicted.
    pub missing: Vec<usize>,
    /// Predicted lines that match nothing.
    pub extra: Vec<usize>,
    /// (predicted index, true index) of misspelt matches.
    pub misspelled: Vec<(usize, usize)>,
    /// Number of true lines.
    pub truth_len: usize,
}

impl Matching {
    /// 0–100 (not capped at 99; the caller does that for incorrect answers).
    pub fn score(&self) -> u32 {
        let denom = 2 * self.truth_len.max(self.mapped.len());
        if denom == 0 {
            return 100;
        }
        let credit = self.ordered_credit();
        u32::try_from(100 * credit / denom).unwrap_or(100)
    }

    /// Weight of the heaviest subsequence of matches in increasing true order.
    fn ordered_credit(&self) -> usize {
        // Fenwick tree of prefix maxima over true indices: O(n log n).
        let n = self.truth_len;
        let mut tree = vec![0usize; n + 1];
        let mut best = 0;
        for (m, &exact) in self.mapped.iter().zip(&self.exact) {
            let Some(idx) = *m else { continue };
            let w = if exact { 2 } else { 1 };
            let mut q = 0;
            let mut i = idx; // prefix max over [0, idx)
            while i > 0 {
                q = q.max(tree[i]);
                i &= i - 1;
            }
            let v = q + w;
            best = best.max(v);
            let mut i = idx + 1;
            while i <= n {
                tree[i] = tree[i].max(v);
                i += i & i.wrapping_neg();
            }
        }
        best
    }
}

/// Matches predicted lines to true lines.
pub fn match_lines(truth: &[ExpectedLine], predicted: &[String]) -> Matching {
    let mut by_text: FxHashMap<&str, VecDeque<usize>> = FxHashMap::default();
    for (i, t) in truth.iter().enumerate() {
        by_text.entry(t.text.as_str()).or_default().push_back(i);
    }
    let mut used = vec![false; truth.len()];
    let mut m = Matching {
        mapped: vec![None; predicted.len()],
        exact: vec![false; predicted.len()],
        truth_len: truth.len(),
        ..Matching::default()
    };
    for (p, line) in predicted.iter().enumerate() {
        if let Some(i) = by_text.get_mut(line.as_str()).and_then(VecDeque::pop_front) {
            used[i] = true;
            m.mapped[p] = Some(i);
            m.exact[p] = true;
        }
    }
    for (p, line) in predicted.iter().enumerate() {
        if m.mapped[p].is_some() {
            continue;
        }
        match closest(truth, &used, line) {
            Some(i) => {
                used[i] = true;
                m.mapped[p] = Some(i);
                m.misspelled.push((p, i));
            }
            None => m.extra.push(p),
        }
    }
    m.missing = (0..truth.len()).filter(|&i| !used[i]).collect();
    m
}

/// The unmatched true line most similar to `line`, if similar enough.
fn closest(truth: &[ExpectedLine], used: &[bool], line: &str) -> Option<usize> {
    let mut best: Option<(f64, usize)> = None;
    for (i, t) in truth.iter().enumerate() {
        if used[i] {
            continue;
        }
        let s = strsim::normalized_damerau_levenshtein(&t.text, line);
        if s >= MISSPELLING_SIMILARITY && best.is_none_or(|(b, _)| s > b) {
            best = Some((s, i));
        }
    }
    best.map(|(_, i)| i)
}

/// Pairs of true indices `(a, b)`, `a` before `b` in truth, that the answer puts the other way round.
/// Returns at most `limit` pairs, in the order the answer reaches them, and the total count.
pub fn inversions(mapped: &[Option<usize>], limit: usize) -> (Vec<(usize, usize)>, usize) {
    let seq: Vec<usize> = mapped.iter().flatten().copied().collect();
    let mut pairs = Vec::new();
    let mut count = 0;
    for (j, &b) in seq.iter().enumerate() {
        for &a in &seq[..j] {
            if a > b {
                count += 1;
                if pairs.len() < limit {
                    pairs.push((b, a));
                }
            }
        }
    }
    (pairs, count)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn truth(lines: &[&str]) -> Vec<ExpectedLine> {
        lines
            .iter()
            .enumerate()
            .map(|(i, t)| ExpectedLine {
                text: t.to_string(),
                log: i,
            })
            .collect()
    }

    fn answer(lines: &[&str]) -> Vec<String> {
        lines.iter().map(|s| s.to_string()).collect()
    }

    fn score(t: &[&str], p: &[&str]) -> u32 {
        match_lines(&truth(t), &answer(p)).score()
    }

    #[test]
    fn exact_answer_scores_100() {
        assert_eq!(score(&["a", "b", "c"], &["a", "b", "c"]), 100);
        assert_eq!(score(&[], &[]), 100);
    }

    #[test]
    fn one_swap_of_four_scores_75() {
        assert_eq!(score(&["a", "b", "c", "d"], &["a", "c", "b", "d"]), 75);
    }

    #[test]
    fn missing_and_extra_lines_cost_their_share() {
        assert_eq!(score(&["a", "b", "c", "d"], &["a", "b", "c"]), 75);
        assert_eq!(
            score(&["a", "b", "c", "d"], &["a", "b", "c", "d", "zzz"]),
            80
        );
    }

    #[test]
    fn misspelt_line_gets_half_credit_and_is_reported() {
        let m = match_lines(&truth(&["sync1", "sync2"]), &answer(&["sycn1", "sync2"]));
        assert_eq!(m.misspelled, [(0, 0)]);
        assert!(m.extra.is_empty() && m.missing.is_empty());
        assert_eq!(m.score(), 75);
    }

    #[test]
    fn unrelated_line_is_extra_not_misspelt() {
        let m = match_lines(&truth(&["timeout"]), &answer(&["promise"]));
        assert_eq!(m.extra, [0]);
        assert_eq!(m.missing, [0]);
        assert_eq!(m.score(), 0);
    }

    #[test]
    fn duplicates_match_in_order() {
        let m = match_lines(&truth(&["x", "y", "x"]), &answer(&["x", "x", "y"]));
        assert_eq!(m.mapped, [Some(0), Some(2), Some(1)]);
        assert_eq!(inversions(&m.mapped, 10), (vec![(1, 2)], 1));
    }

    #[test]
    fn reversed_answer_inverts_every_pair() {
        let m = match_lines(&truth(&["a", "b", "c"]), &answer(&["c", "b", "a"]));
        let (pairs, n) = inversions(&m.mapped, 2);
        assert_eq!(n, 3);
        assert_eq!(pairs, [(1, 2), (0, 2)]);
    }
}
