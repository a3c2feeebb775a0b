//! The state of one run: frames, globals, queues, output and the trace.
//!
//! Everything the engine knows lives in one [`Realm`]; nothing is global, so
//! two runs never share state and the same program always gives the same result.

use super::event::{Event, EventKind, LogLine, QueueKind, Snapshot, Stream, TaskInfo, TaskKind};
use super::process::ProcessState;
use super::promise::{Job, PromiseData, PromiseState};
use super::timers::Timers;
use super::value::{Callable, ErrorType, Obj, ObjectKind, Property, Value};
use super::vm::Frame;
use super::{Exc, Halt, JsResult, Options};
use crate::syntax::span::Span;
use rustc_hash::FxHashMap as HashMap;
use std::collections::VecDeque;
use std::rc::Rc;

/// The virtual milliseconds the first console output of a process takes.
/// Node sets the output stream up on the first write (loading the modules
/// behind it), which takes real time: 5.4 ms at the least on the reference
/// 2-core machine, whether stdout is a file, a pipe or a terminal, and up to
/// 40 ms under load. So a timer created before a program first prints is
/// older, by that much, than one created after: `setTimeout(a, 3);
/// console.log('x'); setTimeout(b, 1)` prints `a` first in every run.
/// jsorder counts the least cost it measured.
pub const FIRST_WRITE_MS: u64 = 5;

/// The most turns of an empty counting loop Node runs in a millisecond: it
/// took 0.5–1 ns a turn on the reference machine, and this allows a machine
/// more than twice as fast. A loop of 10^7 turns takes at least 2 ms, so a
/// 0–1 ms timer created before it is due when it ends.
pub const LOOP_TURNS_PER_MS: f64 = 5_000_000.0;

/// Longest string a program may build, in bytes (V8's limit is about 2^29
/// code units: see [`Realm::string_too_long`]).
pub const MAX_STRING_LEN: usize = 1 << 27;
/// V8's longest string on a 64-bit machine, in UTF-16 code units.
const V8_MAX_STRING_UNITS: f64 = ((1u64 << 29) - 24) as f64;
/// Default for [`super::Options::max_objects`] (a few GiB at the most): a program
/// that allocates without end stops with [`super::End::MemoryLimit`].
pub const MAX_ALLOCATIONS: u64 = 5_000_000;
/// Longest array a program may build (JS allows 2^32 − 1 elements: see
/// [`Realm::array_too_long`]).
pub const MAX_ARRAY_LEN: usize = 1 << 25;
/// Bytes a string operation may copy for one step of the budget. Copying is
/// charged because one instruction can copy a whole string: a loop that keeps
/// appending to a growing string (`while (true) s += 'x'`, quadratic work)
/// then reaches the step limit within seconds, while building a string of
/// a hundred thousand characters piece by piece costs under a fifth of it.
const COPIED_BYTES_PER_STEP: usize = 64;
/// Steps a call counts besides its own instruction: a call (a frame, its
/// arguments) costs tens of ordinary instructions, and the budget should
/// end an endless loop of calls within seconds, as it ends an empty
/// endless loop.
const CALL_STEPS: u64 = 24;
/// Steps making an error object counts: its message is formatted and its
/// properties allocated, the work of about a hundred instructions, and a
/// loop that keeps failing (`for (;;) try { null.x } catch {}`) should
/// reach the limit as soon as an empty loop does.
const ERROR_STEPS: u64 = 100;

