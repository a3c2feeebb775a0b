//! The engine: runs a parsed program under Node's event-loop rules and records
//! what it printed, and why.
//!
//! [`run`] is pure: no real time, no threads, no I/O, no globals. Output goes
//! into the [`Outcome`], each line with its provenance; with
//! [`Options::trace`] every step is recorded as an [`Event`].

pub mod builtins;
mod bytecode;
pub mod collections;
mod compile;
pub mod elements;
pub mod event;
mod events;
pub mod inspect;
mod json_parse;
mod math_pow;
mod modules;
mod names;
mod node;
mod number_format;
mod number_parse;
mod ops;
mod process;
pub mod promise;
mod props;
pub mod realm;
mod stdlib;
mod string_width;
mod string_width_table;
mod timers;
mod timsort;
pub mod value;
pub mod vm;

pub use event::{Event, EventKind, LogLine, QueueKind, Snapshot, Stream, TaskInfo, TaskKind};

use crate::diagnostic::Diagnostic;
use crate::syntax::ast::Program;
use crate::syntax::span::Span;
use serde::Serialize;
use value::Value;

/// The event-loop model to run under.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Host {
    /// Node.js v20 (CommonJS script): nextTick, setImmediate, loop phases.
    #[default]
    Node,
}

/// How to run a program.
#[derive(Debug, Clone)]
pub struct Options {
    /// Instruction budget; past it the run ends with [`End::StepLimit`].
    pub max_steps: u64,
    /// Record every step as an [`Event`] with a snapshot of the queues.
    pub trace: bool,
    /// With [`Options::trace`]: take the queue snapshots (the costly part of a trace;
    /// tools that only read what happened can turn them off).
    pub trace_snapshots: bool,
    /// The event-loop model.
    pub host: Host,
    /// Most lines the program may print before it is stopped.
    pub max_output_lines: usize,
    /// Most trace events recorded; later steps still run but are not recorded.
    pub max_trace_events: usize,
    /// Most objects a run may allocate before it stops with [`End::MemoryLimit`].
    pub max_objects: u64,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            max_steps: 400_000_000,
            trace: false,
            trace_snapshots: true,
            host: Host::Node,
            max_output_lines: 2_000_000,
            max_trace_events: 10_000,
            max_objects: realm::MAX_ALLOCATIONS,
        }
    }
}

/// Everything a run produced.
#[derive(Debug, Clone, Serialize)]
pub struct Outcome {
    /// Lines written to stdout (`console.log`), in order, with provenance.
    pub stdout: Vec<LogLine>,
    /// What Node would write to stderr (`console.error`, crash reports), in order.
    pub stderr: Vec<String>,
    /// How the program ended.
    pub end: End,
    /// Every step, when [`Options::trace`] was set (at most [`Options::max_trace_events`]).
    pub events: Vec<Event>,
    /// Whether the trace stopped recording before the program ended.
    pub trace_truncated: bool,
    /// Places where real Node has more than one possible order (SEMANTICS.md §2.2);
    /// the output shows the usual one.
    pub nondeterminism: Vec<String>,
}

impl Outcome {
    /// Stdout as Node prints it: each line followed by `\n`.
    pub fn stdout_text(&self) -> String {
        let mut s = String::new();
        for l in &self.stdout {
            s.push_str(&l.text);
            s.push('\n');
        }
        s
    }

    /// The exit status `node` would return (3 for jsorder's own limits).
    pub fn exit_code(&self) -> i32 {
        self.end.exit_code()
    }
}

/// How a run ended.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum End {
    /// Nothing left to do: exit 0.
    Completed,
    /// Nothing left to do, and `process.exitCode` asks for another exit code.
    ExitCode {
        /// The code.
        code: i32,
    },
    /// `process.exit(code)`.
    Exit {
        /// The code.
        code: i32,
    },
    /// An ES module's top-level `await` never settled and nothing is left
    /// to run: Node exits with 13 and prints nothing.
    UnsettledTopLevelAwait,
    /// An exception nobody caught: Node prints it and exits with 1 (or
    /// with `process.exitCode` if an `exit` listener set it).
    UncaughtException {
        /// `Error: message` (the first line of what Node prints).
        message: String,
        /// Where it was thrown.
        line: Option<u32>,
        /// The exit code.
        code: i32,
    },
    /// A rejected promise without a handler at the end of a drain: exit 1
    /// (or `process.exitCode` if an `exit` listener set it).
    UnhandledRejection {
        /// The reason as Node describes it (the first line of what Node prints:
        /// the error's header, or `UnhandledPromiseRejection: …` for other reasons).
        message: String,
        /// The exit code.
        code: i32,
    },
    /// The instruction budget ran out: the program probably never ends.
    StepLimit {
        /// What keeps it alive, e.g. "setInterval at line 3 was never cleared".
        reason: String,
    },
    /// The program printed more than [`Options::max_output_lines`].
    OutputLimit,
    /// The program allocated more than [`Options::max_objects`] objects.
    MemoryLimit,
    /// The program built a string or an array longer than jsorder keeps,
    /// though not too long for Node.
    SizeLimit {
        /// What, e.g. "a string of more than 134217728 bytes".
        what: String,
    },
    /// The program used something jsorder does not model.
    Unsupported {
        /// What and where.
        diagnostic: Diagnostic,
    },
}

impl End {
    /// Node's exit status (the low 8 bits of the code, as the shell sees
    /// it), or 3 for jsorder's resource limits and 2 for unsupported input.
    pub fn exit_code(&self) -> i32 {
        match self {
            End::Completed => 0,
            End::ExitCode { code }
            | End::Exit { code }
            | End::UncaughtException { code, .. }
            | End::UnhandledRejection { code, .. } => code & 0xff,
            End::UnsettledTopLevelAwait => 13,
            End::Unsupported { .. } => 2,
            End::StepLimit { .. } | End::OutputLimit | End::MemoryLimit | End::SizeLimit { .. } => {
                3
            }
        }
    }

    /// Whether the program ran to its natural end as Node would (exit 0 or a JS crash).
    pub fn is_faithful(&self) -> bool {
        matches!(
            self,
            End::Completed
                | End::ExitCode { .. }
                | End::Exit { .. }
                | End::UnsettledTopLevelAwait
                | End::UncaughtException { .. }
                | End::UnhandledRejection { .. }
        )
    }
}

/// A JS exception or a reason to stop the whole run.
#[derive(Debug, Clone)]
pub enum Exc {
    /// `throw value`: catchable.
    Throw(Value),
    /// Not catchable by JS.
    Halt(Halt),
}

/// Reasons to stop that JS cannot catch.
#[derive(Debug, Clone)]
pub enum Halt {
    /// The instruction budget ran out.
    StepLimit,
    /// Too much output.
    OutputLimit,
    /// Too many objects.
    MemoryLimit,
    /// A string or an array longer than jsorder keeps (what it is).
    SizeLimit(String),
    /// `process.exit(code)`.
    Exit(i32),
    /// A feature jsorder does not model.
    Unsupported(String, Option<Span>),
}

/// Result of anything that runs JS.
pub type JsResult<T> = Result<T, Exc>;

/// Compiles and runs a program. Compile-time problems (e.g. `await` outside an
/// async function) come back as a [`Diagnostic`].
pub fn run(program: &Program, source: &str, options: &Options) -> Result<Outcome, Diagnostic> {
    let code = compile::compile_program(program, source)?;
    Ok(node::run(code, options))
}

/// Parses and runs source text.
pub fn run_source(source: &str, options: &Options) -> Result<Outcome, Diagnostic> {
    let program = crate::syntax::parse(source)?;
    run(&program, source, options)
}
