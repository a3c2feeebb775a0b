//! Node's event loop (SEMANTICS.md §1–2): run the script, drain, then turn the
//! loop — timers phase, check phase — in virtual time until nothing is left.
//!
//! The drain after every callback is written once ([`drain`]): the nextTick
//! queue, then every microtask, again while ticks appeared, then the
//! unhandled-rejection check point.
//!
//! When nothing keeps the loop alive any more, `process` emits
//! `beforeExit` (its listeners may give the loop more work), then `exit`; a
//! crash or `process.exit()` emits `exit` at once.

use super::builtins::{Native, LOADER_HOPS};
use super::bytecode::FunctionCode;
use super::event::{EventKind, TaskKind};
use super::inspect;
use super::process::ProcessEvent;
use super::promise::{Handler, Job, PromiseState};
use super::realm::Realm;
use super::timers::Poll;
use super::value::{ErrorType, ObjectKind, Property, Value};
use super::{End, Exc, Halt, Options, Outcome};
use crate::diagnostic::Diagnostic;
use std::collections::VecDeque;
use std::rc::Rc;

/// Runs a compiled script to the end.
pub fn run(code: Rc<FunctionCode>, options: &Options) -> Outcome {
    let mut realm = Realm::for_source(code.text.clone(), options);
    let end = match run_loop(&mut realm, code) {
        Ok(end) | Err(end) => end,
    };
    let end = exit_after_crash(&mut realm, end);
    if let Some(message) = crash_message(&end) {
        realm.emit(|| EventKind::Crash { message });
    }
    Outcome {
        stdout: realm.stdout,
        stderr: realm.stderr,
        end,
        events: realm.events,
        trace_truncated: realm.trace_truncated,
        nondeterminism: realm.nondeterminism,
    }
}

fn crash_message(end: &End) -> Option<String> {
    match end {
        End::Completed | End::ExitCode { .. } | End::Exit { .. } | End::UnsettledTopLevelAwait => {
            None
        }
        End::UncaughtException { message, .. } => Some(format!("uncaught exception: {message}")),
        End::UnhandledRejection { message, .. } => Some(format!("unhandled rejection: {message}")),
        End::StepLimit { reason } => Some(reason.clone()),
        End::OutputLimit => Some("output limit reached".into()),
        End::MemoryLimit => Some("memory limit reached".into()),
        End::SizeLimit { what } => Some(format!("size limit reached: {what}")),
        End::Unsupported { diagnostic } => Some(diagnostic.message.clone()),
    }
}

/// Runs the program to its end: `Ok` with how it ended naturally, `Err` when
/// it was cut short (a crash, `process.exit()`, a limit).
fn run_loop(realm: &mut Realm, code: Rc<FunctionCode>) -> Result<End, End> {
    let task = realm.current_task.clone();
    realm.emit(|| EventKind::RunTask { task });
    if code.is_async {
        return run_module(realm, code);
    }
    let r = realm.run_script(code);
    settle(realm, r)?;
    drain(realm)?;
    start_clock(realm);
    event_loop(realm)?;
    exit_naturally(realm, false)
}

/// An ES module's top level (Node 20 runs a `.js` file with top-level
/// `await` as one). Node's loader evaluates it inside one of its promise
/// jobs, in the poll phase once the file has been read: the promise jobs
/// the module queues run before its ticks, the loop goes on to the check
/// phase (immediates before timers), and a failure reaches the loader only
/// through its own chain of promise jobs (four of them in Node 20). A module
/// still waiting when nothing is left to run ends the process with code 13.
fn run_module(realm: &mut Realm, code: Rc<FunctionCode>) -> Result<End, End> {
    realm.module = true;
    // An ES module has no `require` (it reads as "not defined": see `vm.rs`).
    realm.globals.remove("require");
    let evaluation = match realm.run_script(code) {
        Ok(Value::Object(p)) => p,
        other => {
            settle(realm, other)?;
            return exit_naturally(realm, false);
        }
    };
    let on_failure = realm.native_fn("", Native::LoaderHop(LOADER_HOPS));
    realm.perform_then(&evaluation, Handler::Pass, Handler::Call(on_failure), None);
    while let Some(job) = realm.microtasks.pop_front() {
        run_job(realm, job)?;
    }
    drain(realm)?;
    if realm.timers.check_phase_due() {
        check_phase(realm)?;
    }
    event_loop(realm)?;
    let pending = matches!(
        &evaluation.borrow().kind,
        ObjectKind::Promise(pd) if matches!(pd.state, PromiseState::Pending)
    );
    exit_naturally(realm, pending)
}

