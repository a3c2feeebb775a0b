//! What the engine records while it runs: printed lines with their provenance,
//! and (when tracing) one [`Event`] per step with a snapshot of every queue.
//!
//! The trace table and the grader's explanations are views of these records.

use serde::Serialize;
use std::rc::Rc;

/// Which queue a task waits in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum QueueKind {
    /// `process.nextTick` queue.
    NextTick,
    /// V8's microtask queue (promise jobs, await continuations, queueMicrotask).
    Microtask,
    /// A timer list (setTimeout / setInterval).
    Timers,
    /// The immediate queue (setImmediate), run in the check phase.
    Check,
}

/// What kind of callback a task runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TaskKind {
    /// The main script.
    Script,
    /// A `process.nextTick` callback.
    NextTick,
    /// A promise reaction: a `then`/`catch`/`finally` handler (or a pass-through).
    PromiseReaction,
    /// `PromiseResolveThenableJob`: calling a thenable's `then` to adopt its state.
    ResolveThenable,
    /// The continuation of an async function after `await`.
    AwaitContinuation,
    /// A `queueMicrotask` callback.
    QueueMicrotask,
    /// A `setTimeout` callback.
    Timeout,
    /// A `setInterval` callback.
    Interval,
    /// A `setImmediate` callback.
    Immediate,
    /// A `process.on('uncaughtException')` listener.
    UncaughtExceptionListener,
    /// A `process.on('uncaughtExceptionMonitor')` listener.
    UncaughtMonitorListener,
    /// A `process.on('unhandledRejection')` listener.
    RejectionListener,
    /// A `process.on('beforeExit')` listener.
    BeforeExitListener,
    /// A `process.on('exit')` listener.
    ExitListener,
}

impl TaskKind {
    /// The queue a task of this kind waits in.
    pub fn queue(self) -> Option<QueueKind> {
        match self {
            TaskKind::Script
            | TaskKind::UncaughtExceptionListener
            | TaskKind::UncaughtMonitorListener
            | TaskKind::RejectionListener
            | TaskKind::BeforeExitListener
            | TaskKind::ExitListener => None,
            TaskKind::NextTick => Some(QueueKind::NextTick),
            TaskKind::PromiseReaction
            | TaskKind::ResolveThenable
            | TaskKind::AwaitContinuation
            | TaskKind::QueueMicrotask => Some(QueueKind::Microtask),
            TaskKind::Timeout | TaskKind::Interval => Some(QueueKind::Timers),
            TaskKind::Immediate => Some(QueueKind::Check),
        }
    }

    /// Whether the task is a microtask (nextTick included).
    pub fn is_micro(self) -> bool {
        matches!(
            self.queue(),
            Some(QueueKind::NextTick | QueueKind::Microtask)
        )
    }

    /// Words for the trace table.
    pub fn describe(self) -> &'static str {
        match self {
            TaskKind::Script => "main script",
            TaskKind::NextTick => "nextTick callback",
            TaskKind::PromiseReaction => "promise reaction",
            TaskKind::ResolveThenable => "thenable job",
            TaskKind::AwaitContinuation => "await continuation",
            TaskKind::QueueMicrotask => "queueMicrotask callback",
            TaskKind::Timeout => "setTimeout callback",
            TaskKind::Interval => "setInterval callback",
            TaskKind::Immediate => "setImmediate callback",
            TaskKind::UncaughtExceptionListener => "uncaughtException listener",
            TaskKind::UncaughtMonitorListener => "uncaughtExceptionMonitor listener",
            TaskKind::RejectionListener => "unhandledRejection listener",
            TaskKind::BeforeExitListener => "beforeExit listener",
            TaskKind::ExitListener => "exit listener",
        }
    }

    /// Whether the task is a `process` event listener, called by Node
    /// itself rather than taken from a queue.
    pub fn is_process_listener(self) -> bool {
        matches!(
            self,
            TaskKind::UncaughtExceptionListener
                | TaskKind::UncaughtMonitorListener
                | TaskKind::RejectionListener
                | TaskKind::BeforeExitListener
                | TaskKind::ExitListener
        )
    }
}

/// Where a task came from. Lines are 1-based; 0 means "not from user code".
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TaskInfo {
    /// Unique per run, in creation order.
    pub id: u32,
    /// What runs.
    pub kind: TaskKind,
    /// The callback's name (`""` when anonymous or internal).
    pub callback: Rc<str>,
    /// Line where the callback function is written.
    pub callback_line: u32,
    /// Step at which the task was queued.
    pub queued_at_step: u32,
    /// Line of the code that queued it (the `.then`, `resolve()`, `setTimeout` call).
    pub queued_by_line: u32,
    /// Microtask turn: tasks queued by synchronous code are turn 1, by turn-k tasks turn k+1;
    /// 0 for macrotasks and the script.
    pub turn: u32,
    /// Virtual due time in ms (timers only).
    pub due: Option<u64>,
}

