//! Grading speed: 10,000 submissions to one puzzle, the puzzle solved once.
//! Run with `cargo bench --bench grade`.

use jsorder::engine::{run_source, Options};
use jsorder::grade::batch::{grade_class, Assignment, Student, Submissions};
use jsorder::grade::Answer;
use std::time::Instant;

fn main() {
    let puzzle = jsorder::puzzles::find("041-grand-finale").expect("bundled puzzle");
    let options = Options {
        trace: true,
        ..Options::default()
    };
    let outcome = run_source(puzzle.source, &options).expect("puzzle runs");
    let truth: Vec<String> = outcome.stdout.iter().map(|l| l.text.clone()).collect();
    let assignment = Assignment::single("puzzles/041-grand-finale.js");
    let students: Vec<Student> = (0..10_000)
        .map(|i| {
            // Deterministic variety: rotate and swap some lines, drop one now and then.
            let mut lines = truth.clone();
            let n = lines.len();
            lines.swap(i % n, (i * 7 + 3) % n);
            if i % 5 == 0 {
                lines.pop();
            }
            Student {
                name: format!("student{i:05}"),
                answers: vec![(None, Ok(Answer::from_lines(lines)))],
            }
        })
        .collect();
    let subs = Submissions {
        students,
        ignored: Vec::new(),
    };
    let start = Instant::now();
    let report = grade_class(
        &assignment,
        std::slice::from_ref(&outcome),
        subs,
        100.0,
        &mut |_| {},
    );
    let graded = start.elapsed();
    let start = Instant::now();
    let json =
        jsorder::grade::report::render(&report, jsorder::grade::report::ReportFormat::Json, false);
    let rendered = start.elapsed();
    println!(
        "graded {} submissions ({} lines each) in {:.3} s; JSON report ({} MB) in {:.3} s",
        report.students.len(),
        truth.len(),
        graded.as_secs_f64(),
        json.len() / 1_000_000,
        rendered.as_secs_f64()
    );
}