/// Node's `SpinEventLoop`: turn the loop until nothing keeps it alive, then
/// emit `beforeExit`; go on while its listeners gave the loop more to do.
fn event_loop(realm: &mut Realm) -> Result<(), End> {
    loop {
        run_phases(realm)?;
        if !emit_before_exit(realm)? {
            return Ok(());
        }
    }
}

/// One `uv_run`: the phases of Node's event loop while a ref'd timer or
/// the idle handle (ref'd immediates) keeps it alive. Unref'd timers and
/// immediates run only while something else does: then the loop waits for
/// the next timer (of any kind) before the check phase, unless the idle
/// handle is on. The check phase runs the immediates only while Node's
/// immediate count is not zero.
fn run_phases(realm: &mut Realm) -> Result<(), End> {
    if !realm.timers.keep_loop_alive() {
        return Ok(());
    }
    timers_phase(realm)?;
    while realm.timers.keep_loop_alive() {
        match realm.timers.poll() {
            Poll::Now => note_race(realm), // no time passes
            Poll::Until(t) => {
                realm.timers.now = realm.timers.now.max(t);
                let now = realm.timers.now;
                realm.emit(|| EventKind::Advance { now });
            }
            Poll::Forever => {
                let reason = "the program never ends: after clearImmediate() of a Timeout, \
                     Node's immediate counts keep its event loop spinning with nothing left to run"
                    .to_string();
                return Err(End::StepLimit { reason });
            }
        }
        if realm.timers.check_phase_due() {
            check_phase(realm)?;
        }
        timers_phase(realm)?;
    }
    Ok(())
}

/// Emits `beforeExit` with `process.exitCode` (0 when unset); the drain
/// after all its listeners runs what they queued. Returns whether they gave
/// the loop more to do.
fn emit_before_exit(realm: &mut Realm) -> Result<bool, End> {
    let code = Value::Number(f64::from(realm.process.exit_status()));
    realm.current_macrotask = TaskKind::BeforeExitListener;
    let r = realm.emit_process_event(ProcessEvent::BeforeExit, vec![code]);
    settle(realm, r.map(|_| Value::Undefined))?;
    drain(realm)?;
    Ok(realm.timers.keep_loop_alive())
}

/// The natural end (Node's `EmitProcessExit`): `exit` is emitted with
/// `process.exitCode`; the promise jobs its listeners queue still run in
/// the drain that follows (their ticks were never queued, and nothing else
/// runs); then the process exits with `process.exitCode`, which the
/// listeners may have changed. A module whose top-level `await` never
/// settled exits with 13 unless the program chose a code.
fn exit_naturally(realm: &mut Realm, unsettled_module: bool) -> Result<End, End> {
    realm.process.exiting = true;
    let code = Value::Number(f64::from(realm.process.exit_status()));
    if unsettled_module && matches!(realm.process.exit_code, Value::Undefined | Value::Null) {
        // Node's own `exit` listener, which runs before the program's.
        realm.process.exit_code = Value::Number(13.0);
    }
    realm.current_macrotask = TaskKind::ExitListener;
    let r = realm.emit_process_event(ProcessEvent::Exit, vec![code]);
    settle(realm, r.map(|_| Value::Undefined))?;
    drain(realm)?;
    Ok(match realm.process.exit_status() {
        0 => End::Completed,
        13 if unsettled_module => End::UnsettledTopLevelAwait,
        code => End::ExitCode { code },
    })
}

