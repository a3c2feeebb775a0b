//! `process` as an event emitter for the events jsorder models
//! (`uncaughtException`, `uncaughtExceptionMonitor`, `unhandledRejection`,
//! `beforeExit`, `exit`), and `process.exitCode`.
//!
//! Listeners are called as Node's `EventEmitter.emit` calls them:
//! synchronously, in registration order, over a copy of the list taken when
//! the emit starts, with `process` as `this`. When Node emits each event, and
//! what runs after the listeners, is the event loop's business (`node.rs`).

use super::builtins::Native;
use super::event::{EventKind, QueueKind, TaskKind};
use super::realm::Realm;
use super::value::{Obj, ObjectKind, Value};
use super::{Exc, Halt, JsResult};

/// A `process` event jsorder models.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProcessEvent {
    /// An exception nothing caught (or, with no `unhandledRejection`
    /// listener, an unhandled rejection): the listeners keep the process alive.
    UncaughtException,
    /// Emitted just before `uncaughtException`, also when nothing handles it.
    UncaughtExceptionMonitor,
    /// A rejected promise had no handler at the end of a drain.
    UnhandledRejection,
    /// The event loop has nothing left to do.
    BeforeExit,
    /// The process is about to exit.
    Exit,
}

impl ProcessEvent {
    /// The event named `name`, if jsorder models it.
    pub fn from_name(name: &str) -> Option<ProcessEvent> {
        match name {
            "uncaughtException" => Some(ProcessEvent::UncaughtException),
            "uncaughtExceptionMonitor" => Some(ProcessEvent::UncaughtExceptionMonitor),
            "unhandledRejection" => Some(ProcessEvent::UnhandledRejection),
            "beforeExit" => Some(ProcessEvent::BeforeExit),
            "exit" => Some(ProcessEvent::Exit),
            _ => None,
        }
    }

    /// Its name.
    pub fn name(self) -> &'static str {
        match self {
            ProcessEvent::UncaughtException => "uncaughtException",
            ProcessEvent::UncaughtExceptionMonitor => "uncaughtExceptionMonitor",
            ProcessEvent::UnhandledRejection => "unhandledRejection",
            ProcessEvent::BeforeExit => "beforeExit",
            ProcessEvent::Exit => "exit",
        }
    }

    fn listener_kind(self) -> TaskKind {
        match self {
            ProcessEvent::UncaughtException => TaskKind::UncaughtExceptionListener,
            ProcessEvent::UncaughtExceptionMonitor => TaskKind::UncaughtMonitorListener,
            ProcessEvent::UnhandledRejection => TaskKind::RejectionListener,
            ProcessEvent::BeforeExit => TaskKind::BeforeExitListener,
            ProcessEvent::Exit => TaskKind::ExitListener,
        }
    }
}

#[derive(Debug)]
struct Listener {
    event: ProcessEvent,
    callback: Value,
    /// Added with `process.once`: removed when the event is emitted.
    once: bool,
}

/// The state `process` keeps.
#[derive(Debug)]
pub struct ProcessState {
    /// The `process` object.
    pub object: Value,
    /// Every listener, in registration order.
    listeners: Vec<Listener>,
    /// `process.exitCode` as last set: `undefined`, `null`, an integer or an
    /// integer string (Node keeps the string it was given).
    pub exit_code: Value,
    /// Node's `process._exiting`: set when `exit` is about to be emitted.
    /// From then on `process.nextTick` queues nothing, and an uncaught
    /// exception does not emit `exit` a second time.
    pub exiting: bool,
}

impl Default for ProcessState {
    fn default() -> Self {
        ProcessState {
            object: Value::Undefined,
            listeners: Vec::new(),
            exit_code: Value::Undefined,
            exiting: false,
        }
    }
}

impl ProcessState {
    /// Whether `event` has a listener.
    pub fn has_listeners(&self, event: ProcessEvent) -> bool {
        self.listeners.iter().any(|l| l.event == event)
    }

