//! Why the true order holds: each explanation names the event-loop rule that
//! puts one line before another, derived only from the provenance the engine
//! recorded for both lines ([`TaskInfo`]: kind, queue, turn, steps, due time,
//! lines) and from how the run ended. Nothing here re-runs or re-derives the
//! order itself.

use super::score::Matching;
use super::ExpectedLine;
use crate::engine::{End, EventKind, LogLine, Outcome, QueueKind, TaskInfo, TaskKind};
use serde::Serialize;

/// The rule an explanation rests on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Rule {
    /// Both lines come from the same run of synchronous code, in program order.
    ProgramOrder,
    /// Both come from one run of code, and the earlier one is inside a function called first.
    CallNesting,
    /// The main script runs to completion before any queued callback.
    SynchronousFirst,
    /// The nextTick queue is emptied before promise jobs run.
    NextTickFirst,
    /// A tick queued by a microtask waits until the microtask queue is empty.
    TickAfterMicrotasks,
    /// Microtasks run in ticks; the later line needs more of them.
    TickCounting,
    /// Same queue: first queued, first run.
    Fifo,
    /// All microtasks run before the next macrotask.
    MicrotaskBeforeMacrotask,
    /// A callback runs to completion before the microtasks it queues.
    RunToCompletion,
    /// The later line's task did not exist yet when the earlier one printed.
    QueuedLater,
    /// The two microtasks run in the drains after different macrotasks.
    EarlierMacrotask,
    /// Timers run by due time.
    TimerDueTime,
    /// Timers due at the same time run in creation order.
    TimerCreationOrder,
    /// The timers phase comes before the check phase.
    TimersBeforeCheck,
    /// The check phase (setImmediate) comes before a timer that is not yet due.
    CheckBeforeTimers,
    /// The program crashes before the line would be printed.
    Crash,
    /// `process.exit` ends the program before the line would be printed.
    Exit,
    /// The predicted line is never printed at all.
    NeverPrinted,
    /// The predicted line is close to a printed line.
    Misspelled,
    /// A printed line the answer leaves out.
    Missing,
}

/// One explanation of a mistake.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Explanation {
    /// The rule it rests on.
    pub rule: Rule,
    /// The line that truly comes first (or the line concerned).
    pub earlier: String,
    /// The line that truly comes second, for ordering rules.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub later: Option<String>,
    /// The explanation in words.
    pub text: String,
    /// Trace steps that decide it (printing and queueing steps).
    pub steps: Vec<u32>,
}

/// What explanations need from a run, computed once per puzzle.
#[derive(Debug, Clone)]
pub struct Context<'a> {
    outcome: &'a Outcome,
    /// For each stdout line, the macrotask (or script) in whose run or drain it printed.
    macro_of: Vec<Option<TaskInfo>>,
    crash_step: Option<u32>,
}

