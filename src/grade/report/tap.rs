//! TAP version 14: one test point per student × puzzle; failures carry a YAML
//! diagnostic block with `message`, `score`, `got` and `expect`.

use super::{printable, test_name};
use crate::grade::batch::ClassReport;
use std::fmt::Write as _;

/// The TAP stream.
pub fn render(report: &ClassReport) -> String {
    let mut out = String::from("TAP version 14\n");
    let total: usize = report.students.iter().map(|s| s.results.len()).sum();
    let _ = writeln!(out, "1..{total}");
    for (i, (s, r)) in report.results().enumerate() {
        let ok = if r.passed() { "ok" } else { "not ok" };
        let name = printable(&test_name(&s.name, &r.puzzle)).replace(['\n', '#'], " ");
        let _ = writeln!(out, "{ok} {} - {name}", i + 1);
        if r.passed() {
            continue;
        }
        let expect = &report.puzzles[r.puzzle_index].expected;
        out.push_str("  ---\n");
        let _ = writeln!(out, "  message: {}", yaml_str(&r.message));
        let _ = writeln!(out, "  status: {}", yaml_str(&format!("{:?}", r.status)));
        let _ = writeln!(out, "  score: {}", r.score);
        let _ = writeln!(out, "  got: {}", yaml_list(&r.predicted));
        let _ = writeln!(out, "  expect: {}", yaml_list(expect));
        out.push_str("  ...\n");
    }
    out
}

/// A double-quoted YAML scalar (JSON string syntax is valid YAML).
fn yaml_str(s: &str) -> String {
    serde_json::to_string(&printable(s)).expect("strings serialise")
}

/// A flow sequence of double-quoted scalars.
fn yaml_list(items: &[String]) -> String {
    let v: Vec<String> = items.iter().map(|s| yaml_str(s)).collect();
    format!("[{}]", v.join(", "))
}
