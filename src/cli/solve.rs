//! `jsorder solve`: the program's stdout, as node prints it.

use super::input::{load, report};
use super::Format;
use jsorder::engine::{End, Options, Outcome};
use serde::Serialize;
use std::io::Write;

/// Arguments of `jsorder solve`.
#[derive(Debug, clap::Args)]
pub struct SolveArgs {
    /// JavaScript files (or bundled puzzle names).
    #[arg(required = true, value_name = "FILE")]
    files: Vec<String>,
    /// `text` prints the output; `json` adds each line's provenance.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// Stop a program after this many VM instructions (exit code 3).
    #[arg(long, value_name = "N", default_value_t = Options::default().max_steps)]
    max_steps: u64,
}

#[derive(Serialize)]
struct JsonResult<'a> {
    file: &'a str,
    exit_code: i32,
    #[serde(skip_serializing_if = "Option::is_none")]
    outcome: Option<&'a Outcome>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
}

/// Ranks exit codes so several files report the most serious one.
pub fn worst(a: u8, b: u8) -> u8 {
    let rank = |c: u8| match c {
        2 => 4,
        3 => 3,
        0 => 0,
        _ => 2,
    };
    if rank(b) > rank(a) {
        b
    } else {
        a
    }
}

impl SolveArgs {
    pub fn run(self) -> u8 {
        let options = Options {
            max_steps: self.max_steps,
            ..Options::default()
        };
        let many = self.files.len() > 1;
        let mut code = 0u8;
        let mut json = Vec::new();
        let stdout = std::io::stdout();
        for (i, arg) in self.files.iter().enumerate() {
            let (c, outcome, error) = solve_one(arg, &options);
            code = worst(code, c);
            if self.format == Format::Json {
                json.push((arg.clone(), c, outcome, error));
                continue;
            }
            let mut out = stdout.lock();
            if many {
                let _ = writeln!(out, "{}==> {arg} <==", if i > 0 { "\n" } else { "" });
            }
            if let Some(o) = &outcome {
                let _ = out.write_all(o.stdout_text().as_bytes());
                let _ = out.flush();
                for line in &o.stderr {
                    eprintln!("{line}");
                }
                explain_end(arg, &o.end);
                for note in &o.nondeterminism {
                    eprintln!("jsorder: note: {arg}: {note}");
                }
            }
        }
        if self.format == Format::Json {
            let results: Vec<JsonResult> = json
                .iter()
                .map(|(f, c, o, e)| JsonResult {
                    file: f,
                    exit_code: i32::from(*c),
                    outcome: o.as_ref(),
                    error: e.clone(),
                })
                .collect();
            let _ = serde_json::to_writer_pretty(std::io::stdout().lock(), &results);
            println!();
        }
        code
    }
}

/// Runs one file; reports input errors to stderr. Returns the exit code, the outcome and any input error.
fn solve_one(arg: &str, options: &Options) -> (u8, Option<Outcome>, Option<String>) {
    let input = match load(arg) {
        Ok(i) => i,
        Err(msg) => {
            eprintln!("{msg}");
            return (2, None, Some(msg));
        }
    };
    match jsorder::engine::run_source(&input.source, options) {
        Ok(o) => {
            if let End::Unsupported { diagnostic } = &o.end {
                report(&input, diagnostic);
            }
            let code = u8::try_from(o.exit_code().clamp(0, 255)).unwrap_or(1);
            (code, Some(o), None)
        }
        Err(d) => {
            report(&input, &d);
            (2, None, Some(d.message))
        }
    }
}

/// Says why a run stopped when jsorder, not the program, stopped it.
fn explain_end(file: &str, end: &End) {
    match end {
        End::StepLimit { reason } => eprintln!(
            "jsorder: {file}: stopped: {reason} (exit 3; raise --max-steps if it does end)"
        ),
        End::MemoryLimit => eprintln!(
            "jsorder: {file}: stopped: the program allocated more than {} objects (exit 3)",
            Options::default().max_objects
        ),
        End::OutputLimit => {
            eprintln!("jsorder: {file}: stopped: the program printed too many lines (exit 3)")
        }
        End::SizeLimit { what } => {
            eprintln!("jsorder: {file}: stopped: the program built {what} (exit 3)")
        }
        _ => {}
    }
}
