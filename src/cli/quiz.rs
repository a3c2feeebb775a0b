//! `jsorder quiz`: show a puzzle, read a prediction, grade and explain it.
//! Works on a terminal and with input piped in.

use super::check::{color_stdout, solve, unusable, View};
use jsorder::grade::Answer;
use std::io::{BufRead, IsTerminal, Write};

/// Arguments of `jsorder quiz`.
#[derive(Debug, clap::Args)]
pub struct QuizArgs {
    /// A JavaScript file or bundled puzzle name (default: the first bundled puzzle).
    #[arg(value_name = "PUZZLE")]
    puzzle: Option<String>,
    /// Show the step table after grading without asking.
    #[arg(long)]
    trace: bool,
    /// Table width in columns.
    #[arg(long, default_value_t = 100)]
    width: u16,
}

impl QuizArgs {
    pub fn run(self) -> u8 {
        let arg = match &self.puzzle {
            Some(p) => p.clone(),
            None => match jsorder::puzzles::all().first() {
                Some(p) => p.name.to_string(),
                None => {
                    eprintln!("error: no bundled puzzles");
                    return 2;
                }
            },
        };
        let Some((name, outcome)) = solve(&arg) else {
            return 2;
        };
        if let Some(code) = unusable(&name, &outcome.end) {
            return code;
        }
        let source = super::input::load(&arg)
            .map(|i| i.source)
            .unwrap_or_default();
        let tty = std::io::stdin().is_terminal();
        print!("{}", numbered(&name, &source));
        println!(
            "What does it print? Type one line per line; finish with an empty line{}.",
            if tty { " or Ctrl-D" } else { "" }
        );
        let _ = std::io::stdout().flush();
        let stdin = std::io::stdin();
        let mut input = stdin.lock();
        let lines = read_prediction(&mut input);
        let answer = match Answer::parse(&lines.join("\n"), false) {
            Ok(a) => a,
            Err(e) => {
                println!("No prediction given ({e}). The answer is:");
                for l in outcome.stdout.iter() {
                    println!("  {}", l.text);
                }
                return 1;
            }
        };
        let grade = jsorder::grade::grade(&outcome, &answer);
        let mut view = View {
            explain_all: true,
            trace: false,
            width: self.width,
            color: color_stdout(),
        };
        print!("{}", view.render(&grade, &outcome));
        view.trace = self.trace || ask_trace(&mut input);
        if view.trace {
            let marked: Vec<u32> = grade
                .first_explanation()
                .map(|e| e.steps.clone())
                .unwrap_or_default();
            println!(
                "{}",
                jsorder::trace::render_table_marked(&outcome.events, self.width, &marked)
            );
        }
        u8::from(!grade.correct)
    }
}

/// The program with line numbers.
fn numbered(name: &str, source: &str) -> String {
    let mut s = format!("── {name} ──\n");
    for (i, l) in source.lines().enumerate() {
        s.push_str(&format!("{:>3} │ {l}\n", i + 1));
    }
    s.push('\n');
    s
}

/// Lines up to the first empty line after some text, or the end of input.
fn read_prediction(input: &mut impl BufRead) -> Vec<String> {
    let mut lines = Vec::new();
    let mut buf = String::new();
    while lines.len() < jsorder::grade::MAX_ANSWER_LINES {
        buf.clear();
        match input.read_line(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(_) => {}
        }
        let l = buf.trim_end_matches(['\n', '\r']).to_string();
        if l.trim().is_empty() && !lines.is_empty() {
            break;
        }
        if !l.trim().is_empty() {
            lines.push(l);
        }
    }
    lines
}

fn ask_trace(input: &mut impl BufRead) -> bool {
    print!("\nShow the step-by-step trace? [y/N] ");
    let _ = std::io::stdout().flush();
    let mut buf = String::new();
    let yes =
        matches!(input.read_line(&mut buf), Ok(n) if n > 0) && buf.trim().eq_ignore_ascii_case("y");
    println!();
    yes
}