/// One run's world.
pub struct Realm {
    /// Active frames, outermost first.
    pub(super) frames: Vec<Frame>,
    /// Global bindings (`console`, `Promise`, implicit globals).
    pub(super) globals: HashMap<Rc<str>, Value>,
    /// The file runs as an ES module, where CommonJS's `require`, `module`,
    /// `exports`, `__filename` and `__dirname` do not exist.
    pub(super) module: bool,
    /// The program text (for error messages and `String(f)`).
    pub(super) source: Rc<str>,
    /// Instructions executed.
    pub(super) steps: u64,
    /// Objects allocated so far.
    pub(super) allocations: u64,
    pub(super) max_allocations: u64,
    pub(super) max_steps: u64,
    /// How many built-ins are currently calling back into JS.
    pub(super) native_depth: usize,
    /// An async function is resolving its promise with its return value.
    pub(super) returning_async: bool,
    /// Arrays whose built-in `toString` is running (a cyclic element joins as `''`).
    pub(super) joining: Vec<usize>,
    /// `process.nextTick` queue.
    pub(super) ticks: VecDeque<Job>,
    /// V8's microtask queue.
    pub(super) microtasks: VecDeque<Job>,
    /// Timers and immediates.
    pub(super) timers: Timers,
    /// Rejected promises that had no handler when they were rejected.
    pub(super) pending_rejections: Vec<Obj>,
    /// `process`'s listeners, `process.exitCode`, whether it is exiting.
    pub(super) process: ProcessState,
    /// `console.group` nesting: each level indents console output two spaces.
    pub(super) console_indent: usize,
    /// `console.count`'s counters by label.
    pub(super) console_counts: HashMap<Rc<str>, u32>,
    /// What was printed.
    pub(super) stdout: Vec<LogLine>,
    pub(super) stderr: Vec<String>,
    pub(super) max_output_lines: usize,
    tracing: bool,
    snapshots: bool,
    max_trace_events: usize,
    pub(super) trace_truncated: bool,
    pub(super) events: Vec<Event>,
    /// Step counter shared by the trace and provenance.
    pub(super) event_step: u32,
    /// The task being run (provenance of what it prints and queues).
    pub(super) current_task: TaskInfo,
    /// The macrotask whose drain is running (microtasks belong to it).
    pub(super) current_macrotask: TaskKind,
    /// Races found so far (see [`super::Outcome::nondeterminism`]).
    pub(super) nondeterminism: Vec<String>,
    next_task_id: u32,
    next_promise_id: u32,
    /// The empty string, shared by every task whose callback has no name:
    /// a fresh empty `Rc<str>` per queued job is an allocation of its own.
    no_name: Rc<str>,
    /// Built-in constructors that other built-ins need to recognise.
    pub(super) intrinsics: Intrinsics,
}

/// Built-in function objects kept for identity checks (`instanceof`, `.constructor`).
#[derive(Default)]
pub struct Intrinsics {
    /// `Promise`
    pub promise: Option<Value>,
    /// `Array`
    pub array: Option<Value>,
    /// `Object`
    pub object: Option<Value>,
    /// `String`, `Number` and `Boolean`: the `constructor` of their primitives.
    pub string: Option<Value>,
    /// See `string`.
    pub number: Option<Value>,
    /// See `string`.
    pub boolean: Option<Value>,
    /// `Function`
    pub function: Option<Value>,
    /// `Map`, `Set`, `WeakMap`, `WeakSet`, in that order (see [`Realm::collection_ctor`]).
    pub collections: Vec<Value>,
    /// `Error`, `TypeError`, … in [`ErrorType::ALL`] order.
    pub errors: Vec<Value>,
    /// Shared method objects by (kind tag, name), created on first use.
    pub methods: HashMap<(u8, &'static str), Value>,
    /// `Promise.prototype.then`, created on first use: promise programs read
    /// it more than any other method, so it skips the hashing of `methods`.
    pub then: Option<Value>,
    /// Operand-stack buffers of finished frames, reused by new ones.
    pub stack_pool: Vec<Vec<Value>>,
    /// Whether `Object`, `Array`, `Math`, `JSON`, … exist yet: most puzzles
    /// never name them, so they are built on first use.
    pub stdlib_installed: bool,
    /// `require('events')`, once required.
    pub event_emitter: Option<Value>,
    /// `require('timers/promises')`, once required.
    pub timers_promises: Option<Value>,
    /// `require('util')`.
    pub util: Option<Value>,
    /// The global object: `this` of a sloppy-mode function called without a
    /// receiver. Its properties are the realm's globals.
    pub global_object: Option<Obj>,
}

impl Realm {
    /// A fresh realm for `source` with the globals installed.
    pub fn new(source: &str, options: &Options) -> Realm {
        Realm::for_source(Rc::from(source), options)
    }

