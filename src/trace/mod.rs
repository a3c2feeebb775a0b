//! Views of a run's events: words for each step, and the step table.
//!
//! Nothing here re-runs or re-derives anything: each row is one recorded
//! [`Event`](crate::engine::Event) and the queue snapshot taken right after it.

mod table;

pub use table::{render_table, render_table_marked};

use crate::engine::{EventKind, QueueKind, Stream};

/// What happened in a step, in words: "call sync1", "queue microtask: …".
pub fn describe(kind: &EventKind) -> String {
    match kind {
        EventKind::RunTask { task } => match task.kind {
            crate::engine::TaskKind::Script => "run the main script".to_string(),
            _ => format!("run {}", task.label()),
        },
        EventKind::Call { function } => format!("call {function}"),
        EventKind::Return {
            function,
            suspended: false,
        } => format!("return from {function}"),
        EventKind::Return {
            function,
            suspended: true,
        } => format!("{function} suspends at await"),
        EventKind::Enqueue { queue, task } => match queue {
            QueueKind::NextTick => format!("queue nextTick: {}", task.label()),
            QueueKind::Microtask => format!("queue microtask: {}", task.label()),
            QueueKind::Timers => format!(
                "set timer: {} due @{}ms",
                task.label(),
                task.due.unwrap_or(0)
            ),
            QueueKind::Check => format!("queue immediate: {}", task.label()),
        },
        EventKind::Clear { task } => format!("cancel {}", task.label()),
        EventKind::Ref { task, refed: true } => format!("ref {}", task.label()),
        EventKind::Ref { task, refed: false } => {
            format!("unref {}: it no longer keeps the loop alive", task.label())
        }
        EventKind::ProcessEmit { name, code, origin } => match (code, origin) {
            (Some(code), _) => format!("process emits '{name}' (code {code})"),
            (None, Some(origin)) => format!("process emits '{name}' (origin '{origin}')"),
            (None, None) => format!("process emits '{name}'"),
        },
        EventKind::Advance { now } => format!("advance the clock to {now} ms"),
        EventKind::Spin { turns, now } => {
            format!("a loop counts {turns} turns, which takes Node at least until {now} ms")
        }
        EventKind::FirstWrite { now } => {
            format!("the first write sets the output up: the clock moves to {now} ms")
        }
        EventKind::Log {
            text,
            stream: Stream::Stdout,
            ..
        } => format!("log {}", quote(text)),
        EventKind::Log {
            text,
            stream: Stream::Stderr,
            ..
        } => format!("log to stderr {}", quote(text)),
        EventKind::Crash { message } => format!("the program ends: {message}"),
    }
}

fn quote(text: &str) -> String {
    format!("'{}'", text.replace('\n', "\\n"))
}
