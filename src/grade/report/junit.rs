//! JUnit XML: a `<testsuite>` per student, a `<testcase>` per puzzle; wrong
//! answers are failures (the explanation is the message), unreadable answers
//! errors, missing answers failures of type `no_answer`.

use super::printable;
use crate::grade::batch::{ClassReport, Status, StudentReport};
use std::fmt::Write as _;

/// The XML document.
pub fn render(report: &ClassReport) -> String {
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let (tests, failures, errors) = counts(report.students.iter());
    let _ = writeln!(
        out,
        "<testsuites name=\"{}\" tests=\"{tests}\" failures=\"{failures}\" errors=\"{errors}\">",
        esc(&report.title)
    );
    for s in &report.students {
        suite(&mut out, s);
    }
    out.push_str("</testsuites>\n");
    out
}

fn counts<'a>(students: impl Iterator<Item = &'a StudentReport>) -> (usize, usize, usize) {
    let (mut t, mut f, mut e) = (0, 0, 0);
    for r in students.flat_map(|s| &s.results) {
        t += 1;
        match r.status {
            Status::Correct => {}
            Status::Invalid => e += 1,
            Status::Incorrect | Status::NoAnswer => f += 1,
        }
    }
    (t, f, e)
}

fn suite(out: &mut String, s: &StudentReport) {
    let (tests, failures, errors) = counts(std::iter::once(s));
    let _ = writeln!(
        out,
        "  <testsuite name=\"{}\" tests=\"{tests}\" failures=\"{failures}\" errors=\"{errors}\">",
        esc(&s.name)
    );
    for r in &s.results {
        let _ = write!(
            out,
            "    <testcase name=\"{}\" classname=\"{}\"",
            esc(&r.puzzle),
            esc(&s.name)
        );
        let tag = match r.status {
            Status::Correct => {
                out.push_str("/>\n");
                continue;
            }
            Status::Invalid => "error",
            Status::Incorrect | Status::NoAnswer => "failure",
        };
        let kind = serde_json::to_value(r.status)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        let body = match &r.grade {
            Some(g) => g
                .explanations
                .iter()
                .map(|e| e.text.as_str())
                .collect::<Vec<_>>()
                .join("\n"),
            None => r.message.clone(),
        };
        let _ = writeln!(
            out,
            ">\n      <{tag} message=\"{}\" type=\"{kind}\">{}</{tag}>\n    </testcase>",
            esc(&r.message),
            esc(&body)
        );
    }
    out.push_str("  </testsuite>\n");
}

/// Escapes text for an XML attribute or element.
fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in printable(s).chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\n' => out.push_str("&#10;"),
            '\u{FFFE}' | '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}
