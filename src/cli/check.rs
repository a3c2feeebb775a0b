//! `jsorder check PUZZLE ANSWER`: grade one predicted output and explain the mistakes.

use super::input::{load, report};
use super::Format;
use jsorder::engine::{End, Options, Outcome};
use jsorder::grade::{batch::read_answer, report::grade_table, Answer, Grade};
use serde::Serialize;
use std::io::{IsTerminal, Read};

/// Arguments of `jsorder check`.
#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// The puzzle: a JavaScript file or a bundled puzzle name.
    #[arg(value_name = "PUZZLE")]
    puzzle: String,
    /// The predicted output: one line per line, or a JSON array of strings (`-` for stdin).
    #[arg(value_name = "ANSWER")]
    answer: String,
    /// Explain every pair of lines the answer puts in the wrong order, not only the first mistake.
    #[arg(long)]
    explain: bool,
    /// Append the step table, with the steps that decide the first mistake marked ▶.
    #[arg(long)]
    trace: bool,
    /// `text` for people, `json` for tools.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// Table width in columns.
    #[arg(long, default_value_t = 100)]
    width: u16,
}

#[derive(Serialize)]
struct JsonCheck<'a> {
    puzzle: &'a str,
    answer: &'a str,
    correct: bool,
    score: u32,
    expected: Vec<&'a str>,
    predicted: &'a [String],
    grade: &'a Grade,
}

impl CheckArgs {
    pub fn run(self) -> u8 {
        let Some((name, outcome)) = solve(&self.puzzle) else {
            return 2;
        };
        if let Some(code) = unusable(&name, &outcome.end) {
            return code;
        }
        let answer = match read(&self.answer) {
            Ok(a) => a,
            Err(msg) => {
                eprintln!("error: {msg}");
                return 2;
            }
        };
        let grade = jsorder::grade::grade(&outcome, &answer);
        match self.format {
            Format::Json => {
                let doc = JsonCheck {
                    puzzle: &name,
                    answer: &self.answer,
                    correct: grade.correct,
                    score: grade.score,
                    expected: jsorder::grade::expected_lines(&outcome)
                        .iter()
                        .map(|l| outcome.stdout[l.log].text.as_str())
                        .collect(),
                    predicted: &answer.lines,
                    grade: &grade,
                };
                let _ = serde_json::to_writer_pretty(std::io::stdout().lock(), &doc);
                println!();
            }
            Format::Text => {
                let view = View {
                    explain_all: self.explain,
                    trace: self.trace,
                    width: self.width,
                    color: color_stdout(),
                };
                print!("{}", view.render(&grade, &outcome));
            }
        }
        u8::from(!grade.correct)
    }
}

/// Runs a puzzle once, traced; reports problems to stderr.
pub fn solve(arg: &str) -> Option<(String, Outcome)> {
    let input = match load(arg) {
        Ok(i) => i,
        Err(msg) => {
            eprintln!("{msg}");
            return None;
        }
    };
    let options = Options {
        trace: true,
        ..Options::default()
    };
    match jsorder::engine::run_source(&input.source, &options) {
        Ok(o) => {
            if let End::Unsupported { diagnostic } = &o.end {
                report(&input, diagnostic);
            }
            // The grade uses the usual order; say when real Node may differ.
            for note in &o.nondeterminism {
                eprintln!("jsorder: note: {}: {note}", input.name);
            }
            Some((input.name, o))
        }
        Err(d) => {
            report(&input, &d);
            None
        }
    }
}

/// An exit code when the puzzle cannot be graded against (it never ends, or is unsupported).
pub fn unusable(name: &str, end: &End) -> Option<u8> {
    match end {
        End::Unsupported { .. } => Some(2),
        End::StepLimit { reason } => {
            eprintln!("jsorder: {name}: the puzzle never ends: {reason}");
            Some(3)
        }
        End::OutputLimit => {
            eprintln!("jsorder: {name}: the puzzle prints too many lines");
            Some(3)
        }
        End::MemoryLimit => {
            eprintln!("jsorder: {name}: the puzzle allocates without end");
            Some(3)
        }
        End::SizeLimit { what } => {
            eprintln!("jsorder: {name}: the puzzle builds {what}");
            Some(3)
        }
        _ => None,
    }
}

