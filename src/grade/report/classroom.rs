//! GitHub Classroom autograding: the base64-encoded JSON `result` that a
//! grader step writes to `$GITHUB_OUTPUT` (`result=…`) for the
//! autograding-grading-reporter: version, status, max_score and tests with
//! name, status, message and score.

use super::test_name;
use crate::grade::batch::{ClassReport, Status};
use base64::Engine as _;
use serde_json::json;

/// The base64 text, with a final newline.
pub fn render(report: &ClassReport) -> String {
    let status = |s: Status| match s {
        Status::Correct => "pass",
        Status::Incorrect | Status::NoAnswer => "fail",
        Status::Invalid => "error",
    };
    let tests: Vec<serde_json::Value> = report
        .results()
        .map(|(s, r)| {
            json!({
                "name": test_name(&s.name, &r.puzzle),
                "status": status(r.status),
                "message": r.message,
                "test_code": format!("jsorder check {} {}", r.puzzle, r.file.as_deref().unwrap_or("-")),
                "filename": r.file.as_deref().unwrap_or(""),
                "line_no": 0,
                "execution_time": "0s",
                "score": r.points,
            })
        })
        .collect();
    let max: f64 = report.students.iter().map(|s| s.max_points).sum();
    let doc = json!({
        "version": 1,
        "status": if report.all_passed() { "pass" } else { "fail" },
        "max_score": max,
        "tests": tests,
    });
    let text = serde_json::to_string(&doc).expect("json serialises");
    let mut s = base64::engine::general_purpose::STANDARD.encode(text);
    s.push('\n');
    s
}
