//! `jsorder grade`: grade a whole class and write a report for people or CI.

use jsorder::grade::batch::{grade_class, Assignment, Submissions};
use jsorder::grade::report::{render, ReportFormat};
use std::io::IsTerminal;
use std::path::PathBuf;

/// Report formats of `jsorder grade`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum GradeFormat {
    /// Summary tables per student and per puzzle.
    Text,
    /// jsorder's JSON report (schema in the README).
    Json,
    /// JUnit XML, one test case per student × puzzle.
    Junit,
    /// TAP version 14 with YAML diagnostics.
    Tap,
    /// GitHub Actions annotations.
    Github,
    /// Gradescope results.json.
    Gradescope,
    /// GitHub Classroom autograding result (base64 JSON for `result=`).
    Classroom,
    /// Exercism results.json (version 3).
    Exercism,
}

impl From<GradeFormat> for ReportFormat {
    fn from(f: GradeFormat) -> ReportFormat {
        match f {
            GradeFormat::Text => ReportFormat::Text,
            GradeFormat::Json => ReportFormat::Json,
            GradeFormat::Junit => ReportFormat::Junit,
            GradeFormat::Tap => ReportFormat::Tap,
            GradeFormat::Github => ReportFormat::Github,
            GradeFormat::Gradescope => ReportFormat::Gradescope,
            GradeFormat::Classroom => ReportFormat::Classroom,
            GradeFormat::Exercism => ReportFormat::Exercism,
        }
    }
}

/// Arguments of `jsorder grade`.
#[derive(Debug, clap::Args)]
#[command(group(clap::ArgGroup::new("what").required(true).args(["assignment", "puzzle"])))]
pub struct GradeArgs {
    /// The assignment (TOML): title, pass mark and `[[puzzle]]` entries with file and points.
    #[arg(long, value_name = "FILE")]
    assignment: Option<PathBuf>,
    /// Grade one puzzle instead of an assignment.
    #[arg(long, value_name = "PUZZLE", conflicts_with = "assignment")]
    puzzle: Option<String>,
    /// `DIR/<student>/<puzzle>.txt`, `DIR/<student>.txt` (one puzzle), or one JSON file of all answers.
    #[arg(long, visible_alias = "answers", value_name = "PATH")]
    submissions: PathBuf,
    /// Report format.
    #[arg(long, value_enum, default_value_t = GradeFormat::Text)]
    format: GradeFormat,
    /// Write the report here instead of stdout.
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Pass mark in percent of the points (default: the assignment's, else 100).
    #[arg(long, value_name = "N")]
    min_score: Option<f64>,
}

impl GradeArgs {
    pub fn run(self) -> u8 {
        match self.grade() {
            Ok(code) => code,
            Err(msg) => {
                eprintln!("error: {msg}");
                2
            }
        }
    }

    fn grade(&self) -> Result<u8, String> {
        let assignment = match (&self.assignment, &self.puzzle) {
            (Some(a), _) => Assignment::load(a).map_err(|e| e.to_string())?,
            (None, Some(p)) => Assignment::single(p),
            (None, None) => return Err("give --assignment or --puzzle".into()),
        };
        let outcomes = assignment.solve().map_err(|e| e.to_string())?;
        let subs = Submissions::load(&self.submissions, &assignment).map_err(|e| e.to_string())?;
        let min_score = self.min_score.or(assignment.min_score).unwrap_or(100.0);
        let bar = progress_bar(subs.students.len());
        let report = grade_class(&assignment, &outcomes, subs, min_score, &mut |n| {
            if let Some(b) = &bar {
                b.set_position(n as u64);
            }
        });
        if let Some(b) = bar {
            b.finish_and_clear();
        }
        let color = self.output.is_none() && super::check::color_stdout();
        let text = render(&report, self.format.into(), color);
        match &self.output {
            Some(path) => std::fs::write(path, text)
                .map_err(|e| format!("cannot write {}: {e}", path.display()))?,
            None => print!("{text}"),
        }
        Ok(u8::from(!report.all_passed()))
    }
}

/// A progress bar on stderr for large classes, only on a terminal.
fn progress_bar(students: usize) -> Option<indicatif::ProgressBar> {
    if students < 200 || !std::io::stderr().is_terminal() {
        return None;
    }
    let bar = indicatif::ProgressBar::new(students as u64);
    if let Ok(style) =
        indicatif::ProgressStyle::with_template("grading {bar:40} {pos}/{len} students")
    {
        bar.set_style(style);
    }
    Some(bar)
}