impl TaskInfo {
    /// A short label: "promise reaction `onDone` (line 12)".
    pub fn label(&self) -> String {
        let mut s = self.kind.describe().to_string();
        if !self.callback.is_empty() {
            s.push_str(&format!(" {}", self.callback));
        }
        if self.callback_line > 0 {
            s.push_str(&format!(" (line {})", self.callback_line));
        }
        s
    }
}

/// stdout or stderr.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Stream {
    /// `console.log` / `info` / `debug`
    Stdout,
    /// `console.error` / `warn`
    Stderr,
}

/// One printed line and why it was printed when it was.
#[derive(Debug, Clone, Serialize)]
pub struct LogLine {
    /// The text, without the newline.
    pub text: String,
    /// Line of the `console.log` call.
    pub line: u32,
    /// Step at which it was printed.
    pub step: u32,
    /// The task that was running.
    pub task: TaskInfo,
}

/// The state of the machine after a step (recorded only when tracing).
#[derive(Debug, Clone, Default, Serialize)]
pub struct Snapshot {
    /// Call stack, outermost first.
    pub stack: Vec<String>,
    /// nextTick queue, head first.
    pub ticks: Vec<String>,
    /// Microtask queue, head first.
    pub microtasks: Vec<String>,
    /// Timers not yet due or waiting for the timers phase: "label @due".
    pub timers: Vec<String>,
    /// Immediates waiting for the check phase.
    pub immediates: Vec<String>,
    /// Virtual clock in ms.
    pub now: u64,
}

/// One step of a run.
#[derive(Debug, Clone, Serialize)]
pub struct Event {
    /// Step number, from 1.
    pub step: u32,
    /// What happened.
    #[serde(flatten)]
    pub kind: EventKind,
    /// The machine after it happened.
    pub after: Snapshot,
}

/// What happened in a step.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum EventKind {
    /// The loop took a task and ran it.
    RunTask {
        /// The task.
        task: TaskInfo,
    },
    /// A function was called (a frame pushed).
    Call {
        /// Its name.
        function: String,
    },
    /// A function returned or suspended (a frame popped).
    Return {
        /// Its name.
        function: String,
        /// Whether it suspended at `await` rather than returning.
        suspended: bool,
    },
    /// A task was queued.
    Enqueue {
        /// Where.
        queue: QueueKind,
        /// What.
        task: TaskInfo,
    },
    /// A timer or immediate was cancelled.
    Clear {
        /// The cancelled task.
        task: TaskInfo,
    },
    /// A timer's or immediate's `unref()` or `ref()` changed whether it keeps
    /// the event loop alive.
    Ref {
        /// The timer or immediate.
        task: TaskInfo,
        /// Whether it now keeps the loop alive.
        refed: bool,
    },
    /// Node emitted a `process` event that has listeners (`beforeExit`,
    /// `exit`, `unhandledRejection`, `uncaughtException`, …); the listeners
    /// run next.
    ProcessEmit {
        /// The event's name.
        name: String,
        /// The exit code passed to `beforeExit` and `exit` listeners.
        #[serde(skip_serializing_if = "Option::is_none")]
        code: Option<i32>,
        /// The origin passed to `uncaughtException` (and monitor) listeners:
        /// `uncaughtException`, or `unhandledRejection` for a rejection.
        #[serde(skip_serializing_if = "Option::is_none")]
        origin: Option<String>,
    },
    /// The virtual clock moved forward.
    Advance {
        /// The new time in ms.
        now: u64,
    },
    /// A counting loop left out by the compiler took its time
    /// ([`super::realm::LOOP_TURNS_PER_MS`]).
    Spin {
        /// How many times the loop turned.
        turns: u64,
        /// The time in ms after it.
        now: u64,
    },
    /// The first console output of the process took its time
    /// ([`super::realm::FIRST_WRITE_MS`]).
    FirstWrite {
        /// The time in ms after it.
        now: u64,
    },
    /// Something was printed.
    Log {
        /// The text (may contain newlines for multi-line values).
        text: String,
        /// Which stream.
        stream: Stream,
        /// Line of the call.
        line: u32,
    },
    /// The program ended abnormally.
    Crash {
        /// Why.
        message: String,
    },
}