/// After an uncaught exception or unhandled rejection, Node sets
/// `process.exitCode` to 1 and emits `exit` (unless it already did: the
/// crash happened in an `exit` listener); a throw in a listener is ignored,
/// and nothing queued runs. The process exits with `process.exitCode`.
fn exit_after_crash(realm: &mut Realm, end: End) -> End {
    let (End::UncaughtException { .. } | End::UnhandledRejection { .. }) = end else {
        return end;
    };
    if matches!(
        end,
        End::UncaughtException {
            code: EXCEPTION_IN_FATAL_HANDLER,
            ..
        }
    ) {
        return end;
    }
    if !realm.process.exiting {
        realm.process.exiting = true;
        realm.process.exit_code = Value::Number(1.0);
        // Node prints the error after the listeners ran.
        let report = realm.stderr.pop();
        realm.current_macrotask = TaskKind::ExitListener;
        let r = realm.emit_process_event(ProcessEvent::Exit, vec![Value::Number(1.0)]);
        realm.stderr.extend(report);
        if let Err(Exc::Halt(h)) = r {
            if !matches!(h, Halt::Exit(_)) {
                return halt_end(realm, h);
            }
        }
    }
    let code = match realm.process.exit_status() {
        0 => 1,
        code => code,
    };
    match end {
        End::UncaughtException { message, line, .. } => End::UncaughtException {
            message,
            line,
            code,
        },
        End::UnhandledRejection { message, .. } => End::UnhandledRejection { message, code },
        other => other,
    }
}

fn timers_phase(realm: &mut Realm) -> Result<(), End> {
    let now = realm.timers.now;
    let mut owed_drain = false;
    while let Some(id) = realm.timers.next_due(now) {
        let Some(r) = realm.timers.get(id) else {
            continue;
        };
        let (callback, args, task) = (r.callback.clone(), r.args.clone(), r.task.clone());
        let this = Value::Object(r.handle.clone());
        realm.current_macrotask = task.kind;
        realm.current_task = task.clone();
        realm.emit(|| EventKind::RunTask { task });
        // Node reads the clock again before each interval callback: after
        // a first write earlier in the phase it is later than `now`.
        let began = realm.timers.now;
        let result = realm.call(&callback, this, args);
        // An interval is re-armed before the drain, so clearInterval there still works.
        realm.timers.after_run(id, began);
        // After a callback that threw, Node's `processTimers` starts over
        // (same clock) and runs the next due timer with no drain before it;
        // if none is due, the drain comes when the phase ends.
        owed_drain = settle(realm, result)? == Ran::Threw;
        if !owed_drain {
            drain(realm)?;
        }
    }
    realm.timers.end_phase();
    if owed_drain {
        drain(realm)?;
    }
    Ok(())
}

/// Where the loop's clock stands when the loop starts, after the script and
/// its drain. On an ideal machine no time has passed. In real Node, writing
/// to stdout or stderr takes real time (the first write of a process sets the
/// stream up, a few milliseconds), so a program that printed before the loop
/// almost always lets the millisecond clock tick after creating its 0–1 ms
/// timers: they are due at the first timers phase and run before the
/// immediates the script queued (SEMANTICS.md §2.2 item 1 is the silent case,
/// where the immediate usually wins). Timers created before the first write
/// are due already ([`super::realm::FIRST_WRITE_MS`] moved the clock); this
/// covers those created after it. Only this race is affected: with no
/// immediate waiting, the first timers phase has nothing a later one would
/// not run in the same order.
fn start_clock(realm: &mut Realm) {
    let printed = !realm.stdout.is_empty() || !realm.stderr.is_empty();
    if !printed || realm.timers.only_node_immediates() {
        return;
    }
    let Some((timer, TaskKind::Script)) = realm.timers.racing_immediates() else {
        return;
    };
    let timer = timer.label();
    record_race(
        realm,
        timer,
        "jsorder shows the usual order for a program that printed before the loop started, \
         the timer first",
    );
    realm.timers.now += 1;
    let now = realm.timers.now;
    realm.emit(|| EventKind::Advance { now });
}

