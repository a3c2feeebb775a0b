//! GitHub Actions workflow commands: an `::error` annotation per wrong or
//! unusable answer (on the answer file when there is one), and a `::notice`
//! with the class summary.

use super::{printable, test_name};
use crate::grade::batch::ClassReport;
use std::fmt::Write as _;

/// The workflow commands, one per line.
pub fn render(report: &ClassReport) -> String {
    let mut out = String::new();
    for (s, r) in report.results().filter(|(_, r)| !r.passed()) {
        let mut props = Vec::new();
        if let Some(f) = &r.file {
            props.push(format!("file={}", prop(f)));
            if let Some(pos) = r.grade.as_ref().and_then(|g| g.first_divergence) {
                if pos <= r.predicted.len() {
                    props.push(format!("line={pos}"));
                }
            }
        }
        props.push(format!("title={}", prop(&test_name(&s.name, &r.puzzle))));
        let _ = writeln!(out, "::error {}::{}", props.join(","), data(&r.message));
    }
    let passed = report.students.iter().filter(|s| s.passed).count();
    let _ = writeln!(
        out,
        "::notice title={}::{passed} of {} students passed (pass mark {}%)",
        prop(&report.title),
        report.students.len(),
        report.min_score
    );
    out
}

/// Escapes a command's message.
fn data(s: &str) -> String {
    printable(s)
        .replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a command's property value.
fn prop(s: &str) -> String {
    data(s).replace(':', "%3A").replace(',', "%2C")
}