    /// [`Realm::new`] for a source text already shared (by the compiled
    /// code, which keeps one too: no second copy of the file per run).
    pub fn for_source(source: Rc<str>, options: &Options) -> Realm {
        let no_name: Rc<str> = Rc::from("");
        let script_task = TaskInfo {
            id: 0,
            kind: TaskKind::Script,
            callback: no_name.clone(),
            callback_line: 1,
            queued_at_step: 0,
            queued_by_line: 0,
            turn: 0,
            due: None,
        };
        let mut realm = Realm {
            frames: Vec::new(),
            // Room for the host globals and the standard library's, so
            // installing them never rehashes.
            globals: HashMap::with_capacity_and_hasher(48, Default::default()),
            source,
            steps: 0,
            allocations: 0,
            max_allocations: options.max_objects,
            max_steps: options.max_steps,
            native_depth: 0,
            returning_async: false,
            joining: Vec::new(),
            ticks: VecDeque::new(),
            microtasks: VecDeque::new(),
            timers: Timers::default(),
            pending_rejections: Vec::new(),
            process: ProcessState::default(),
            console_indent: 0,
            console_counts: HashMap::default(),
            // Room for a typical puzzle's output, which otherwise grows it a few times.
            stdout: Vec::with_capacity(16),
            stderr: Vec::new(),
            max_output_lines: options.max_output_lines,
            tracing: options.trace,
            snapshots: options.trace_snapshots,
            max_trace_events: options.max_trace_events,
            trace_truncated: false,
            events: Vec::new(),
            event_step: 0,
            current_task: script_task,
            current_macrotask: TaskKind::Script,
            nondeterminism: Vec::new(),
            module: false,
            next_task_id: 1,
            next_promise_id: 1,
            no_name,
            intrinsics: Intrinsics::default(),
        };
        realm.install_globals();
        realm
    }

    // ------------------------------------------------------------------------------------
    // Allocation
    // ------------------------------------------------------------------------------------

    /// Allocates an object.
    pub fn alloc(&mut self, kind: ObjectKind) -> JsResult<Obj> {
        self.allocations += 1;
        Ok(Obj::new(kind))
    }

    /// A new array value.
    pub fn new_array(&mut self, items: Vec<Value>) -> Value {
        self.allocations += 1;
        Value::Object(Obj::new(ObjectKind::Array(items.into())))
    }

    /// A new pending promise.
    pub fn new_promise(&mut self) -> Obj {
        self.allocations += 1;
        let id = self.next_promise_id;
        self.next_promise_id += 1;
        Obj::new(ObjectKind::Promise(Box::new(PromiseData {
            state: PromiseState::Pending,
            id,
            is_handled: false,
            reactions: Default::default(),
        })))
    }

    /// A new error object, as `new TypeError(message)` makes: its stack has
    /// frames and is formatted when first read ([`Obj::materialize_stack`]).
    pub fn make_error(&mut self, ty: ErrorType, message: &str) -> Value {
        self.error_object(ty, message, Value::Hole)
    }

    /// An error made by a promise built-in with no JavaScript code on the stack
    /// (V8 captures no frames): its stack is the bare header, so it prints as
    /// `[AggregateError: All promises were rejected] { … }`.
    pub fn make_frameless_error(&mut self, ty: ErrorType, message: &str) -> Value {
        let header = if message.is_empty() {
            ty.name().to_string()
        } else {
            format!("{}: {message}", ty.name())
        };
        self.error_object(ty, message, Value::String(Rc::from(header)))
    }

    fn error_object(&mut self, ty: ErrorType, message: &str, stack: Value) -> Value {
        // Checked against the limit before the next instruction runs.
        self.steps += ERROR_STEPS;
        let o = Obj::new(ObjectKind::Error(ty));
        {
            let mut d = o.borrow_mut();
            if !message.is_empty() || ty != ErrorType::Error {
                d.props
                    .insert(Rc::from("message"), Property::hidden(Value::str(message)));
            }
            d.props.insert(Rc::from("stack"), Property::hidden(stack));
        }
        Value::Object(o)
    }

