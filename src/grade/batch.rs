//! Grading a class: the assignment (TOML), the submissions (a folder per
//! student, a folder of answer files for one puzzle, or one JSON file), and
//! the class report every output format is rendered from.
//!
//! Each puzzle is solved once per run. A missing, empty, binary, enormous or
//! malformed submission becomes a result with a reason; every student ×
//! puzzle pair appears exactly once in the report.

use super::{Answer, AnswerError, Grade, Solution, MAX_ANSWER_BYTES};
use crate::engine::{run_source, End, Options, Outcome};
use serde::{Deserialize, Serialize};
use std::io::Read;
use std::path::{Path, PathBuf};

/// Why a class cannot be graded at all.
#[derive(Debug, thiserror::Error)]
pub enum BatchError {
    /// The assignment file is missing or invalid.
    #[error("assignment {path}: {reason}")]
    Assignment {
        /// The file.
        path: String,
        /// What is wrong.
        reason: String,
    },
    /// A puzzle cannot be read or run to its end.
    #[error("puzzle {path}: {reason}")]
    Puzzle {
        /// The file.
        path: String,
        /// What is wrong.
        reason: String,
    },
    /// The submissions cannot be read.
    #[error("submissions {path}: {reason}")]
    Submissions {
        /// The folder or file.
        path: String,
        /// What is wrong.
        reason: String,
    },
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AssignmentFile {
    title: Option<String>,
    min_score: Option<f64>,
    #[serde(default, rename = "puzzle")]
    puzzles: Vec<PuzzleEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PuzzleEntry {
    file: String,
    points: Option<f64>,
    name: Option<String>,
}

/// One puzzle of an assignment.
#[derive(Debug, Clone, Serialize)]
pub struct PuzzleSpec {
    /// Its name in reports, and the stem of submission files (`<name>.txt`).
    pub name: String,
    /// The program (a path, or a bundled puzzle name).
    pub file: String,
    /// Points for a fully correct answer.
    pub points: f64,
}

/// An assignment: puzzles with points.
#[derive(Debug, Clone, Serialize)]
pub struct Assignment {
    /// Shown in reports.
    pub title: String,
    /// Pass mark in percent of the points, if the assignment sets one.
    pub min_score: Option<f64>,
    /// The puzzles, in report order.
    pub puzzles: Vec<PuzzleSpec>,
}

impl Assignment {
    /// Reads an assignment TOML file; puzzle paths are relative to it.
    pub fn load(path: &Path) -> Result<Assignment, BatchError> {
        let err = |reason: String| BatchError::Assignment {
            path: path.display().to_string(),
            reason,
        };
        let text = std::fs::read_to_string(path).map_err(|e| err(e.to_string()))?;
        let file: AssignmentFile = toml::from_str(&text).map_err(|e| err(e.to_string()))?;
        if file.puzzles.is_empty() {
            return Err(err("no [[puzzle]] entries".into()));
        }
        let base = path.parent().unwrap_or(Path::new("."));
        let mut puzzles = Vec::new();
        for p in file.puzzles {
            let points = p.points.unwrap_or(1.0);
            if !(points.is_finite() && points > 0.0) {
                return Err(err(format!("{}: points must be a positive number", p.file)));
            }
            let name = p.name.unwrap_or_else(|| stem(&p.file));
            if puzzles.iter().any(|q: &PuzzleSpec| q.name == name) {
                return Err(err(format!("two puzzles are named {name}")));
            }
            let file = if base.join(&p.file).exists() {
                base.join(&p.file).display().to_string()
            } else {
                p.file
            };
            puzzles.push(PuzzleSpec { name, file, points });
        }
        Ok(Assignment {
            title: file
                .title
                .unwrap_or_else(|| stem(&path.display().to_string())),
            min_score: file.min_score,
            puzzles,
        })
    }

    /// A one-puzzle assignment (`jsorder grade --puzzle P.js`).
    pub fn single(file: &str) -> Assignment {
        Assignment {
            title: stem(file),
            min_score: None,
            puzzles: vec![PuzzleSpec {
                name: stem(file),
                file: file.to_string(),
                points: 1.0,
            }],
        }
    }

    /// Runs every puzzle once (traced, for precise explanations).
    pub fn solve(&self) -> Result<Vec<Outcome>, BatchError> {
        self.puzzles.iter().map(solve_puzzle).collect()
    }
}

fn stem(file: &str) -> String {
    Path::new(file)
        .file_stem()
        .map_or_else(|| file.to_string(), |s| s.to_string_lossy().into_owned())
}

fn solve_puzzle(p: &PuzzleSpec) -> Result<Outcome, BatchError> {
    let err = |reason: String| BatchError::Puzzle {
        path: p.file.clone(),
        reason,
    };
    let source = match std::fs::read_to_string(&p.file) {
        Ok(s) => s,
        Err(e) => match crate::puzzles::find(&p.file) {
            Some(b) => b.source.to_string(),
            None => return Err(err(e.to_string())),
        },
    };
    let options = Options {
        trace: true,
        ..Options::default()
    };
    let outcome = run_source(&source, &options).map_err(|d| err(d.message))?;
    match &outcome.end {
        End::Unsupported { diagnostic } => Err(err(diagnostic.message.clone())),
        End::StepLimit { reason } => Err(err(format!("the program never ends: {reason}"))),
        End::OutputLimit => Err(err("the program prints too much".into())),
        End::MemoryLimit => Err(err("the program allocates without end".into())),
        End::SizeLimit { what } => Err(err(format!("the program builds {what}"))),
        _ => Ok(outcome),
    }
}

/// One student's answers, one entry per puzzle of the assignment.
#[derive(Debug, Clone)]
pub struct Student {
    /// Folder or file stem, or the JSON key.
    pub name: String,
    /// Per puzzle: where the answer came from and what it holds.
    pub answers: Vec<(Option<String>, Result<Answer, AnswerError>)>,
}

/// Everything submitted.
#[derive(Debug, Clone, Default)]
pub struct Submissions {
    /// Students, sorted by name.
    pub students: Vec<Student>,
    /// Files that belong to no puzzle (reported, not graded).
    pub ignored: Vec<String>,
}

impl Submissions {
    /// Reads a submissions folder or a JSON file holding all answers.
    ///
    /// In a folder, each sub-folder is a student holding `<puzzle>.txt` (or
    /// `.json`); with a one-puzzle assignment, a file `<student>.txt` directly
    /// in the folder is also a student's answer.
    pub fn load(path: &Path, assignment: &Assignment) -> Result<Submissions, BatchError> {
        let err = |reason: String| BatchError::Submissions {
            path: path.display().to_string(),
            reason,
        };
        let subs = if path.is_dir() {
            load_dir(path, assignment).map_err(|e| err(e.to_string()))?
        } else {
            let text = std::fs::read_to_string(path).map_err(|e| err(e.to_string()))?;
            from_json(&text, assignment).map_err(err)?
        };
        if subs.students.is_empty() {
            return Err(err("no submissions found".into()));
        }
        Ok(subs)
    }
}

fn load_dir(dir: &Path, a: &Assignment) -> std::io::Result<Submissions> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| !file_name(p).starts_with('.'))
        .collect();
    entries.sort();
    let mut subs = Submissions::default();
    for p in entries {
        if p.is_dir() {
            subs.students
                .push(load_student_dir(&p, a, &mut subs.ignored)?);
        } else if a.puzzles.len() == 1 && is_answer_file(&p) {
            let answer = read_answer(&p);
            subs.students.push(Student {
                name: stem(&file_name(&p)),
                answers: vec![(Some(p.display().to_string()), answer)],
            });
        } else {
            subs.ignored.push(p.display().to_string());
        }
    }
    Ok(subs)
}