/// Records a timer-vs-immediate race (SEMANTICS.md §2.2) before the check phase.
fn note_race(realm: &mut Realm) {
    let Some((timer, created_in)) = realm.timers.racing_immediates() else {
        return;
    };
    let timer = timer.label();
    // Node's own `setImmediate(noop)` prints nothing: where it runs shows
    // only in the ticks and microtasks a failed drain left behind.
    if realm.ticks.is_empty() && realm.microtasks.is_empty() && realm.timers.only_node_immediates()
    {
        return;
    }
    // After `beforeExit`, Node's loop clock is as old as the loop's last
    // turn, so how often the timer wins depends on how long the program ran
    // since then: there is no usual order to show.
    let shown = match created_in {
        TaskKind::BeforeExitListener => {
            "jsorder shows an ideal machine's order, the immediate first"
        }
        _ => "jsorder shows the usual order, the immediate first",
    };
    record_race(realm, timer, shown);
}

/// Adds the note for a race of `timer` against an immediate, once, saying
/// which order is shown.
fn record_race(realm: &mut Realm, timer: String, shown: &str) {
    let immediate = realm
        .timers
        .immediate_labels()
        .into_iter()
        .next()
        .unwrap_or_default();
    let note = format!(
        "{timer} and {immediate} can run in either order under real Node: the timer runs first \
         only if a millisecond passes before the loop checks the timers ({shown})"
    );
    if !realm.nondeterminism.contains(&note) {
        realm.nondeterminism.push(note);
    }
}

fn check_phase(realm: &mut Realm) -> Result<(), End> {
    let mut queue: VecDeque<u32> = realm.timers.immediate_snapshot().into();
    let mut owed_drain = false;
    while let Some(id) = queue.pop_front() {
        let Some(r) = realm.timers.take_immediate(id) else {
            continue;
        };
        realm.current_macrotask = TaskKind::Immediate;
        realm.start_task(r.task);
        let result = realm.call(&r.callback, Value::Object(r.handle), r.args);
        // After a callback that threw, Node's `processImmediate` starts over
        // with no drain first: with the rest of this phase's immediates, or,
        // if there were none, with every immediate queued since the phase
        // began (Node's own included), still in this phase.
        owed_drain = settle(realm, result)? == Ran::Threw;
        if !owed_drain {
            drain(realm)?;
        } else if !queue
            .iter()
            .any(|&id| realm.timers.is_immediate_waiting(id))
        {
            queue = realm.timers.immediate_snapshot().into();
        }
    }
    realm.timers.end_check_phase();
    if owed_drain {
        drain(realm)?;
    }
    Ok(())
}

/// Runs queued ticks and microtasks until both queues are empty, then checks
/// for unhandled rejections (SEMANTICS.md §1 "Drain", §4.1).
fn drain(realm: &mut Realm) -> Result<(), End> {
    loop {
        while let Some(job) = realm.ticks.pop_front() {
            if run_job(realm, job)? == Ran::Threw {
                // Node's `processTicksAndRejections` stops there: the ticks and
                // microtasks left wait for the drain after the next callback
                // (Node queued an immediate to make sure there is one).
                return Ok(());
            }
        }
        // A `queueMicrotask` callback that throws is reported from inside
        // the microtask (Node wraps it): the queue goes on.
        while let Some(job) = realm.microtasks.pop_front() {
            run_job(realm, job)?;
        }
        if !realm.ticks.is_empty() {
            continue;
        }
        if realm.pending_rejections.is_empty() || !process_rejections(realm)? {
            return Ok(());
        }
    }
}

