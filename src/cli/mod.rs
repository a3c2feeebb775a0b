//! The command line: clap definitions and one module per subcommand. Each
//! subcommand turns its flags into library calls and prints the result; no
//! engine logic lives here.

mod check;
mod gen;
mod grade;
mod input;
mod list;
mod quiz;
mod solve;
mod trace;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

const EXIT_CODES: &str = "\
Exit codes:
  0  the program ran to its end (for several files: all of them did)
  1  the program died of an uncaught exception or an unhandled rejection, as under node
  2  input error: missing file, syntax error, unsupported JavaScript feature, bad option
  3  resource limit: the program never ends (e.g. an interval never cleared) or prints too much
  other codes are node's own: `process.exit(n)` or `process.exitCode = n` gives n (its low 8 bits),
     a top-level await that never settles 13 (unless process.exitCode is set),
     an 'uncaughtException' listener that throws 7";

/// In what order does this JavaScript program print?
///
/// jsorder runs small JavaScript programs under Node.js v20's exact event-loop
/// rules — call stack, process.nextTick queue, promise microtasks, timers,
/// setImmediate — in virtual time, and shows why each line prints when it does.
#[derive(Debug, Parser)]
#[command(name = "jsorder", version, after_help = EXIT_CODES, propagate_version = true)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Print exactly what `node FILE` prints to stdout.
    ///
    /// FILE is a path or the name of a bundled puzzle (see `jsorder list`).
    /// With several files, each output block is headed by `==> FILE <==`.
    #[command(after_help = EXIT_CODES)]
    Solve(solve::SolveArgs),
    /// Show step by step why the output comes in this order.
    ///
    /// One row per step: what ran, the call stack, the nextTick and microtask
    /// queues, waiting timers and immediates, and what was printed.
    #[command(after_help = EXIT_CODES)]
    Trace(trace::TraceArgs),
    /// List the bundled puzzles: name, title, difficulty and tags.
    List(list::ListArgs),
    /// Grade one predicted output and explain every mistake.
    ///
    /// Exit codes: 0 correct, 1 incorrect, 2 input error (missing puzzle or
    /// answer), 3 the puzzle never ends.
    Check(check::CheckArgs),
    /// Grade a class: every student's answers to an assignment's puzzles.
    ///
    /// Exit codes: 0 everyone passed, 1 someone failed, 2 an input (the
    /// assignment, a puzzle, the submissions folder) is unusable.
    Grade(grade::GradeArgs),
    /// Practise: show a puzzle, type your prediction, get it graded and explained.
    Quiz(quiz::QuizArgs),
    /// Generate fresh puzzles with answer keys, by seed, difficulty and topic.
    ///
    /// One puzzle: the program on stdout, its answer key on stderr (or
    /// `--key FILE`). With `--out DIR`: NAME.js, NAME.out, index.json and an
    /// index.toml assignment. Same seed and options, same bytes.
    Gen(gen::GenArgs),
}

/// Output format shared by the subcommands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// For people.
    Text,
    /// For tools (one JSON document on stdout).
    Json,
}

/// Runs the parsed command line.
pub fn run(cli: Cli) -> ExitCode {
    let code = match cli.command {
        Command::Solve(a) => a.run(),
        Command::Trace(a) => a.run(),
        Command::List(a) => a.run(),
        Command::Check(a) => a.run(),
        Command::Grade(a) => a.run(),
        Command::Quiz(a) => a.run(),
        Command::Gen(a) => a.run(),
    };
    ExitCode::from(code)
}

/// Whether stderr is a colour-capable terminal.
pub fn color_stderr() -> bool {
    use std::io::IsTerminal;
    std::env::var_os("NO_COLOR").is_none() && std::io::stderr().is_terminal()
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_definition_is_consistent() {
        Cli::command().debug_assert();
    }
}