fn file_name(p: &Path) -> String {
    p.file_name()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn is_answer_file(p: &Path) -> bool {
    p.extension().is_some_and(|e| e == "txt" || e == "json")
}

fn load_student_dir(
    dir: &Path,
    a: &Assignment,
    ignored: &mut Vec<String>,
) -> std::io::Result<Student> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| !file_name(p).starts_with('.'))
        .collect();
    files.sort();
    let mut answers = Vec::new();
    for puzzle in &a.puzzles {
        let found = ["txt", "json"]
            .iter()
            .map(|ext| dir.join(format!("{}.{ext}", puzzle.name)))
            .find(|p| files.contains(p));
        answers.push(match found {
            Some(p) => (Some(p.display().to_string()), read_answer(&p)),
            None => (None, Err(AnswerError::Missing)),
        });
    }
    for f in files {
        let used = a
            .puzzles
            .iter()
            .any(|p| is_answer_file(&f) && stem(&file_name(&f)) == p.name);
        if !used {
            ignored.push(f.display().to_string());
        }
    }
    Ok(Student {
        name: file_name(dir),
        answers,
    })
}

/// Reads one answer file, never more than the size limit.
pub fn read_answer(path: &Path) -> Result<Answer, AnswerError> {
    let unreadable = |e: std::io::Error| AnswerError::Unreadable {
        reason: e.to_string(),
    };
    let file = std::fs::File::open(path).map_err(unreadable)?;
    if !file.metadata().map_err(unreadable)?.is_file() {
        return Err(AnswerError::Unreadable {
            reason: "not a regular file".into(),
        });
    }
    let mut bytes = Vec::new();
    file.take(MAX_ANSWER_BYTES as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(unreadable)?;
    let json = path.extension().is_some_and(|e| e == "json");
    Answer::from_bytes(&bytes, json)
}

/// `{"student": {"puzzle": ["line", …] or "text"}}`, or with one puzzle `{"student": [...]}`.
fn from_json(text: &str, a: &Assignment) -> Result<Submissions, String> {
    let all: std::collections::BTreeMap<String, serde_json::Value> =
        serde_json::from_str(text).map_err(|e| format!("not a JSON object of students: {e}"))?;
    let mut students: Vec<Student> = all
        .into_iter()
        .map(|(name, v)| Student {
            answers: a
                .puzzles
                .iter()
                .map(|p| (None, json_answer(&v, &p.name, a.puzzles.len() == 1)))
                .collect(),
            name,
        })
        .collect();
    students.sort_by(|x, y| x.name.cmp(&y.name));
    Ok(Submissions {
        students,
        ignored: Vec::new(),
    })
}

fn json_answer(v: &serde_json::Value, puzzle: &str, single: bool) -> Result<Answer, AnswerError> {
    let v = match v {
        serde_json::Value::Object(m) => m.get(puzzle).ok_or(AnswerError::Missing)?,
        other if single => other,
        _ => {
            return Err(AnswerError::Malformed {
                reason: "expected an object of puzzle answers".into(),
            })
        }
    };
    match v {
        serde_json::Value::String(s) => Answer::from_bytes(s.as_bytes(), false),
        serde_json::Value::Array(_) => Answer::from_bytes(v.to_string().as_bytes(), true),
        serde_json::Value::Null => Err(AnswerError::Missing),
        _ => Err(AnswerError::Malformed {
            reason: "expected a string or an array of strings".into(),
        }),
    }
}

/// How one student did on one puzzle.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Exactly right.
    Correct,
    /// Graded, not exactly right.
    Incorrect,
    /// No answer file.
    NoAnswer,
    /// An answer that cannot be read (empty, binary, too large, malformed).
    Invalid,
}