    /// The listeners an emit of `event` calls; `once` listeners are removed.
    fn take_for_emit(&mut self, event: ProcessEvent) -> Vec<Value> {
        let callbacks = self
            .listeners
            .iter()
            .filter(|l| l.event == event)
            .map(|l| l.callback.clone())
            .collect();
        self.listeners.retain(|l| !(l.event == event && l.once));
        callbacks
    }

    /// `process.off(event, callback)`: removes the most recently added copy.
    fn remove(&mut self, event: ProcessEvent, callback: &Value) {
        let at = self
            .listeners
            .iter()
            .rposition(|l| l.event == event && l.callback.strict_equals(callback));
        if let Some(at) = at {
            self.listeners.remove(at);
        }
    }

    /// The exit status `process.exitCode` stands for (0 when unset), as the
    /// 32-bit integer Node stores.
    pub fn exit_status(&self) -> i32 {
        match &self.exit_code {
            Value::Undefined | Value::Hole | Value::Null => 0,
            v => super::ops::to_int32(v.to_number()),
        }
    }
}

impl Realm {
    /// `process.on` / `addListener` / `once`.
    pub(super) fn process_on(&mut self, args: &[Value], once: bool) -> JsResult<Value> {
        let callback =
            self.expect_function(args.get(1).unwrap_or(&Value::Undefined), "listener")?;
        let name = args.first().map_or("undefined".into(), Value::to_js_string);
        let Some(event) = ProcessEvent::from_name(&name) else {
            let method = if once { "once" } else { "on" };
            return Err(self.unsupported(format!("process.{method}('{name}') is not supported")));
        };
        self.process.listeners.push(Listener {
            event,
            callback,
            once,
        });
        Ok(self.process_object())
    }

    /// `process.off` / `removeListener`. Events jsorder does not model can
    /// have no listener, so removing one from them does nothing.
    pub(super) fn process_off(&mut self, args: &[Value]) -> JsResult<Value> {
        let callback =
            self.expect_function(args.get(1).unwrap_or(&Value::Undefined), "listener")?;
        let name = args.first().map_or("undefined".into(), Value::to_js_string);
        if let Some(event) = ProcessEvent::from_name(&name) {
            self.process.remove(event, &callback);
        }
        Ok(self.process_object())
    }

    /// `process.exit(code)`: a code given (even `undefined`) goes through
    /// the `process.exitCode` setter; `exit` is emitted unless it already
    /// was, and a throw in a listener goes to the caller; then the process
    /// ends with `process.exitCode` (0 when unset).
    pub(super) fn process_exit(&mut self, args: &[Value]) -> JsResult<Value> {
        if let Some(code) = args.first() {
            self.set_exit_code(code.clone())?;
        }
        if !self.process.exiting {
            self.process.exiting = true;
            let code = Value::Number(f64::from(self.process.exit_status()));
            self.emit_process_event(ProcessEvent::Exit, vec![code])?;
        }
        Err(Exc::Halt(Halt::Exit(self.process.exit_status())))
    }

    /// Node's `setImmediate(noop)` after an `uncaughtException` listener
    /// handled an error: the ticks a failed drain left behind then run
    /// after it, if no other callback comes first.
    pub(super) fn queue_node_noop_immediate(&mut self) {
        let noop = self.native_fn("noop", Native::ValueThunk(Value::Undefined));
        let mut task = self.new_task(TaskKind::Immediate, Some(&noop));
        task.queued_by_line = 0;
        let shown = self.traced(&task);
        self.timers.add_immediate(noop, Vec::new(), task);
        self.emit_enqueued(QueueKind::Check, shown);
    }

    /// The `process` object (`this` of its listeners).
    fn process_object(&self) -> Value {
        self.process.object.clone()
    }