impl<'a> Context<'a> {
    /// Prepares explanations for `outcome` (more precise when it was traced).
    pub fn new(outcome: &'a Outcome) -> Context<'a> {
        Context {
            outcome,
            macro_of: macro_of(outcome),
            crash_step: outcome.events.iter().find_map(|e| match e.kind {
                EventKind::Crash { .. } => Some(e.step),
                _ => None,
            }),
        }
    }

    /// Explains the first differing position `pos` (0-based).
    pub fn explain_divergence(
        &self,
        truth: &[ExpectedLine],
        predicted: &[String],
        m: &Matching,
        pos: usize,
    ) -> Option<Explanation> {
        let Some(p) = predicted.get(pos) else {
            return truth.get(pos).map(|t| self.missing(t));
        };
        match m.mapped[pos] {
            Some(j) if !m.exact[pos] => Some(misspelled(p, &truth[j].text)),
            Some(j) if j > pos => Some(self.explain_order(&truth[pos], &truth[j])),
            Some(_) => None,
            None => Some(self.never_printed(p)),
        }
    }

    /// Explains why `a` is printed before `b` (they must be in that true order).
    pub fn explain_order(&self, a: &ExpectedLine, b: &ExpectedLine) -> Explanation {
        let (la, lb) = (&self.outcome.stdout[a.log], &self.outcome.stdout[b.log]);
        let (rule, why) = self.rule(a.log, b.log);
        let text = if a.log == b.log {
            format!(
                "'{}' comes before '{}': both are printed by one console.log call (line {}), in that order.",
                a.text, b.text, la.line
            )
        } else {
            format!(
                "'{}' comes before '{}': '{}' is {}; '{}' {}. {}",
                a.text,
                b.text,
                a.text,
                provenance(la),
                b.text,
                provenance(lb).trim_start_matches("printed "),
                why
            )
        };
        let mut steps = vec![
            la.step,
            lb.step,
            la.task.queued_at_step,
            lb.task.queued_at_step,
        ];
        steps.retain(|&s| s > 0);
        steps.sort_unstable();
        steps.dedup();
        Explanation {
            rule: if a.log == b.log {
                Rule::ProgramOrder
            } else {
                rule
            },
            earlier: a.text.clone(),
            later: Some(b.text.clone()),
            text,
            steps,
        }
    }

    /// The rule that puts stdout line `ia` before stdout line `ib`, and its sentence.
    fn rule(&self, ia: usize, ib: usize) -> (Rule, String) {
        let (a, b) = (&self.outcome.stdout[ia], &self.outcome.stdout[ib]);
        let (ta, tb) = (&a.task, &b.task);
        if ta.id == tb.id {
            return same_callback(a, b);
        }
        if ta.kind == TaskKind::Script {
            return (
                Rule::SynchronousFirst,
                "The main script runs to completion before any queued callback runs.".into(),
            );
        }
        let same_drain = self.macro_id(ia) == self.macro_id(ib);
        match (ta.kind.is_micro(), tb.kind.is_micro()) {
            (true, true) if same_drain => micro_pair(a, b),
            (true, false) => (
                Rule::MicrotaskBeforeMacrotask,
                "The microtask queue is emptied before the next macrotask runs.".into(),
            ),
            _ if tb.queued_at_step > a.step => queued_later(a, b),
            (false, true) => (
                Rule::RunToCompletion,
                format!(
                    "A callback runs to completion before the microtasks it queues: the {} that prints '{}' was queued at step {} while the {} was still running.",
                    tb.kind.describe(), b.text, tb.queued_at_step, ta.kind.describe()
                ),
            ),
            (true, true) => self.earlier_macrotask(ia, ib),
            (false, false) => macro_pair(ta, tb),
        }
    }

    fn macro_id(&self, i: usize) -> Option<u32> {
        self.macro_of[i].as_ref().map(|t| t.id)
    }

    fn earlier_macrotask(&self, ia: usize, ib: usize) -> (Rule, String) {
        let name = |i: usize| {
            self.macro_of[i]
                .as_ref()
                .map_or("an earlier task".to_string(), describe_macro)
        };
        (
            Rule::EarlierMacrotask,
            format!(
                "Microtasks run in the drain after the macrotask that queued them: the first runs after {}, the second only after {}, which runs later.",
                name(ia),
                name(ib)
            ),
        )
    }

    /// Why a predicted line is never printed.
    pub fn never_printed(&self, line: &str) -> Explanation {
        let last = self.outcome.stdout.last().map(|l| l.text.as_str());
        let after = last.map_or(String::new(), |l| format!(" after printing '{l}'"));
        let at = self
            .crash_step
            .map_or(String::new(), |s| format!(" at step {s}"));
        let (rule, text) = match &self.outcome.end {
            End::UncaughtException { message, line: l, .. } => (
                Rule::Crash,
                format!(
                    "'{line}' is never printed: the program dies of an uncaught exception ({message}{}){at}{after}, and nothing queued after that runs.",
                    l.map_or(String::new(), |l| format!(", line {l}"))
                ),
            ),
            End::UnhandledRejection { message, .. } => (
                Rule::Crash,
                format!(
                    "'{line}' is never printed: the program dies of an unhandled promise rejection ({message}){at}{after}; Node checks for them when the microtask queue is empty and exits, so no later task runs."
                ),
            ),
            End::Exit { code } => (
                Rule::Exit,
                format!("'{line}' is never printed: process.exit({code}) ends the program{after}."),
            ),
            End::UnsettledTopLevelAwait => (
                Rule::Exit,
                format!(
                    "'{line}' is never printed: the file's top-level await never settles, and when nothing is left to run Node ends the program (exit code 13){after}."
                ),
            ),
            _ => (
                Rule::NeverPrinted,
                format!("'{line}' is never printed by this program."),
            ),
        };
        Explanation {
            rule,
            earlier: line.to_string(),
            later: None,
            text,
            steps: self.crash_step.into_iter().collect(),
        }
    }

    /// A printed line the answer leaves out.
    pub fn missing(&self, t: &ExpectedLine) -> Explanation {
        let l = &self.outcome.stdout[t.log];
        Explanation {
            rule: Rule::Missing,
            earlier: t.text.clone(),
            later: None,
            text: format!(
                "'{}' is missing from the answer: it is printed at step {} ({}).",
                t.text,
                l.step,
                provenance(l).trim_start_matches("printed ")
            ),
            steps: vec![l.step],
        }
    }
}

/// "did you mean" for a misspelt line.
pub fn misspelled(predicted: &str, expected: &str) -> Explanation {
    Explanation {
        rule: Rule::Misspelled,
        earlier: predicted.to_string(),
        later: None,
        text: format!("'{predicted}' is never printed: did you mean '{expected}'?"),
        steps: Vec::new(),
    }
}

/// For each stdout line, the last macrotask (or the script) that started at or before it.
fn macro_of(outcome: &Outcome) -> Vec<Option<TaskInfo>> {
    let runs: Vec<(u32, &TaskInfo)> = outcome
        .events
        .iter()
        .filter_map(|e| match &e.kind {
            EventKind::RunTask { task } if !task.kind.is_micro() => Some((e.step, task)),
            _ => None,
        })
        .collect();
    let mut current: Option<TaskInfo> = None;
    outcome
        .stdout
        .iter()
        .map(|l| {
            if !runs.is_empty() {
                let k = runs.partition_point(|(s, _)| *s <= l.step);
                return k.checked_sub(1).map(|k| runs[k].1.clone());
            }
            // Untraced run: the last line printed by a macrotask is the best we know.
            if !l.task.kind.is_micro() {
                current = Some(l.task.clone());
            }
            current.clone()
        })
        .collect()
}

fn describe_macro(t: &TaskInfo) -> String {
    match t.kind {
        TaskKind::Script => "the main script".into(),
        _ => format!("the {}", t.label()),
    }
}

/// "printed by a promise reaction (microtask, tick 2) queued at step 7 by line 12".
pub fn provenance(l: &LogLine) -> String {
    let t = &l.task;
    match t.kind {
        TaskKind::Script => format!("printed by the main script (line {})", l.line),
        kind if kind.is_process_listener() => {
            format!("printed by the {} (line {})", kind.describe(), l.line)
        }
        _ => {
            let due = t.due.map_or(String::new(), |d| format!(", due at {d} ms"));
            let by = match t.queued_by_line {
                0 => String::new(),
                l => format!(" by line {l}"),
            };
            let what = t.kind.describe();
            let article = if what.starts_with(['a', 'e', 'i', 'o', 'u']) {
                "an"
            } else {
                "a"
            };
            format!(
                "printed by {article} {what} ({}) queued at step {}{by}{due}",
                category(t),
                t.queued_at_step,
            )
        }
    }
}

fn category(t: &TaskInfo) -> String {
    match t.kind.queue() {
        Some(QueueKind::NextTick) => "nextTick queue".into(),
        Some(QueueKind::Microtask) => format!("microtask, tick {}", t.turn),
        Some(QueueKind::Timers) => "macrotask, timers phase".into(),
        Some(QueueKind::Check) => "macrotask, check phase".into(),
        None => "task".into(),
    }
}

fn same_callback(a: &LogLine, b: &LogLine) -> (Rule, String) {
    let who = match a.task.kind {
        TaskKind::Script => "the main script".to_string(),
        _ => format!("one {}", a.task.kind.describe()),
    };
    if a.line <= b.line {
        (
            Rule::ProgramOrder,
            format!("Both are printed by {who}, which runs synchronously to completion: line {} runs before line {}.", a.line, b.line),
        )
    } else {
        (
            Rule::CallNesting,
            format!(
                "Both are printed by {who}, which runs synchronously to completion. Line {} is written later but runs first: the code around line {} is inside a function that is only called after that, and a call runs completely where it is made.",
                a.line, b.line
            ),
        )
    }
}

fn micro_pair(a: &LogLine, b: &LogLine) -> (Rule, String) {
    let (ta, tb) = (&a.task, &b.task);
    let (qa, qb) = (ta.kind.queue(), tb.kind.queue());
    match (qa, qb) {
        (Some(QueueKind::NextTick), Some(QueueKind::Microtask)) => (
            Rule::NextTickFirst,
            "Node empties the nextTick queue before it runs promise jobs and other microtasks.".into(),
        ),
        (Some(QueueKind::Microtask), Some(QueueKind::NextTick)) => (
            Rule::TickAfterMicrotasks,
            "A nextTick callback queued while microtasks are running waits until the microtask queue is completely empty.".into(),
        ),
        _ if qa == Some(QueueKind::Microtask) && ta.turn < tb.turn => (
            Rule::TickCounting,
            format!(
                "'{}' needs {} microtask ticks, '{}' only {}: every job of one tick runs before any job queued during it.",
                b.text, tb.turn, a.text, ta.turn
            ),
        ),
        _ => fifo(ta, tb),
    }
}

fn fifo(ta: &TaskInfo, tb: &TaskInfo) -> (Rule, String) {
    (
        Rule::Fifo,
        format!(
            "Both wait in the same queue, which is first in, first out: the first was queued at step {}, the second at step {}.",
            ta.queued_at_step, tb.queued_at_step
        ),
    )
}

fn queued_later(a: &LogLine, b: &LogLine) -> (Rule, String) {
    if let Some(when) = listener_moment(b.task.kind) {
        return (
            Rule::QueuedLater,
            format!(
                "Node calls the {} that prints '{}' only {when} (step {}), after '{}' is printed at step {}.",
                b.task.kind.describe(),
                b.text,
                b.task.queued_at_step,
                a.text,
                a.step
            ),
        );
    }
    (
        Rule::QueuedLater,
        format!(
            "A callback cannot run before it is queued: the {} that prints '{}' is only queued at step {}, after '{}' is printed at step {}.",
            b.task.kind.describe(),
            b.text,
            b.task.queued_at_step,
            a.text,
            a.step
        ),
    )
}

/// When Node itself calls a `process` event listener (it is never queued).
fn listener_moment(kind: TaskKind) -> Option<&'static str> {
    match kind {
        TaskKind::UncaughtExceptionListener | TaskKind::UncaughtMonitorListener => {
            Some("when an error is thrown and not caught")
        }
        TaskKind::RejectionListener => Some("once a rejected promise is left without a handler"),
        TaskKind::BeforeExitListener => Some("when the event loop has nothing left to do"),
        TaskKind::ExitListener => Some("when the process is about to exit"),
        _ => None,
    }
}