/// Reads an answer file, or stdin for `-`.
fn read(arg: &str) -> Result<Answer, String> {
    if arg == "-" {
        let mut bytes = Vec::new();
        std::io::stdin()
            .lock()
            .take(jsorder::grade::MAX_ANSWER_BYTES as u64 + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| format!("cannot read stdin: {e}"))?;
        return Answer::from_bytes(&bytes, false).map_err(|e| format!("stdin: {e}"));
    }
    if !std::path::Path::new(arg).exists() {
        return Err(format!("cannot read {arg}: no such file"));
    }
    read_answer(std::path::Path::new(arg)).map_err(|e| format!("{arg}: {e}"))
}

/// Whether stdout is a colour-capable terminal.
pub fn color_stdout() -> bool {
    std::env::var_os("NO_COLOR").is_none() && std::io::stdout().is_terminal()
}

/// How to show a grade to a person.
pub struct View {
    /// Show every explanation.
    pub explain_all: bool,
    /// Append the trace table.
    pub trace: bool,
    /// Table width.
    pub width: u16,
    /// Use colour.
    pub color: bool,
}

impl View {
    /// Verdict, table, differences, explanations and (optionally) the trace.
    pub fn render(&self, g: &Grade, outcome: &Outcome) -> String {
        let mut out = String::new();
        let verdict = if g.correct {
            "✓ correct"
        } else {
            "✗ incorrect"
        };
        out.push_str(&format!("{verdict}, score {}/100\n", g.score));
        if !g.normalised.is_empty() {
            let notes: Vec<&str> = g.normalised.iter().map(|n| n.describe()).collect();
            out.push_str(&format!("(normalised: {})\n", notes.join(", ")));
        }
        out.push_str(&grade_table(g, self.color, self.width));
        out.push('\n');
        out.push_str(&differences(g));
        out.push_str(&self.explanations(g));
        if self.trace {
            let marked: Vec<u32> = g
                .first_explanation()
                .map(|e| e.steps.clone())
                .unwrap_or_default();
            out.push('\n');
            out.push_str(&jsorder::trace::render_table_marked(
                &outcome.events,
                self.width,
                &marked,
            ));
            out.push('\n');
        }
        out
    }

    fn explanations(&self, g: &Grade) -> String {
        let mut out = String::new();
        // By default: the first mistake, and the first order mistake when the first is not one.
        let first_order = g.explanations.iter().position(|e| e.later.is_some());
        let shown = g
            .explanations
            .iter()
            .enumerate()
            .filter(|(i, _)| self.explain_all || *i == 0 || Some(*i) == first_order)
            .map(|(_, e)| e);
        for (i, e) in shown.enumerate() {
            let head = if i == 0 { "Why" } else { "Also" };
            out.push_str(&format!("{head}: {}\n", e.text));
        }
        if !self.explain_all && g.inverted_pairs > 0 {
            out.push_str(&format!(
                "({} pair(s) of lines are in the wrong order; --explain explains each.)\n",
                g.inverted_pairs
            ));
        } else if g.inverted_pairs > jsorder::grade::MAX_EXPLAINED_PAIRS {
            out.push_str(&format!(
                "(only the first {} of {} inverted pairs are explained)\n",
                jsorder::grade::MAX_EXPLAINED_PAIRS,
                g.inverted_pairs
            ));
        }
        out
    }
}

fn differences(g: &Grade) -> String {
    let quote = |v: &[String]| {
        v.iter()
            .map(|s| format!("'{s}'"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut out = String::new();
    if !g.missing.is_empty() {
        out.push_str(&format!("Missing: {}\n", quote(&g.missing)));
    }
    if !g.extra.is_empty() {
        out.push_str(&format!("Never printed: {}\n", quote(&g.extra)));
    }
    for m in &g.misspelled {
        out.push_str(&format!(
            "Misspelt: '{}' (did you mean '{}'?)\n",
            m.predicted, m.expected
        ));
    }
    out
}