fn run_job(realm: &mut Realm, job: Job) -> Result<Ran, End> {
    let r = realm.run_job(job);
    settle(realm, r.map(|()| Value::Undefined))
}

/// Node's `processPromiseRejections`: each promise still unhandled goes to the
/// `unhandledRejection` listeners, or ends the process. Returns whether the
/// drain goes on: a listener ran (it may have queued more work) and none threw.
///
/// Node swaps in a fresh pending list before emitting, so a promise that a
/// listener handles while the batch runs is still reported: handling only
/// takes a promise off the list while it waits (`handledRejection`).
fn process_rejections(realm: &mut Realm) -> Result<bool, End> {
    let pending = std::mem::take(&mut realm.pending_rejections);
    let mut ran = false;
    for p in pending {
        let reason = match &p.borrow().kind {
            ObjectKind::Promise(pd) => match &pd.state {
                super::promise::PromiseState::Rejected(r) => r.clone(),
                _ => continue,
            },
            _ => continue,
        };
        if !realm
            .process
            .has_listeners(ProcessEvent::UnhandledRejection)
        {
            // Node 20 (`--unhandled-rejections=throw`) makes it an uncaught
            // exception, which `uncaughtException` listeners may handle.
            let error = rejection_error(realm, &reason);
            if uncaught(realm, error, Origin::UnhandledRejection)? {
                ran = true;
                continue;
            }
            let (message, text) = rejection_report(&reason);
            realm.stderr.push(format!("{text}\n\nNode.js v20"));
            return Err(End::UnhandledRejection { message, code: 1 });
        }
        let args = vec![reason, Value::Object(p.clone())];
        let r = realm.emit_process_event(ProcessEvent::UnhandledRejection, args);
        if settle(realm, r.map(|_| Value::Undefined))? == Ran::Threw {
            // The throw leaves Node's `processTicksAndRejections`: the rest of
            // this batch is never reported, and the drain stops as after a
            // throwing tick.
            return Ok(false);
        }
        ran = true;
    }
    Ok(ran)
}

/// The error Node's `uncaughtException` listeners get for an unhandled
/// rejection: an error-like reason itself, any other reason wrapped in an
/// `UnhandledPromiseRejection` error (`code` `'ERR_UNHANDLED_REJECTION'`).
fn rejection_error(realm: &mut Realm, reason: &Value) -> Value {
    if is_error_like(reason) {
        return reason.clone();
    }
    let (header, _) = rejection_report(reason);
    let message = header.trim_start_matches("UnhandledPromiseRejection: ");
    let error = realm.make_frameless_error(ErrorType::Error, message);
    if let Value::Object(o) = &error {
        let mut d = o.borrow_mut();
        let stack = Value::str(&format!("{header}\n    at <anonymous>"));
        d.props.insert(Rc::from("stack"), Property::hidden(stack));
        let code = Value::str("ERR_UNHANDLED_REJECTION");
        d.props.insert(Rc::from("code"), Property::data(code));
        let name = Value::str("UnhandledPromiseRejection");
        d.props.insert(Rc::from("name"), Property::hidden(name));
    }
    error
}

/// Node's `isErrorLike`: an object with an own `stack`.
fn is_error_like(v: &Value) -> bool {
    matches!(v, Value::Object(o) if o.borrow().props.contains_key("stack"))
}

/// What Node prints for an unhandled rejection: an error-like reason (an object
/// with an own `stack`) is reported as if thrown; any other reason is wrapped in
/// `UnhandledPromiseRejection` naming it by V8's side-effect-free `ToString`.
/// Returns the header line and the whole text.
fn rejection_report(reason: &Value) -> (String, String) {
    if is_error_like(reason) {
        return uncaught_report(reason);
    }
    let header = format!(
        "UnhandledPromiseRejection: This error originated either by throwing inside of an async \
         function without a catch block, or by rejecting a promise which was not handled with \
         .catch(). The promise rejected with the reason \"{}\".",
        no_side_effects_to_string(reason)
    );
    let text = format!("{header}\n    at <anonymous> {{\n  code: 'ERR_UNHANDLED_REJECTION'\n}}");
    (header, text)
}