    /// Stops the run: what Node shows of a `Timeout`/`Immediate` object (its
    /// fields, or its async id as a primitive) depends on the machine and on
    /// every async resource Node made before it.
    pub fn unsupported_timer_value(&self) -> Exc {
        self.unsupported(
            "printing a Timeout or Immediate object, or using it as a number or string, is not \
             supported (Node shows machine-dependent fields and async ids)"
                .into(),
        )
    }

    /// Whether `o` is the global object.
    pub fn is_global_object(&self, o: &Obj) -> bool {
        self.intrinsics
            .global_object
            .as_ref()
            .is_some_and(|g| g.ptr_eq(o))
    }

    /// A catchable error of the given type.
    pub fn error(&mut self, ty: ErrorType, message: String) -> Exc {
        Exc::Throw(self.make_error(ty, &message))
    }

    /// `TypeError`.
    pub fn type_error(&mut self, message: String) -> Exc {
        self.error(ErrorType::TypeError, message)
    }

    /// Charges the step budget for a string of `len` bytes just copied.
    pub(super) fn charge_copy(&mut self, len: usize) -> JsResult<()> {
        self.charge((len / COPIED_BYTES_PER_STEP) as u64)
    }

    /// Charges the step budget for a call.
    pub(super) fn charge_call(&mut self) -> JsResult<()> {
        self.charge(CALL_STEPS)
    }

    /// Counts `steps` more steps of work done by one instruction.
    fn charge(&mut self, steps: u64) -> JsResult<()> {
        self.steps += steps;
        if self.steps > self.max_steps {
            return Err(Exc::Halt(Halt::StepLimit));
        }
        Ok(())
    }

    /// `RangeError`.
    pub fn range_error(&mut self, message: &str) -> Exc {
        self.error(ErrorType::RangeError, message.to_string())
    }

    /// V8's `TypeError` for ToObject of `null` or `undefined` (`Object.keys(null)`,
    /// `delete null.x`, `Object.hasOwn(undefined, k)`).
    pub fn to_object_error(&mut self) -> Exc {
        self.type_error("Cannot convert undefined or null to object".into())
    }

    /// A string longer than jsorder keeps ([`MAX_STRING_LEN`]), of `units`
    /// UTF-16 code units when that is known: V8's `RangeError` if V8 could
    /// not hold it either, else the run stops at jsorder's size limit
    /// (node would go on with the string).
    pub fn string_too_long(&mut self, units: Option<f64>) -> Exc {
        match units {
            Some(n) if n > V8_MAX_STRING_UNITS => self.range_error("Invalid string length"),
            _ => Exc::Halt(Halt::SizeLimit(format!(
                "a string of more than {MAX_STRING_LEN} bytes"
            ))),
        }
    }

    /// An array longer than jsorder keeps ([`MAX_ARRAY_LEN`]): V8's
    /// `RangeError` if `len` is no valid array length (2^32 or more), else
    /// the run stops at jsorder's size limit (node would go on with the array).
    pub fn array_too_long(&mut self, len: f64) -> Exc {
        if len >= 4_294_967_296.0 {
            self.range_error("Invalid array length")
        } else {
            Exc::Halt(Halt::SizeLimit(format!(
                "an array of more than {MAX_ARRAY_LEN} elements"
            )))
        }
    }

    /// `n` as the length of an array (`arr.length = n`, `new Array(n)`):
    /// V8's `RangeError` unless it is a whole number from 0 (NaN and the
    /// infinities are not), and the size limit past [`MAX_ARRAY_LEN`]
    /// ([`Realm::array_too_long`], itself a `RangeError` from 2^32 on).
    pub fn array_length(&mut self, n: f64) -> JsResult<usize> {
        if n < 0.0 || n.fract() != 0.0 {
            return Err(self.range_error("Invalid array length"));
        }
        if n > MAX_ARRAY_LEN as f64 {
            return Err(self.array_too_long(n));
        }
        Ok(n as usize)
    }