/// One student × puzzle result.
#[derive(Debug, Clone, Serialize)]
pub struct PuzzleResult {
    /// The puzzle's name.
    pub puzzle: String,
    /// Index of the puzzle in [`ClassReport::puzzles`].
    #[serde(skip)]
    pub puzzle_index: usize,
    /// The answer file, when there was one.
    pub file: Option<String>,
    /// The verdict.
    pub status: Status,
    /// 0–100.
    pub score: u32,
    /// Points earned (`points × score / 100`).
    pub points: f64,
    /// Points available.
    pub max_points: f64,
    /// One-paragraph summary: the reason or the first explanation.
    pub message: String,
    /// The predicted lines (empty without a readable answer).
    pub predicted: Vec<String>,
    /// The full grade, when the answer could be read.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub grade: Option<Grade>,
}

impl PuzzleResult {
    /// Whether it is fully correct.
    pub fn passed(&self) -> bool {
        self.status == Status::Correct
    }
}

/// One student's results.
#[derive(Debug, Clone, Serialize)]
pub struct StudentReport {
    /// The student.
    pub name: String,
    /// Points earned.
    pub points: f64,
    /// Points available.
    pub max_points: f64,
    /// `100 × points / max_points`.
    pub percent: f64,
    /// Whether `percent ≥ min_score`.
    pub passed: bool,
    /// One per puzzle, in assignment order.
    pub results: Vec<PuzzleResult>,
}

/// One puzzle's summary.
#[derive(Debug, Clone, Serialize)]
pub struct PuzzleSummary {
    /// Name.
    pub name: String,
    /// The program.
    pub file: String,
    /// Points available.
    pub points: f64,
    /// The true output.
    pub expected: Vec<String>,
    /// How many students got it exactly right.
    pub correct: usize,
    /// Mean score over all students.
    pub mean_score: f64,
}

/// A graded class: what every report format renders.
#[derive(Debug, Clone, Serialize)]
pub struct ClassReport {
    /// Report schema version.
    pub version: u32,
    /// The assignment's title.
    pub title: String,
    /// Pass mark in percent.
    pub min_score: f64,
    /// Per puzzle.
    pub puzzles: Vec<PuzzleSummary>,
    /// Per student, sorted by name.
    pub students: Vec<StudentReport>,
    /// Files that belong to no puzzle.
    pub ignored: Vec<String>,
}