/// V8's `Object::NoSideEffectsToString` for the values a program can reject with.
pub(super) fn no_side_effects_to_string(v: &Value) -> String {
    let Value::Object(o) = v else {
        return v.to_js_string().to_string();
    };
    let d = o.borrow();
    let own_to_string = d.props.contains_key("toString");
    match &d.kind {
        ObjectKind::Function(_) | ObjectKind::Error(_) => {
            drop(d);
            v.to_js_string().to_string()
        }
        // `toString` is Array.prototype.toString: the builtin tag.
        ObjectKind::Array(_) => "[object Array]".to_string(),
        // Another `toString`: the built-in tag (`Symbol.toStringTag` where the
        // kind has one).
        kind if own_to_string && kind.to_string_tag().is_some() => {
            drop(d);
            v.to_js_string().to_string()
        }
        _ if own_to_string => "[object Object]".to_string(),
        // `toString` is Object.prototype.toString: named by the constructor,
        // an own `constructor` data property when there is one (the built-in
        // tag when it is not a named function).
        _ if d.props.contains_key("constructor") => match constructor_name(&d) {
            Some(name) => format!("#<{name}>"),
            None => {
                drop(d);
                v.to_js_string().to_string()
            }
        },
        ObjectKind::Promise(_) => "#<Promise>".to_string(),
        ObjectKind::Timeout(_) => "#<Timeout>".to_string(),
        ObjectKind::Immediate(_) => "#<Immediate>".to_string(),
        ObjectKind::Map(_) => "#<Map>".to_string(),
        ObjectKind::Set(_) => "#<Set>".to_string(),
        ObjectKind::WeakMap(_) => "#<WeakMap>".to_string(),
        ObjectKind::WeakSet(_) => "#<WeakSet>".to_string(),
        ObjectKind::Emitter(_) => "#<EventEmitter>".to_string(),
        ObjectKind::Ordinary
        | ObjectKind::Namespace(_)
        | ObjectKind::ArrayIterator(_)
        | ObjectKind::MapIterator(_)
        | ObjectKind::SetIterator(_) => "#<Object>".to_string(),
    }
}

/// The name of the function an object's own `constructor` data property
/// holds, if it is a function with a name.
fn constructor_name(d: &super::value::ObjectData) -> Option<Rc<str>> {
    let p = d.props.get("constructor").filter(|p| !p.is_accessor())?;
    let Value::Object(f) = &p.value else {
        return None;
    };
    match &f.borrow().kind {
        ObjectKind::Function(fd) if !fd.name.is_empty() => Some(fd.name.clone()),
        _ => None,
    }
}

/// How deep Node inspects an uncaught exception: its fatal exception
/// handler asks for `Math.max(inspect.defaultOptions.depth, 5)`.
const FATAL_EXCEPTION_DEPTH: i64 = 5;

/// What Node prints for an uncaught exception (after the source line and
/// caret, which jsorder leaves out): objects, errors included, as
/// `util.inspect` shows them to [`FATAL_EXCEPTION_DEPTH`] (the stack for
/// errors); primitives as `String(v)`. Returns the header line and the
/// whole text.
fn uncaught_report(e: &Value) -> (String, String) {
    let text = match e {
        Value::Object(_) => inspect::inspect_to_depth(e, FATAL_EXCEPTION_DEPTH),
        _ => format!(
            "{}\n(Use `node --trace-uncaught ...` to show where the exception was thrown)",
            e.to_js_string()
        ),
    };
    let header = text.lines().next().unwrap_or("").to_string();
    (header, text)
}

/// How a callback run by the loop ended, when it did not end the process.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ran {
    /// It returned.
    Normally,
    /// It threw, and an `uncaughtException` listener handled the error:
    /// Node goes on from where the throw left its own loop code.
    Threw,
}