    /// Whether `o` is the `process` object.
    pub(super) fn is_process(&self, o: &Obj) -> bool {
        matches!(o.borrow().kind, ObjectKind::Namespace("process"))
    }

    /// `process.exitCode = v`: Node's setter takes `undefined`, `null`, an
    /// integer or a string holding one, and throws for anything else.
    pub(super) fn set_exit_code(&mut self, v: Value) -> JsResult<()> {
        let number = match &v {
            Value::Undefined | Value::Hole | Value::Null => None,
            Value::Number(n) => Some(*n),
            Value::String(s) if !s.is_empty() && is_integer(v.to_number()) => Some(v.to_number()),
            _ => {
                return Err(super::builtins::arg_type_error(self, "code", "number", &v));
            }
        };
        if let Some(n) = number {
            let message = match n {
                _ if !is_integer(n) => {
                    let shown = super::value::number_to_string(n);
                    Some(format!("It must be an integer. Received {shown}"))
                }
                _ if n.abs() > MAX_SAFE_INTEGER => Some(format!(
                    "It must be >= -{MAX_SAFE_INTEGER} && <= {MAX_SAFE_INTEGER}. Received {}",
                    with_separators(&super::value::number_to_string(n))
                )),
                _ => None,
            };
            if let Some(m) = message {
                return Err(super::builtins::out_of_range_error(self, "code", &m));
            }
        }
        self.process.exit_code = v;
        Ok(())
    }

    /// `process.emit(event, ...args)`: calls the listeners of `event` in
    /// registration order. A throw stops the emit and goes to the caller.
    /// Returns whether there was a listener.
    pub(super) fn emit_process_event(
        &mut self,
        event: ProcessEvent,
        args: Vec<Value>,
    ) -> JsResult<bool> {
        let listeners = self.process.take_for_emit(event);
        if listeners.is_empty() {
            return Ok(false);
        }
        let (code, origin) = match event {
            ProcessEvent::UnhandledRejection => (None, None),
            // `(error, origin)`: say why Node emits it.
            ProcessEvent::UncaughtException | ProcessEvent::UncaughtExceptionMonitor => {
                (None, args.get(1).map(|o| o.to_js_string().to_string()))
            }
            _ => (args.first().map(|c| c.to_number() as i32), None),
        };
        let name = event.name().to_string();
        self.emit(|| EventKind::ProcessEmit { name, code, origin });
        // The listeners may run inside a task (`process.exit()` emits `exit`
        // from the code that calls it), which goes on if one of them throws
        // and the caller catches it.
        let caller = self.current_task.clone();
        let this = self.process_object();
        let mut result = Ok(true);
        for listener in listeners {
            let mut task = self.new_task(event.listener_kind(), Some(&listener));
            task.queued_by_line = 0;
            self.start_task(task);
            if let Err(e) = self.call(&listener, this.clone(), args.clone()) {
                result = Err(e);
                break;
            }
        }
        self.current_task = caller;
        result
    }
}

/// `Number.MAX_SAFE_INTEGER`, the bound of Node's `validateInteger`.
const MAX_SAFE_INTEGER: f64 = 9_007_199_254_740_991.0;

fn is_integer(n: f64) -> bool {
    n.is_finite() && n.fract() == 0.0
}

/// Node's `addNumericalSeparator`: `1234567` → `1_234_567`.
fn with_separators(digits: &str) -> String {
    let start = usize::from(digits.starts_with('-'));
    let mut end = digits.len();
    let mut groups = Vec::new();
    while end >= start + 4 {
        groups.push(&digits[end - 3..end]);
        end -= 3;
    }
    let mut s = digits[..end].to_string();
    for g in groups.iter().rev() {
        s.push('_');
        s.push_str(g);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn separators_group_digits_by_three() {
        assert_eq!(with_separators("123"), "123");
        assert_eq!(with_separators("1234"), "1_234");
        assert_eq!(with_separators("-12345678"), "-12_345_678");
    }
}