    /// Stops the run: the program used something jsorder does not model.
    pub fn unsupported(&self, what: String) -> Exc {
        Exc::Halt(Halt::Unsupported(what, self.current_span()))
    }

    // ------------------------------------------------------------------------------------
    // Provenance and trace
    // ------------------------------------------------------------------------------------

    /// Line of the instruction running now (0 outside user code).
    pub fn current_line(&self) -> u32 {
        self.frames.last().map_or(0, Frame::line)
    }

    /// Describes a new task whose callback is `callback`, queued by the running code.
    pub fn new_task(&mut self, kind: TaskKind, callback: Option<&Value>) -> TaskInfo {
        let (name, line) = match callback.and_then(Value::as_object) {
            Some(o) => match &o.borrow().kind {
                ObjectKind::Function(f) => match &f.call {
                    Callable::Closure(c) => (f.name.clone(), c.code.line),
                    Callable::Native(_) => (f.name.clone(), 0),
                },
                _ => (self.no_name.clone(), 0),
            },
            None => (self.no_name.clone(), 0),
        };
        let id = self.next_task_id;
        self.next_task_id += 1;
        let turn = if kind.queue() == Some(QueueKind::Microtask) {
            self.current_task.turn + 1
        } else {
            0
        };
        TaskInfo {
            id,
            kind,
            callback: name,
            callback_line: line,
            // The enqueue event that follows is the next step.
            queued_at_step: self.event_step + 1,
            queued_by_line: self.current_line(),
            turn,
            due: None,
        }
    }

    /// Counts a step and, when tracing, records it with a snapshot.
    pub fn emit(&mut self, kind: impl FnOnce() -> EventKind) {
        self.event_step += 1;
        if self.tracing {
            if self.events.len() >= self.max_trace_events {
                // Keep running at full speed; the trace says it was cut.
                self.tracing = false;
                self.trace_truncated = true;
                return;
            }
            let after = if self.snapshots {
                self.snapshot()
            } else {
                Snapshot::default()
            };
            self.events.push(Event {
                step: self.event_step,
                kind: kind(),
                after,
            });
        }
    }

    /// A copy of `task` for the trace, made only when tracing.
    pub fn traced(&self, task: &TaskInfo) -> Option<TaskInfo> {
        self.tracing.then(|| task.clone())
    }

    /// Records that a task was put on `queue`. Called after the push, so that
    /// the step's snapshot shows the task waiting; `task` is the copy
    /// [`Realm::traced`] made (`None` when not tracing).
    pub fn emit_enqueued(&mut self, queue: QueueKind, task: Option<TaskInfo>) {
        match task {
            Some(task) => self.emit(|| EventKind::Enqueue { queue, task }),
            None => self.event_step += 1,
        }
    }

    /// Makes `task` the running task and records that it runs.
    pub fn start_task(&mut self, task: TaskInfo) {
        self.current_task = task;
        if self.tracing {
            let task = self.current_task.clone();
            self.emit(|| EventKind::RunTask { task });
        } else {
            self.event_step += 1;
        }
    }

    /// The global `name`, building the globals made on first use (see
    /// [`Realm::build_global`]) if `name` is one of them.
    pub fn global(&mut self, name: &str) -> Option<Value> {
        if let Some(v) = self.globals.get(name) {
            return Some(v.clone());
        }
        if !self.build_global(name) {
            return None;
        }
        self.globals.get(name).cloned()
    }

    /// Builds the group of globals `name` belongs to if it is made on first
    /// use and not built yet: the standard library, the error constructors,
    /// `process` (most puzzles name none of them), each timer function.
    /// Returns whether it did.
    /// Also called before the program assigns a global, so that building
    /// the group later cannot overwrite the assignment.
    pub fn build_global(&mut self, name: &str) -> bool {
        if !self.intrinsics.stdlib_installed && super::stdlib::GLOBALS.contains(&name) {
            self.ensure_stdlib();
            return true;
        }
        if self.intrinsics.errors.is_empty() && ErrorType::ALL.iter().any(|t| t.name() == name) {
            self.install_error_ctors();
            return true;
        }
        if name == "process" && matches!(self.process.object, Value::Undefined) {
            self.install_process();
            return true;
        }
        self.install_host_fn_global(name)
    }

