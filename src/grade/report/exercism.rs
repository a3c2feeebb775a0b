//! Exercism test-runner `results.json`, version 3: overall status, a message
//! when the run errored, and the tests in file (assignment) order with name,
//! status, message, output and task_id.

use super::test_name;
use crate::grade::batch::{ClassReport, Status};
use serde_json::json;

/// The `results.json` document.
pub fn render(report: &ClassReport) -> String {
    let any_invalid = report.results().any(|(_, r)| r.status == Status::Invalid);
    let tests: Vec<serde_json::Value> = report
        .results()
        .map(|(s, r)| {
            let status = match r.status {
                Status::Correct => "pass",
                Status::Incorrect | Status::NoAnswer => "fail",
                Status::Invalid => "error",
            };
            let mut t = json!({
                "name": test_name(&s.name, &r.puzzle),
                "status": status,
                "test_code": r.predicted.join("\n"),
                "task_id": r.puzzle_index + 1,
            });
            if !r.passed() {
                t["message"] = json!(r.message);
            }
            t
        })
        .collect();
    let status = if any_invalid {
        "error"
    } else if report.all_passed() {
        "pass"
    } else {
        "fail"
    };
    let mut doc = json!({ "version": 3, "status": status, "tests": tests });
    if any_invalid {
        doc["message"] = json!("some answers could not be read; see the tests with status error");
    }
    let mut s = serde_json::to_string_pretty(&doc).expect("json serialises");
    s.push('\n');
    s
}