fn is_timer(t: &TaskInfo) -> bool {
    t.kind.queue() == Some(QueueKind::Timers)
}

fn macro_pair(ta: &TaskInfo, tb: &TaskInfo) -> (Rule, String) {
    let due = |t: &TaskInfo| t.due.unwrap_or(0);
    match (is_timer(ta), is_timer(tb)) {
        (true, true) if due(ta) < due(tb) => (
            Rule::TimerDueTime,
            format!(
                "Timers run in order of due time: {} ms comes before {} ms, whatever the order they were created in.",
                due(ta),
                due(tb)
            ),
        ),
        (true, true) => (
            Rule::TimerCreationOrder,
            format!(
                "Both timers are due at {} ms; timers due together run in the order they were created (step {} before step {}).",
                due(tb),
                ta.queued_at_step,
                tb.queued_at_step
            ),
        ),
        (true, false) => (
            Rule::TimersBeforeCheck,
            format!(
                "The timer is due at {} ms and each loop iteration runs the timers phase before the check phase, where setImmediate callbacks run.",
                due(ta)
            ),
        ),
        (false, true) => (
            Rule::CheckBeforeTimers,
            format!(
                "The timer (due at {} ms) is not run in the current timers phase, so the loop reaches the check phase, where setImmediate callbacks run, before it comes back to the timers.",
                due(tb)
            ),
        ),
        (false, false) => fifo(ta, tb),
    }
}
