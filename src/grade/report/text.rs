//! Tables for people: the per-line comparison of one answer, and the class
//! summary per student and per puzzle. Colour only when asked for.

use crate::grade::batch::{ClassReport, Status};
use crate::grade::Grade;
use comfy_table::{presets::UTF8_FULL_CONDENSED, Cell, Color, ContentArrangement, Table};
use std::fmt::Write as _;

fn table(color: bool, width: u16) -> Table {
    let mut t = Table::new();
    t.load_preset(UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(width);
    if color {
        t.enforce_styling();
    } else {
        t.force_no_tty();
    }
    t
}

fn mark(ok: bool, color: bool) -> Cell {
    let c = Cell::new(if ok { "✓" } else { "✗" });
    match (color, ok) {
        (false, _) => c,
        (true, true) => c.fg(Color::Green),
        (true, false) => c.fg(Color::Red),
    }
}

/// The per-line comparison table of one answer: position, expected, predicted, ✓/✗.
pub fn grade_table(g: &Grade, color: bool, width: u16) -> String {
    let mut t = table(color, width);
    t.set_header(vec!["#", "expected", "predicted", ""]);
    for r in &g.rows {
        t.add_row(vec![
            Cell::new(r.position),
            Cell::new(r.expected.as_deref().unwrap_or("—")),
            Cell::new(r.predicted.as_deref().unwrap_or("—")),
            mark(r.ok, color),
        ]);
    }
    t.to_string()
}

fn status_cell(status: Status, score: u32, color: bool) -> Cell {
    let (text, col) = match status {
        Status::Correct => ("✓ 100".to_string(), Color::Green),
        Status::Incorrect => (format!("✗ {score}"), Color::Red),
        Status::NoAnswer => ("no answer".to_string(), Color::Yellow),
        Status::Invalid => ("invalid".to_string(), Color::Yellow),
    };
    let c = Cell::new(text);
    if color {
        c.fg(col)
    } else {
        c
    }
}

/// The class summary: a table per student, a table per puzzle, then every problem.
pub fn render(report: &ClassReport, color: bool) -> String {
    let mut out = format!("{}\n\n", report.title);
    let mut t = table(color, 120);
    let mut header = vec!["student".to_string()];
    header.extend(report.puzzles.iter().map(|p| p.name.clone()));
    header.extend(["points".into(), "%".into(), "passed".into()]);
    t.set_header(header);
    for s in &report.students {
        let mut row = vec![Cell::new(&s.name)];
        row.extend(
            s.results
                .iter()
                .map(|r| status_cell(r.status, r.score, color)),
        );
        row.push(Cell::new(format!("{}/{}", s.points, s.max_points)));
        row.push(Cell::new(s.percent));
        row.push(mark(s.passed, color));
        t.add_row(row);
    }
    let _ = writeln!(out, "{t}\n");
    let mut p = table(color, 120);
    p.set_header(vec!["puzzle", "points", "correct", "mean score"]);
    for s in &report.puzzles {
        p.add_row(vec![
            Cell::new(&s.name),
            Cell::new(s.points),
            Cell::new(format!("{}/{}", s.correct, report.students.len())),
            Cell::new(s.mean_score),
        ]);
    }
    let _ = writeln!(out, "{p}\n");
    for (s, r) in report.results().filter(|(_, r)| !r.passed()) {
        let _ = writeln!(out, "{} / {}: {}", s.name, r.puzzle, r.message);
    }
    for f in &report.ignored {
        let _ = writeln!(out, "ignored (matches no puzzle): {f}");
    }
    let passed = report.students.iter().filter(|s| s.passed).count();
    let _ = writeln!(
        out,
        "\n{passed} of {} students passed (pass mark {}%).",
        report.students.len(),
        report.min_score
    );
    out
}
