//! Class reports: one renderer per format, each a pure function of a
//! [`ClassReport`] returning the text to write.

mod classroom;
mod exercism;
mod github;
mod gradescope;
mod json;
mod junit;
mod tap;
mod text;

pub use text::grade_table;

use super::batch::ClassReport;

/// The formats `jsorder grade` can write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportFormat {
    /// Summary tables for people (comfy-table).
    Text,
    /// jsorder's own JSON schema (see the README).
    Json,
    /// JUnit XML: one test case per student × puzzle.
    Junit,
    /// TAP 14 with YAML diagnostics.
    Tap,
    /// GitHub Actions workflow commands (annotations).
    Github,
    /// Gradescope autograder `results.json`.
    Gradescope,
    /// GitHub Classroom autograding result: base64-encoded JSON.
    Classroom,
    /// Exercism test runner `results.json`, version 3.
    Exercism,
}

/// Renders `report` in `format`; `color` only affects [`ReportFormat::Text`].
pub fn render(report: &ClassReport, format: ReportFormat, color: bool) -> String {
    match format {
        ReportFormat::Text => text::render(report, color),
        ReportFormat::Json => json::render(report),
        ReportFormat::Junit => junit::render(report),
        ReportFormat::Tap => tap::render(report),
        ReportFormat::Github => github::render(report),
        ReportFormat::Gradescope => gradescope::render(report),
        ReportFormat::Classroom => classroom::render(report),
        ReportFormat::Exercism => exercism::render(report),
    }
}

/// "alice / seed-micro-macro": how machine formats name a test.
fn test_name(student: &str, puzzle: &str) -> String {
    format!("{student} / {puzzle}")
}

/// Removes characters no report format can carry (control characters but tab and newline).
fn printable(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_control() || matches!(c, '\n' | '\t'))
        .collect()
}
