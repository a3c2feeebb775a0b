//! jsorder's own JSON report: the [`ClassReport`] as documented in the README.

use crate::grade::batch::ClassReport;

/// Pretty-printed JSON with a final newline.
pub fn render(report: &ClassReport) -> String {
    let mut s = serde_json::to_string_pretty(report).expect("a report always serialises");
    s.push('\n');
    s
}