impl ClassReport {
    /// Whether every student passed.
    pub fn all_passed(&self) -> bool {
        self.students.iter().all(|s| s.passed)
    }

    /// Every result, student by student.
    pub fn results(&self) -> impl Iterator<Item = (&StudentReport, &PuzzleResult)> {
        self.students
            .iter()
            .flat_map(|s| s.results.iter().map(move |r| (s, r)))
    }
}

/// Grades every submission; `progress` is called after each student.
pub fn grade_class(
    assignment: &Assignment,
    outcomes: &[Outcome],
    submissions: Submissions,
    min_score: f64,
    progress: &mut dyn FnMut(usize),
) -> ClassReport {
    let solutions: Vec<Solution> = outcomes.iter().map(Solution::new).collect();
    let mut students = Vec::with_capacity(submissions.students.len());
    for (i, s) in submissions.students.into_iter().enumerate() {
        students.push(grade_student(assignment, &solutions, s, min_score));
        progress(i + 1);
    }
    let puzzles = summarise(assignment, &solutions, &students);
    ClassReport {
        version: 1,
        title: assignment.title.clone(),
        min_score,
        puzzles,
        students,
        ignored: submissions.ignored,
    }
}

fn grade_student(
    a: &Assignment,
    solutions: &[Solution],
    s: Student,
    min_score: f64,
) -> StudentReport {
    let results: Vec<PuzzleResult> = a
        .puzzles
        .iter()
        .zip(solutions)
        .zip(s.answers)
        .enumerate()
        .map(|(i, ((p, sol), (file, answer)))| grade_one(i, p, sol, file, answer))
        .collect();
    let points: f64 = results.iter().map(|r| r.points).sum();
    let max_points: f64 = a.puzzles.iter().map(|p| p.points).sum();
    let percent = if max_points > 0.0 {
        100.0 * points / max_points
    } else {
        100.0
    };
    StudentReport {
        name: s.name,
        points,
        max_points,
        percent: round2(percent),
        passed: percent + 1e-9 >= min_score,
        results,
    }
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

fn grade_one(
    index: usize,
    p: &PuzzleSpec,
    sol: &Solution,
    file: Option<String>,
    answer: Result<Answer, AnswerError>,
) -> PuzzleResult {
    let mut r = PuzzleResult {
        puzzle: p.name.clone(),
        puzzle_index: index,
        file,
        status: Status::Invalid,
        score: 0,
        points: 0.0,
        max_points: p.points,
        message: String::new(),
        predicted: Vec::new(),
        grade: None,
    };
    match answer {
        Err(AnswerError::Missing) => {
            r.status = Status::NoAnswer;
            r.message = format!("no answer submitted (expected {}.txt)", p.name);
        }
        Err(e) => r.message = e.to_string(),
        Ok(answer) => {
            let g = sol.grade(&answer);
            r.status = if g.correct {
                Status::Correct
            } else {
                Status::Incorrect
            };
            r.score = g.score;
            r.points = round2(p.points * f64::from(g.score) / 100.0);
            r.message = summary(&g);
            r.predicted = answer.lines;
            r.grade = Some(g);
        }
    }
    r
}

/// One paragraph about a grade: score, what is missing or extra, the first explanation.
pub fn summary(g: &Grade) -> String {
    if g.correct {
        return "correct".into();
    }
    let mut parts = vec![format!("score {}/100", g.score)];
    if let Some(pos) = g.first_divergence {
        parts.push(format!("first difference at line {pos}"));
    }
    if !g.missing.is_empty() {
        parts.push(format!("{} missing", g.missing.len()));
    }
    if !g.extra.is_empty() {
        parts.push(format!("{} never printed", g.extra.len()));
    }
    if !g.misspelled.is_empty() {
        parts.push(format!("{} misspelt", g.misspelled.len()));
    }
    let mut s = parts.join(", ");
    if let Some(e) = g.first_explanation() {
        s.push_str(". ");
        s.push_str(&e.text);
    }
    s
}

fn summarise(
    a: &Assignment,
    solutions: &[Solution],
    students: &[StudentReport],
) -> Vec<PuzzleSummary> {
    a.puzzles
        .iter()
        .zip(solutions)
        .enumerate()
        .map(|(i, (p, sol))| {
            let results = students.iter().map(|s| &s.results[i]);
            let n = students.len().max(1) as f64;
            PuzzleSummary {
                name: p.name.clone(),
                file: p.file.clone(),
                points: p.points,
                expected: sol.lines().map(str::to_string).collect(),
                correct: results.clone().filter(|r| r.passed()).count(),
                mean_score: round2(results.map(|r| f64::from(r.score)).sum::<f64>() / n),
            }
        })
        .collect()
}
