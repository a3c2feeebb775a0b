//! Gradescope autograder `results.json`: total score and one test per
//! student × puzzle with name, score, max_score, output and visibility.

use super::test_name;
use crate::grade::batch::ClassReport;
use serde_json::json;

/// The `results.json` document.
pub fn render(report: &ClassReport) -> String {
    let tests: Vec<serde_json::Value> = report
        .results()
        .map(|(s, r)| {
            json!({
                "name": test_name(&s.name, &r.puzzle),
                "score": r.points,
                "max_score": r.max_points,
                "status": if r.passed() { "passed" } else { "failed" },
                "output": r.message,
                "visibility": "visible",
            })
        })
        .collect();
    let score: f64 = report.students.iter().map(|s| s.points).sum();
    let max: f64 = report.students.iter().map(|s| s.max_points).sum();
    let doc = json!({
        "score": score,
        "max_score": max,
        "output": format!("{}: {} of {} answers correct", report.title,
            report.results().filter(|(_, r)| r.passed()).count(), tests.len()),
        "visibility": "visible",
        "stdout_visibility": "hidden",
        "tests": tests,
    });
    let mut s = serde_json::to_string_pretty(&doc).expect("json serialises");
    s.push('\n');
    s
}