    /// The constructor of errors of type `ty` (`err.constructor`).
    pub fn error_ctor(&mut self, ty: ErrorType) -> Value {
        self.install_error_ctors();
        self.intrinsics.errors[ty.index()].clone()
    }

    /// The constructor of a collection (once the standard library is built).
    pub fn collection_ctor(&self, coll: super::collections::Coll) -> Value {
        let at = coll as usize;
        self.intrinsics
            .collections
            .get(at)
            .cloned()
            .unwrap_or(Value::Undefined)
    }

    /// Builds the standard library's globals and intrinsics if not done yet.
    pub fn ensure_stdlib(&mut self) {
        if !self.intrinsics.stdlib_installed {
            self.intrinsics.stdlib_installed = true;
            super::stdlib::install(self);
        }
    }

    /// Records a frame push (a step, like every event).
    pub fn trace_call(&mut self, name: &Rc<str>, _span: Span) {
        self.emit(|| EventKind::Call {
            function: display_name(name),
        });
    }

    /// Records a frame pop.
    pub fn trace_return(&mut self, name: &Rc<str>, suspended: bool) {
        self.emit(|| EventKind::Return {
            function: display_name(name),
            suspended,
        });
    }

    /// Whether events are being recorded.
    pub fn tracing(&self) -> bool {
        self.tracing
    }

    fn snapshot(&self) -> Snapshot {
        Snapshot {
            stack: self
                .frames
                .iter()
                .map(|f| display_name(&Rc::from(f.name())))
                .collect(),
            ticks: self.ticks.iter().map(|j| j.task.label()).collect(),
            microtasks: self.microtasks.iter().map(|j| j.task.label()).collect(),
            timers: self.timers.waiting_labels(),
            immediates: self.timers.immediate_labels(),
            now: self.timers.now,
        }
    }

    /// Moves the clock past the real time a counting loop of `turns` turns,
    /// which the compiler left out, takes Node at the least.
    pub fn spin(&mut self, turns: f64) {
        let ms = (turns / LOOP_TURNS_PER_MS).floor() as u64;
        if ms > 0 {
            self.timers.now += ms;
            let now = self.timers.now;
            let turns = turns as u64;
            self.emit(|| EventKind::Spin { turns, now });
        }
    }

    /// Appends a printed line.
    pub fn print(&mut self, stream: Stream, text: String) -> JsResult<()> {
        let first_write = self.stdout.is_empty() && self.stderr.is_empty();
        let line = self.current_line();
        // The trace gets its own copy only when it is recorded.
        self.emit(|| EventKind::Log {
            text: text.clone(),
            stream,
            line,
        });
        match stream {
            Stream::Stdout => {
                if self.stdout.len() >= self.max_output_lines {
                    return Err(Exc::Halt(Halt::OutputLimit));
                }
                if text.contains('\n') {
                    for piece in text.split('\n') {
                        let l = self.log_line(piece.to_string(), line);
                        self.stdout.push(l);
                    }
                } else {
                    // Most prints are one line: it keeps the string it came in.
                    let l = self.log_line(text, line);
                    self.stdout.push(l);
                }
            }
            Stream::Stderr => self.stderr.push(text),
        }
        if first_write {
            self.timers.now += FIRST_WRITE_MS;
            let now = self.timers.now;
            self.emit(|| EventKind::FirstWrite { now });
        }
        Ok(())
    }

    /// A printed line of the running task, written at source line `line`.
    fn log_line(&self, text: String, line: u32) -> LogLine {
        LogLine {
            text,
            line,
            step: self.event_step,
            task: self.current_task.clone(),
        }
    }
}

/// How a frame is named in the stack column.
fn display_name(name: &Rc<str>) -> String {
    if name.is_empty() {
        "(anonymous)".to_string()
    } else {
        name.to_string()
    }
}