/// Why Node emits `uncaughtException`: the listeners' second argument.
#[derive(Debug, Clone, Copy)]
enum Origin {
    UncaughtException,
    UnhandledRejection,
}

impl Origin {
    fn name(self) -> &'static str {
        match self {
            Origin::UncaughtException => "uncaughtException",
            Origin::UnhandledRejection => "unhandledRejection",
        }
    }
}

/// Node's exit code when an `uncaughtException` (or monitor) listener
/// throws (`kExceptionInFatalExceptionHandler`): the process ends at once,
/// without emitting `exit`, whatever `process.exitCode` says.
const EXCEPTION_IN_FATAL_HANDLER: i32 = 7;

/// Node's `process._fatalException`: emits `uncaughtExceptionMonitor`, then
/// `uncaughtException`. Returns whether a listener handled the error; then
/// Node queues an immediate of its own (`setImmediate(noop)`) so that the
/// ticks left behind get a drain. A throw in a listener ends the process.
fn uncaught(realm: &mut Realm, error: Value, origin: Origin) -> Result<bool, End> {
    let args = vec![error, Value::str(origin.name())];
    let caller = realm.current_macrotask;
    let r = realm
        .emit_process_event(ProcessEvent::UncaughtExceptionMonitor, args.clone())
        .and_then(|_| realm.emit_process_event(ProcessEvent::UncaughtException, args));
    realm.current_macrotask = caller;
    match r {
        Ok(true) => {
            realm.queue_node_noop_immediate();
            Ok(true)
        }
        Ok(false) => Ok(false),
        Err(Exc::Throw(e)) => Err(crash(realm, &e, EXCEPTION_IN_FATAL_HANDLER)),
        Err(Exc::Halt(h)) => Err(halt_end(realm, h)),
    }
}

/// Ends the run on an uncaught exception: Node's report on stderr, exit `code`.
fn crash(realm: &mut Realm, e: &Value, code: i32) -> End {
    let (message, text) = uncaught_report(e);
    let line = realm.current_line();
    realm.stderr.push(format!("{text}\n\nNode.js v20"));
    End::UncaughtException {
        message,
        line: (line > 0).then_some(line),
        code,
    }
}

/// Turns the result of running JS at the top of a task into loop control:
/// a throw no `uncaughtException` listener handles, or a halt, ends the run.
fn settle(realm: &mut Realm, r: Result<Value, Exc>) -> Result<Ran, End> {
    match r {
        Ok(_) => Ok(Ran::Normally),
        Err(Exc::Throw(e)) => {
            if uncaught(realm, e.clone(), Origin::UncaughtException)? {
                return Ok(Ran::Threw);
            }
            Err(crash(realm, &e, 1))
        }
        Err(Exc::Halt(h)) => Err(halt_end(realm, h)),
    }
}

fn halt_end(realm: &Realm, h: Halt) -> End {
    match h {
        Halt::Exit(code) => End::Exit { code },
        Halt::OutputLimit => End::OutputLimit,
        Halt::MemoryLimit => End::MemoryLimit,
        Halt::SizeLimit(what) => End::SizeLimit { what },
        Halt::Unsupported(what, span) => {
            let diagnostic = match span {
                Some(s) => Diagnostic::new(what, s),
                None => Diagnostic::whole_file(what),
            };
            End::Unsupported { diagnostic }
        }
        Halt::StepLimit => {
            let intervals = realm.timers.active_intervals();
            let reason = match intervals.first() {
                Some(t) if t.queued_by_line > 0 => format!(
                    "the program never ends: the setInterval at line {} is never cleared",
                    t.queued_by_line
                ),
                Some(_) => "the program never ends: a setInterval is never cleared".to_string(),
                None => "the program did not finish within the step limit (an infinite loop?)"
                    .to_string(),
            };
            End::StepLimit { reason }
        }
    }
}
