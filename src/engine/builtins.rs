//! Host and promise built-ins: `console`, timers, `process`, `queueMicrotask`,
//! `Promise` and the error constructors.
//!
//! A built-in is a [`Native`] value; some carry state (a promise's resolve
//! function knows its promise and its "already resolved" flag). The language
//! library (arrays, strings, `Math`, `JSON`) lives in `stdlib`.

use super::bytecode::FunctionCode;
use super::event::{EventKind, QueueKind, Stream, TaskKind};
use super::inspect;
use super::modules::NodeFn;
use super::process::ProcessEvent;
use super::promise::{PromiseState, Work};
use super::realm::Realm;
use super::stdlib::StdFn;
use super::timers::timer_key;
use super::value::{
    Callable, ErrorType, FunctionData, FunctionFlavor, Obj, ObjectData, ObjectKind, Property,
    Props, Value,
};
use super::{Exc, JsResult};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// A built-in function and the state it carries.
#[derive(Debug, Clone)]
pub enum Native {
    /// A stateless host or promise built-in.
    Host(HostFn),
    /// A language-library built-in (arrays, strings, Math, JSON…).
    Std(StdFn),
    /// `require` and the built-ins of the Node modules it gives.
    Node(NodeFn),
    /// A listener `events.once(emitter, name)` adds: the one for the event
    /// (`false`) or the one for `'error'` (`true`).
    OnceListener(Rc<super::events::OncePromise>, bool),
    /// A promise's resolve function.
    Resolve(Obj, Rc<Cell<bool>>),
    /// A promise's reject function.
    Reject(Obj, Rc<Cell<bool>>),
    /// `finally`'s fulfilment handler, wrapping `onFinally`.
    ThenFinally(Value),
    /// `finally`'s rejection handler, wrapping `onFinally`.
    CatchFinally(Value),
    /// Returns the value (`finally` passing a fulfilment through).
    ValueThunk(Value),
    /// Throws the reason (`finally` passing a rejection through).
    Thrower(Value),
    /// Node's ES-module loader seeing the main module fail: the rejection
    /// travels through this many more promise jobs of the loader before it
    /// is thrown as an uncaught exception.
    LoaderHop(u8),
    /// `Promise.all` / `allSettled` / `any` element function.
    Element(Rc<Combinator>, usize, Rc<Cell<bool>>, ElementRole),
    /// What `util.promisify(original)` returns for a function without a
    /// custom promisified form.
    Promisified(Obj),
    /// The callback a promisified call appends to the arguments: `(err,
    /// value)` rejects with `err` or resolves with `value`.
    PromisifyCallback {
        /// The promise's resolve function.
        resolve: Value,
        /// The promise's reject function.
        reject: Value,
    },
    /// What `f.bind(this, ...args)` returns: calls `target` with that `this`
    /// and those arguments before its own.
    Bound {
        /// The function bound.
        target: Obj,
        /// The `this` every call gets.
        this: Value,
        /// Arguments put before the call's own.
        args: Rc<[Value]>,
    },
}

/// The promise jobs of Node's ES-module loader between the main module's
/// failure and the uncaught exception, after the first (see [`Native::LoaderHop`]).
pub(super) const LOADER_HOPS: u8 = 3;

/// Node's loader explains a module's use of a CommonJS name as it passes
/// the error on: `require is not defined` becomes `require is not defined in
/// ES module scope, you can use import instead`. (The stack, still
/// unformatted, takes the new message when printed.)
fn explain_commonjs_name(reason: &Value) {
    let Value::Object(o) = reason else {
        return;
    };
    let mut d = o.borrow_mut();
    if !matches!(d.kind, ObjectKind::Error(ErrorType::ReferenceError)) {
        return;
    }
    let Some(message) = d.props.get_mut("message") else {
        return;
    };
    let text = message.value.to_js_string();
    let names = super::vm::COMMONJS_NAMES;
    if !names.iter().any(|n| *text == format!("{n} is not defined")) {
        return;
    }
    let hint = match text.starts_with("require ") {
        true => ", you can use import instead",
        false => "",
    };
    message.value = Value::str(&format!("{text} in ES module scope{hint}"));
}

/// What an element function of a combinator does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ElementRole {
    /// `Promise.all` resolve element.
    AllResolve,
    /// `Promise.allSettled` fulfilled element.
    SettledFulfilled,
    /// `Promise.allSettled` rejected element.
    SettledRejected,
    /// `Promise.any` reject element.
    AnyReject,
}

/// The shared state of one `Promise.all/allSettled/any` call.
#[derive(Debug)]
pub struct Combinator {
    values: RefCell<Vec<Value>>,
    remaining: Cell<usize>,
    resolve: Value,
    reject: Value,
}

/// Stateless built-ins.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HostFn {
    /// `console.log` / `info` / `debug`
    ConsoleLog,
    /// `console.error` / `warn`
    ConsoleError,
    /// `console.dir`
    ConsoleDir,
    /// `console.group` / `groupCollapsed`
    ConsoleGroup,
    /// `console.groupEnd`
    ConsoleGroupEnd,
    /// `console.count`
    ConsoleCount,
    /// `console.countReset`
    ConsoleCountReset,
    /// `console.assert`
    ConsoleAssert,
    /// `setTimeout`
    SetTimeout,
    /// `setInterval`
    SetInterval,
    /// `setImmediate`
    SetImmediate,
    /// `clearTimeout` / `clearInterval`
    ClearTimeout,
    /// `clearImmediate`
    ClearImmediate,
    /// `queueMicrotask`
    QueueMicrotask,
    /// `process.nextTick`
    NextTick,
    /// `process.on` / `addListener`
    ProcessOn,
    /// `process.once`
    ProcessOnce,
    /// `process.off` / `removeListener`
    ProcessOff,
    /// `process.exit`
    ProcessExit,
    /// `ref()` of a Timeout or Immediate
    TimerRef,
    /// `unref()` of a Timeout or Immediate
    TimerUnref,
    /// `hasRef()` of a Timeout or Immediate
    TimerHasRef,
    /// `Promise` (constructor)
    PromiseCtor,
    /// `Promise.resolve`
    PromiseResolve,
    /// `Promise.reject`
    PromiseReject,
    /// `Promise.all`
    PromiseAll,
    /// `Promise.allSettled`
    PromiseAllSettled,
    /// `Promise.race`
    PromiseRace,
    /// `Promise.any`
    PromiseAny,
    /// `Promise.prototype.then`
    Then,
    /// `Promise.prototype.catch`
    Catch,
    /// `Promise.prototype.finally`
    Finally,
    /// `Error`, `TypeError`, …
    ErrorCtor(ErrorType),
}

impl HostFn {
    /// Whether this is a method of `console` (bound functions in Node).
    pub fn is_console_method(self) -> bool {
        matches!(
            self,
            HostFn::ConsoleLog
                | HostFn::ConsoleError
                | HostFn::ConsoleDir
                | HostFn::ConsoleGroup
                | HostFn::ConsoleGroupEnd
                | HostFn::ConsoleCount
                | HostFn::ConsoleCountReset
                | HostFn::ConsoleAssert
        )
    }

    /// Whether Node implements this built-in in JavaScript (its timers,
    /// `queueMicrotask` and `process` functions), so that `String(f)` gives
    /// Node's source text rather than `[native code]`.
    pub fn written_in_javascript(self) -> bool {
        matches!(
            self,
            HostFn::SetTimeout
                | HostFn::SetInterval
                | HostFn::SetImmediate
                | HostFn::ClearTimeout
                | HostFn::ClearImmediate
                | HostFn::QueueMicrotask
                | HostFn::NextTick
                | HostFn::ProcessOn
                | HostFn::ProcessExit
        )
    }
}

impl Realm {
    /// Wraps a built-in as a function value.
    pub fn native_fn(&mut self, name: &str, native: Native) -> Value {
        self.named_native_fn(Rc::from(name), native)
    }

    /// [`Realm::native_fn`] with the name already allocated (and shared
    /// with the key or global that holds the function).
    fn named_native_fn(&mut self, name: Rc<str>, native: Native) -> Value {
        Value::Object(Obj::new(ObjectKind::Function(FunctionData {
            name,
            flavor: FunctionFlavor::Normal,
            call: Callable::Native(native),
        })))
    }

    /// Defines a built-in function as a global of the same name.
    fn global_native_fn(&mut self, name: &str, native: Native) -> Value {
        let name: Rc<str> = Rc::from(name);
        let f = self.named_native_fn(name.clone(), native);
        self.globals.insert(name, f.clone());
        f
    }

    /// Installs the globals of a Node CommonJS script.
    pub(super) fn install_globals(&mut self) {
        self.intrinsics.global_object = Some(Obj::new(ObjectKind::Ordinary));
        let console = self.namespace(
            "console",
            &[
                ("log", HostFn::ConsoleLog),
                ("info", HostFn::ConsoleLog),
                ("debug", HostFn::ConsoleLog),
                ("error", HostFn::ConsoleError),
                ("warn", HostFn::ConsoleError),
                ("dir", HostFn::ConsoleDir),
                ("group", HostFn::ConsoleGroup),
                ("groupCollapsed", HostFn::ConsoleGroup),
                ("groupEnd", HostFn::ConsoleGroupEnd),
                ("count", HostFn::ConsoleCount),
                ("countReset", HostFn::ConsoleCountReset),
                ("assert", HostFn::ConsoleAssert),
            ],
        );
        self.globals.insert(Rc::from("console"), console);
        // A CommonJS script's `require` (an ES module has none: see `node::run_module`).
        self.global_native_fn("require", Native::Node(NodeFn::Require));

        let promise = self.global_native_fn("Promise", Native::Host(HostFn::PromiseCtor));
        self.add_methods(
            &promise,
            &[
                ("resolve", HostFn::PromiseResolve),
                ("reject", HostFn::PromiseReject),
                ("all", HostFn::PromiseAll),
                ("allSettled", HostFn::PromiseAllSettled),
                ("race", HostFn::PromiseRace),
                ("any", HostFn::PromiseAny),
            ],
        );
        self.intrinsics.promise = Some(promise);
        // The standard library (`Object`, `Math`, …), the error constructors,
        // `process` and the timer functions are built on first use: see
        // `Realm::build_global`.
    }

    /// Makes the global function `name` if it is one of the timer functions
    /// and not made yet: each is made when the program first names it (see
    /// [`Realm::build_global`]). Returns whether it did.
    pub(super) fn install_host_fn_global(&mut self, name: &str) -> bool {
        const HOST_FN_GLOBALS: [(&str, HostFn); 7] = [
            ("setTimeout", HostFn::SetTimeout),
            ("setInterval", HostFn::SetInterval),
            ("setImmediate", HostFn::SetImmediate),
            ("clearTimeout", HostFn::ClearTimeout),
            ("clearInterval", HostFn::ClearTimeout),
            ("clearImmediate", HostFn::ClearImmediate),
            ("queueMicrotask", HostFn::QueueMicrotask),
        ];
        let Some(&(name, f)) = HOST_FN_GLOBALS.iter().find(|(n, _)| *n == name) else {
            return false;
        };
        if self.globals.contains_key(name) {
            return false;
        }
        self.global_native_fn(name, Native::Host(f));
        true
    }

    /// Makes the `process` global (on first use: see [`Realm::build_global`]).
    pub(super) fn install_process(&mut self) {
        let process = self.namespace(
            "process",
            &[
                ("nextTick", HostFn::NextTick),
                ("on", HostFn::ProcessOn),
                ("addListener", HostFn::ProcessOn),
                ("once", HostFn::ProcessOnce),
                ("off", HostFn::ProcessOff),
                ("removeListener", HostFn::ProcessOff),
                ("exit", HostFn::ProcessExit),
            ],
        );
        self.process.object = process.clone();
        self.globals.insert(Rc::from("process"), process);
    }

    /// Makes the error constructors, global and intrinsic, unless they exist
    /// (they are made on first use: see [`Realm::build_global`]).
    pub(super) fn install_error_ctors(&mut self) {
        if !self.intrinsics.errors.is_empty() {
            return;
        }
        for ty in ErrorType::ALL {
            let ctor = self.global_native_fn(ty.name(), Native::Host(HostFn::ErrorCtor(ty)));
            self.intrinsics.errors.push(ctor);
        }
    }

    /// A plain object whose properties are built-ins (`console`, `process`).
    fn namespace(&mut self, name: &'static str, methods: &[(&str, HostFn)]) -> Value {
        let o = Value::Object(Obj::new(ObjectKind::Namespace(name)));
        self.add_methods(&o, methods);
        o
    }

    /// Gives `target`, a new object without properties, built-in methods
    /// as non-enumerable properties. Every run builds these objects, so the
    /// property table is made at its final size, and each function shares
    /// its name with its key.
    fn add_methods(&mut self, target: &Value, methods: &[(&str, HostFn)]) {
        let Value::Object(o) = target else {
            return;
        };
        let entries = methods
            .iter()
            .map(|&(name, f)| {
                let name: Rc<str> = Rc::from(name);
                let v = self.named_native_fn(name.clone(), Native::Host(f));
                (name, Property::hidden(v))
            })
            .collect();
        let mut d = o.borrow_mut();
        debug_assert!(d.props.is_empty());
        d.props = Props::from_entries(entries);
    }

    /// Adds a non-enumerable property (built-in methods do not show in `console.log`).
    pub fn define_hidden(&mut self, target: &Value, name: &str, v: Value) {
        if let Value::Object(o) = target {
            o.borrow_mut()
                .props
                .insert(Rc::from(name), Property::hidden(v));
        }
    }

    /// Calls a built-in.
    pub fn call_native(
        &mut self,
        native: &Native,
        this: Value,
        args: Vec<Value>,
    ) -> JsResult<Value> {
        match native {
            Native::Host(f) => self.call_host(*f, this, args),
            Native::Std(f) => super::stdlib::call(self, *f, this, args),
            Native::Node(f) => super::modules::call(self, *f, this, args),
            Native::Resolve(p, already) | Native::Reject(p, already) => {
                if already.replace(true) {
                    return Ok(Value::Undefined);
                }
                let v = args.into_iter().next().unwrap_or(Value::Undefined);
                if matches!(native, Native::Resolve(..)) {
                    self.resolve_promise(p, v)?;
                } else {
                    self.reject_promise(p, v);
                }
                Ok(Value::Undefined)
            }
            Native::ThenFinally(on_finally) | Native::CatchFinally(on_finally) => {
                let v = args.into_iter().next().unwrap_or(Value::Undefined);
                let result = self.call(on_finally, Value::Undefined, Vec::new())?;
                let p = self.promise_resolve(result)?;
                let pass = if matches!(native, Native::ThenFinally(_)) {
                    self.native_fn("", Native::ValueThunk(v))
                } else {
                    self.native_fn("", Native::Thrower(v))
                };
                self.invoke_then(&Value::Object(p), pass, Value::Undefined)
            }
            Native::Bound {
                target,
                this,
                args: bound,
            } => {
                let all = bound.iter().cloned().chain(args).collect();
                self.call(&Value::Object(target.clone()), this.clone(), all)
            }
            Native::Promisified(original) => {
                super::modules::call_promisified(self, original, this, args)
            }
            Native::PromisifyCallback { resolve, reject } => {
                let mut args = args.into_iter();
                let err = args.next().unwrap_or(Value::Undefined);
                match err.truthy() {
                    true => self.call(reject, Value::Undefined, vec![err])?,
                    false => {
                        let value = args.next().unwrap_or(Value::Undefined);
                        self.call(resolve, Value::Undefined, vec![value])?
                    }
                };
                Ok(Value::Undefined)
            }
            Native::ValueThunk(v) => Ok(v.clone()),
            Native::Thrower(e) => Err(Exc::Throw(e.clone())),
            Native::LoaderHop(hops) => {
                let reason = args.into_iter().next().unwrap_or(Value::Undefined);
                if *hops == LOADER_HOPS {
                    explain_commonjs_name(&reason);
                }
                if *hops == 0 {
                    // Node hands this error to `uncaughtException` listeners with
                    // the origin `unhandledRejection`: jsorder does not model that.
                    if self.process.has_listeners(ProcessEvent::UncaughtException)
                        || self
                            .process
                            .has_listeners(ProcessEvent::UncaughtExceptionMonitor)
                    {
                        let what =
                            "an `uncaughtException` listener for an error escaping a module \
                                    (a file with top-level `await`) is not supported";
                        return Err(self.unsupported(what.to_string()));
                    }
                    return Err(Exc::Throw(reason));
                }
                let next = self.native_fn("", Native::LoaderHop(hops - 1));
                let task = self.new_task(TaskKind::PromiseReaction, None);
                self.enqueue_microtask(task, Work::Callback(next, vec![reason]));
                Ok(Value::Undefined)
            }
            Native::OnceListener(state, error) => {
                super::events::once_listener(self, state, *error, args)
            }
            Native::Element(c, index, called, role) => {
                if called.replace(true) {
                    return Ok(Value::Undefined);
                }
                let x = args.into_iter().next().unwrap_or(Value::Undefined);
                self.combinator_element(c, *index, *role, x)
            }
        }
    }

    /// Node's `console.assert(value, ...message)`: a falsy value makes it
    /// `console.warn` the message with `Assertion failed` in front of its
    /// first part (a template literal, so that part is converted to a string).
    fn console_assert(&mut self, mut args: Vec<Value>) -> JsResult<Value> {
        let value = if args.is_empty() {
            Value::Undefined
        } else {
            args.remove(0)
        };
        if value.truthy() {
            return Ok(Value::Undefined);
        }
        let head = match args.first() {
            None => Rc::from("Assertion failed"),
            Some(first) => {
                let first = self.coerce_string(first)?;
                Rc::from(format!("Assertion failed: {first}"))
            }
        };
        match args.first_mut() {
            Some(first) => *first = Value::String(head),
            None => args.push(Value::String(head)),
        }
        self.console_log(Stream::Stderr, &args)?;
        Ok(Value::Undefined)
    }

    fn call_host(&mut self, f: HostFn, this: Value, args: Vec<Value>) -> JsResult<Value> {
        let arg = |i: usize| args.get(i).cloned().unwrap_or(Value::Undefined);
        match f {
            HostFn::ConsoleLog | HostFn::ConsoleError => {
                let stream = if f == HostFn::ConsoleLog {
                    Stream::Stdout
                } else {
                    Stream::Stderr
                };
                self.console_log(stream, &args)?;
                Ok(Value::Undefined)
            }
            HostFn::ConsoleDir => {
                let text = self.inspect_with_options(&arg(0), &arg(1))?;
                self.console_write(Stream::Stdout, text)?;
                Ok(Value::Undefined)
            }
            HostFn::ConsoleGroup => {
                if !args.is_empty() {
                    self.console_log(Stream::Stdout, &args)?;
                }
                self.console_indent += 1;
                Ok(Value::Undefined)
            }
            HostFn::ConsoleGroupEnd => {
                self.console_indent = self.console_indent.saturating_sub(1);
                Ok(Value::Undefined)
            }
            HostFn::ConsoleCount | HostFn::ConsoleCountReset => {
                let label = match arg(0) {
                    Value::Undefined => Rc::from("default"),
                    v => self.coerce_string(&v)?,
                };
                if f == HostFn::ConsoleCountReset {
                    if self.console_counts.remove(&label).is_none() {
                        // Node emits a process warning (to stderr, a tick later).
                        self.stderr
                            .push(format!("Warning: Count for '{label}' does not exist"));
                    }
                    return Ok(Value::Undefined);
                }
                let count = self.console_counts.entry(label.clone()).or_insert(0);
                *count += 1;
                let text = format!("{label}: {count}");
                self.console_write(Stream::Stdout, text)?;
                Ok(Value::Undefined)
            }
            HostFn::ConsoleAssert => self.console_assert(args),
            HostFn::SetTimeout | HostFn::SetInterval => {
                self.set_timer(args, f == HostFn::SetInterval)
            }
            HostFn::SetImmediate => {
                let cb = self.expect_callback(&arg(0))?;
                let task = self.new_task(TaskKind::Immediate, Some(&cb));
                let handle = self.schedule_immediate(cb, rest_args(args), task);
                Ok(Value::Object(handle))
            }
            HostFn::ClearTimeout | HostFn::ClearImmediate => {
                let cleared = match &arg(0) {
                    Value::Object(o) => match o.borrow().kind {
                        ObjectKind::Timeout(id) if f == HostFn::ClearTimeout => {
                            self.timers.clear(id)
                        }
                        ObjectKind::Immediate(id) if f == HostFn::ClearImmediate => {
                            self.timers.clear_immediate(id)
                        }
                        // Node's clearImmediate works on any object with
                        // its fields; clearTimeout of an Immediate does nothing.
                        ObjectKind::Timeout(id) => self.timers.clear_immediate_on_timer(id),
                        _ => None,
                    },
                    _ => None,
                };
                if let Some(task) = cleared {
                    self.emit(|| EventKind::Clear { task });
                }
                Ok(Value::Undefined)
            }
            HostFn::QueueMicrotask => {
                let cb = self.expect_callback(&arg(0))?;
                let task = self.new_task(TaskKind::QueueMicrotask, Some(&cb));
                self.enqueue_microtask(task, Work::Callback(cb, Vec::new()));
                Ok(Value::Undefined)
            }
            HostFn::NextTick => {
                let cb = self.expect_callback(&arg(0))?;
                if self.process.exiting {
                    // Node drops ticks once `exit` is emitted: nothing would run them.
                    return Ok(Value::Undefined);
                }
                let task = self.new_task(TaskKind::NextTick, Some(&cb));
                let shown = self.traced(&task);
                self.ticks.push_back(super::promise::Job {
                    task,
                    work: Work::Callback(cb, rest_args(args)),
                });
                self.emit_enqueued(QueueKind::NextTick, shown);
                Ok(Value::Undefined)
            }
            HostFn::ProcessOn | HostFn::ProcessOnce => {
                self.process_on(&args, f == HostFn::ProcessOnce)
            }
            HostFn::ProcessOff => self.process_off(&args),
            HostFn::ProcessExit => self.process_exit(&args),
            HostFn::TimerRef | HostFn::TimerUnref | HostFn::TimerHasRef => {
                self.timer_ref_method(f, this)
            }
            HostFn::PromiseCtor => {
                Err(self
                    .type_error("Promise constructor cannot be invoked without 'new'".to_string()))
            }
            // The statics need `Promise` as `this`: `[1].map(Promise.resolve)` throws.
            HostFn::PromiseResolve
            | HostFn::PromiseReject
            | HostFn::PromiseAll
            | HostFn::PromiseAllSettled
            | HostFn::PromiseAny
            | HostFn::PromiseRace
                if !matches!(this, Value::Object(_)) =>
            {
                let name = match f {
                    HostFn::PromiseResolve => "PromiseResolve",
                    HostFn::PromiseReject => "PromiseReject",
                    HostFn::PromiseAll => "Promise.all",
                    HostFn::PromiseAllSettled => "Promise.allSettled",
                    HostFn::PromiseAny => "Promise.any",
                    _ => "Promise.race",
                };
                Err(self.type_error(format!("{name} called on non-object")))
            }
            HostFn::PromiseResolve => Ok(Value::Object(self.promise_resolve(arg(0))?)),
            HostFn::PromiseReject => Ok(Value::Object(self.rejected_promise(arg(0)))),
            HostFn::PromiseAll => {
                self.promise_combinator(&this, &arg(0), Some(ElementRole::AllResolve), None)
            }
            HostFn::PromiseAllSettled => self.promise_combinator(
                &this,
                &arg(0),
                Some(ElementRole::SettledFulfilled),
                Some(ElementRole::SettledRejected),
            ),
            HostFn::PromiseAny => {
                self.promise_combinator(&this, &arg(0), None, Some(ElementRole::AnyReject))
            }
            HostFn::PromiseRace => self.promise_combinator(&this, &arg(0), None, None),
            HostFn::Then | HostFn::Catch | HostFn::Finally => self.promise_method(f, this, &args),
            HostFn::ErrorCtor(ty) => self.construct_error(ty, &args),
        }
    }

    fn expect_callback(&mut self, v: &Value) -> JsResult<Value> {
        self.expect_function(v, "callback")
    }

    /// The argument `name` (a callback or listener) when it is a function;
    /// otherwise Node's ERR_INVALID_ARG_TYPE TypeError.
    pub(super) fn expect_function(&mut self, v: &Value, name: &str) -> JsResult<Value> {
        if v.is_callable() {
            return Ok(v.clone());
        }
        Err(arg_type_error(self, name, "function", v))
    }

    /// `ref()`, `unref()` and `hasRef()` of a Timeout or Immediate. Only
    /// ref'd timers and immediates keep the event loop alive.
    fn timer_ref_method(&mut self, f: HostFn, this: Value) -> JsResult<Value> {
        let handle = match &this {
            Value::Object(o) => match o.borrow().kind {
                ObjectKind::Timeout(id) => Some((id, false)),
                ObjectKind::Immediate(id) => Some((id, true)),
                _ => None,
            },
            _ => None,
        };
        let Some((id, immediate)) = handle else {
            let name = match f {
                HostFn::TimerRef => "ref",
                HostFn::TimerUnref => "unref",
                _ => "hasRef",
            };
            return Err(self.unsupported(format!(
                "`{name}` called on something other than a Timeout or Immediate is not supported"
            )));
        };
        if f == HostFn::TimerHasRef {
            return Ok(self
                .timers
                .has_ref(id, immediate)
                .map_or(Value::Null, Value::Bool));
        }
        let refed = f == HostFn::TimerRef;
        if let Some(task) = self.timers.set_ref(id, immediate, refed) {
            let task = self.traced(&task);
            match task {
                Some(task) => self.emit(|| EventKind::Ref { task, refed }),
                None => self.event_step += 1,
            }
        }
        Ok(this)
    }

    fn set_timer(&mut self, args: Vec<Value>, repeat: bool) -> JsResult<Value> {
        let mut args = args.into_iter();
        let cb = args.next().unwrap_or(Value::Undefined);
        let cb = self.expect_callback(&cb)?;
        let delay = match args.next() {
            Some(d) => self.coerce_number(&d)?,
            None => f64::NAN,
        };
        let kind = if repeat {
            TaskKind::Interval
        } else {
            TaskKind::Timeout
        };
        let task = self.new_task(kind, Some(&cb));
        Ok(self.schedule_timer(cb, args.collect(), delay, task, repeat))
    }

    /// Adds a timer calling `cb(...args)` after `delay` ms (a number, not yet
    /// clamped) to Node's timer lists; returns its `Timeout` handle.
    pub(super) fn schedule_timer(
        &mut self,
        cb: Value,
        args: Vec<Value>,
        delay: f64,
        task: super::event::TaskInfo,
        repeat: bool,
    ) -> Value {
        let key = timer_key(delay);
        let created_in = self.current_macrotask;
        let id = self.timers.add((cb, args), (key, repeat), task, created_in);
        // The record's copy: adding the timer gave it its due time.
        let shown = self.timers.get(id).and_then(|r| self.traced(&r.task));
        self.emit_enqueued(QueueKind::Timers, shown);
        let handle = self.timers.get(id).map(|r| r.handle.clone());
        handle.map_or(Value::Undefined, Value::Object)
    }

    /// Queues an immediate calling `cb(...args)`; returns its `Immediate` handle.
    pub(super) fn schedule_immediate(
        &mut self,
        cb: Value,
        args: Vec<Value>,
        task: super::event::TaskInfo,
    ) -> Obj {
        let shown = self.traced(&task);
        let handle = self.timers.add_immediate(cb, args, task);
        self.emit_enqueued(QueueKind::Check, shown);
        handle
    }

    fn promise_method(&mut self, f: HostFn, this: Value, args: &[Value]) -> JsResult<Value> {
        let arg = |i: usize| args.get(i).cloned().unwrap_or(Value::Undefined);
        match f {
            HostFn::Then => {
                let p = match &this {
                    Value::Object(o) if matches!(o.borrow().kind, ObjectKind::Promise(_)) => {
                        o.clone()
                    }
                    _ => {
                        return Err(self.type_error(format!(
                            "Method Promise.prototype.then called on incompatible receiver {}",
                            inspect::inspect(&this)
                        )))
                    }
                };
                self.species_constructor(&this)?;
                Ok(self.promise_then(&p, &arg(0), &arg(1)))
            }
            // `catch` is generic: it calls whatever `then` the receiver has.
            HostFn::Catch => self.invoke_then(&this, Value::Undefined, arg(0)),
            _ => {
                if !matches!(this, Value::Object(_)) {
                    return Err(
                        self.type_error("Promise.prototype.finally called on non-object".into())
                    );
                }
                self.species_constructor(&this)?;
                let on_finally = arg(0);
                if !on_finally.is_callable() {
                    return self.invoke_then(&this, on_finally.clone(), on_finally);
                }
                let then_finally = self.native_fn("", Native::ThenFinally(on_finally.clone()));
                let catch_finally = self.native_fn("", Native::CatchFinally(on_finally));
                self.invoke_then(&this, then_finally, catch_finally)
            }
        }
    }

    /// The checks of `SpeciesConstructor(p, %Promise%)` (§7.3.22). Without
    /// symbols no constructor can name a species, so the result is always
    /// `Promise`; only a `constructor` that is not an object can throw.
    fn species_constructor(&mut self, p: &Value) -> JsResult<()> {
        if let Value::Object(o) = p {
            let plain =
                matches!(o.borrow().kind, ObjectKind::Promise(_)) && o.borrow().props.is_empty();
            if plain {
                return Ok(());
            }
        }
        match self.get_named(p, "constructor")? {
            Value::Undefined | Value::Object(_) => Ok(()),
            _ => Err(self.type_error("The .constructor property is not an object".into())),
        }
    }

    /// `new Promise(executor)`.
    fn construct_promise(&mut self, args: &[Value]) -> JsResult<Value> {
        let executor = args.first().cloned().unwrap_or(Value::Undefined);
        if !executor.is_callable() {
            let shown = super::node::no_side_effects_to_string(&executor);
            return Err(self.type_error(format!("Promise resolver {shown} is not a function")));
        }
        let p = self.new_promise();
        let (resolve, reject) = self.resolving_functions(&p);
        match self.call(&executor, Value::Undefined, vec![resolve, reject.clone()]) {
            Ok(_) => {}
            Err(Exc::Throw(e)) => {
                self.call(&reject, Value::Undefined, vec![e])?;
            }
            Err(halt) => return Err(halt),
        }
        Ok(Value::Object(p))
    }

    fn construct_error(&mut self, ty: ErrorType, args: &[Value]) -> JsResult<Value> {
        let (message_arg, errors, options) = if ty == ErrorType::AggregateError {
            (
                args.get(1),
                Some(args.first().cloned().unwrap_or(Value::Undefined)),
                args.get(2),
            )
        } else {
            (args.first(), None, args.get(1))
        };
        let message = match message_arg {
            None | Some(Value::Undefined) => String::new(),
            Some(v) => self.coerce_string(v)?.to_string(),
        };
        let e = self.make_error(ty, &message);
        if message.is_empty() {
            if let Value::Object(o) = &e {
                o.borrow_mut().props.shift_remove("message");
            }
        }
        // InstallErrorCause: `{ cause }` in the options becomes a hidden own property.
        if let Some(Value::Object(opts)) = options {
            if self.has_property(opts, "cause")? {
                let cause = self.get_named(&Value::Object(opts.clone()), "cause")?;
                self.define_hidden(&e, "cause", cause);
            }
        }
        if let Some(errors) = errors {
            let list = self.iterate_builtin(&errors)?;
            let arr = self.new_array(list);
            self.define_hidden(&e, "errors", arr);
        }
        Ok(e)
    }

    /// `new F(...args)`.
    pub fn construct(&mut self, callee: &Value, args: Vec<Value>) -> JsResult<Value> {
        let native = match callee {
            Value::Object(o) => match &o.borrow().kind {
                ObjectKind::Function(fd) => match &fd.call {
                    Callable::Native(n) => Some(n.clone()),
                    // Arrow and async functions are never constructors.
                    Callable::Closure(c) if c.code.is_arrow || c.code.is_async => {
                        return Err(self.not_a_constructor())
                    }
                    Callable::Closure(_) => None,
                },
                _ => {
                    return Err(self.not_a_constructor());
                }
            },
            _ => {
                return Err(self.not_a_constructor());
            }
        };
        match native {
            Some(Native::Host(HostFn::PromiseCtor)) => self.construct_promise(&args),
            Some(Native::Host(HostFn::ErrorCtor(ty))) => self.construct_error(ty, &args),
            Some(Native::Std(f)) => super::stdlib::construct(self, f, args),
            Some(Native::Node(f)) => super::modules::construct(self, f, args),
            Some(Native::Bound { .. }) => Err(self.unsupported(
                "`new` with a bound function is not supported yet".to_string(),
            )),
            Some(_) => {
                Err(self.not_a_constructor())
            }
            None => Err(self.unsupported(
                "`new` with a user-defined function is not supported yet (classes and constructor functions)"
                    .to_string(),
            )),
        }
    }

    /// V8's TypeError for `new` of a value that is not a constructor, named
    /// by the callee's source text as V8 prints it.
    pub(super) fn not_a_constructor(&mut self) -> Exc {
        let what = self.callee_text();
        self.type_error(format!("{what} is not a constructor"))
    }

    /// `Promise.all/allSettled/any/race` (§27.2.4): for each element,
    /// `C.resolve(el).then(onFulfilled, onRejected)` synchronously, both read
    /// as properties (a `then` the program put on an element promise runs).
    /// A throw on the way rejects the result instead of escaping.
    fn promise_combinator(
        &mut self,
        ctor: &Value,
        iterable: &Value,
        on_fulfilled: Option<ElementRole>,
        on_rejected: Option<ElementRole>,
    ) -> JsResult<Value> {
        let result = self.new_promise();
        let (resolve, reject) = self.resolving_functions(&result);
        match self.attach_elements(ctor, iterable, &resolve, &reject, on_fulfilled, on_rejected) {
            Ok(()) => {}
            Err(Exc::Throw(e)) => {
                self.call(&reject, Value::Undefined, vec![e])?;
            }
            Err(halt) => return Err(halt),
        }
        Ok(Value::Object(result))
    }

    /// The loop of `PerformPromiseAll` and its siblings.
    fn attach_elements(
        &mut self,
        ctor: &Value,
        iterable: &Value,
        resolve: &Value,
        reject: &Value,
        on_fulfilled: Option<ElementRole>,
        on_rejected: Option<ElementRole>,
    ) -> JsResult<()> {
        // GetPromiseResolve(C), before the iterable is touched.
        let promise_resolve = self.get_named(ctor, "resolve")?;
        if !promise_resolve.is_callable() {
            let shown = super::collections::describe_by_type(&promise_resolve);
            return Err(self.type_error(format!("{shown} is not a function")));
        }
        let builtin_resolve = matches!(&promise_resolve, Value::Object(o)
            if matches!(&o.borrow().kind, ObjectKind::Function(fd)
                if matches!(fd.call, Callable::Native(Native::Host(HostFn::PromiseResolve)))));
        let items = self.iterate_builtin(iterable)?;
        let c = Rc::new(Combinator {
            values: RefCell::new(vec![Value::Undefined; items.len()]),
            remaining: Cell::new(1),
            resolve: resolve.clone(),
            reject: reject.clone(),
        });
        for (i, item) in items.into_iter().enumerate() {
            let next = if builtin_resolve {
                Value::Object(self.promise_resolve(item)?)
            } else {
                self.call(&promise_resolve, ctor.clone(), vec![item])?
            };
            c.remaining.set(c.remaining.get() + 1);
            let called = Rc::new(Cell::new(false));
            let f = match on_fulfilled {
                Some(role) => {
                    self.native_fn("", Native::Element(c.clone(), i, called.clone(), role))
                }
                None => resolve.clone(),
            };
            let r = match on_rejected {
                Some(role) => self.native_fn("", Native::Element(c.clone(), i, called, role)),
                None => reject.clone(),
            };
            self.invoke_then(&next, f, r)?;
        }
        // The initial count of 1 keeps the result pending until every element is attached.
        let is_race = on_fulfilled.is_none() && on_rejected.is_none();
        if !is_race {
            c.remaining.set(c.remaining.get() - 1);
            if c.remaining.get() == 0 {
                self.combinator_done(&c, on_fulfilled.is_none())?;
            }
        }
        Ok(())
    }

    fn combinator_element(
        &mut self,
        c: &Rc<Combinator>,
        index: usize,
        role: ElementRole,
        x: Value,
    ) -> JsResult<Value> {
        let stored = match role {
            ElementRole::AllResolve | ElementRole::AnyReject => x,
            ElementRole::SettledFulfilled | ElementRole::SettledRejected => {
                let o = Value::Object(Obj::new(ObjectKind::Ordinary));
                let (status, key) = if role == ElementRole::SettledFulfilled {
                    ("fulfilled", "value")
                } else {
                    ("rejected", "reason")
                };
                self.define(&o, Rc::from("status"), Value::str(status));
                self.define(&o, Rc::from(key), x);
                o
            }
        };
        c.values.borrow_mut()[index] = stored;
        c.remaining.set(c.remaining.get() - 1);
        if c.remaining.get() == 0 {
            self.combinator_done(c, role == ElementRole::AnyReject)?;
        }
        Ok(Value::Undefined)
    }

    /// All elements reported: fulfil with the values, or (for `any`) reject with an AggregateError.
    fn combinator_done(&mut self, c: &Rc<Combinator>, all_rejected: bool) -> JsResult<()> {
        let values = std::mem::take(&mut *c.values.borrow_mut());
        let arr = self.new_array(values);
        if all_rejected {
            let e =
                self.make_frameless_error(ErrorType::AggregateError, "All promises were rejected");
            self.define_hidden(&e, "errors", arr);
            self.call(&c.reject.clone(), Value::Undefined, vec![e])?;
        } else {
            self.call(&c.resolve.clone(), Value::Undefined, vec![arr])?;
        }
        Ok(())
    }

    /// A method value shared by all objects of a kind (`[].push`, `p.then`).
    pub fn shared_method(&mut self, tag: u8, name: &'static str, native: Native) -> Value {
        if let Some(v) = self.intrinsics.methods.get(&(tag, name)) {
            return v.clone();
        }
        let v = self.native_fn(name, native);
        self.intrinsics.methods.insert((tag, name), v.clone());
        v
    }
}

/// Node's `ERR_INVALID_ARG_TYPE` TypeError for argument `name`, which must be
/// of type `ty`, to throw (with its `code`, and the code in its stack and
/// `toString`, as Node's error classes have them).
pub(super) fn arg_type_error(realm: &mut Realm, name: &str, ty: &str, v: &Value) -> Exc {
    Exc::Throw(arg_type_error_value(realm, name, ty, v))
}

/// Node's `ERR_OUT_OF_RANGE` RangeError for the value of `name`; `rule` is
/// the rest of the message ("It must be … Received …").
pub(super) fn out_of_range_error(realm: &mut Realm, name: &str, rule: &str) -> Exc {
    let message = format!("The value of \"{name}\" is out of range. {rule}");
    let e = realm.make_error(ErrorType::RangeError, &message);
    super::events::node_error_code(realm, &e, "ERR_OUT_OF_RANGE");
    Exc::Throw(e)
}

/// The error of [`arg_type_error`] itself (to reject a promise with).
pub(super) fn arg_type_error_value(realm: &mut Realm, name: &str, ty: &str, v: &Value) -> Value {
    let e = realm.make_error(ErrorType::TypeError, &invalid_arg_type(name, ty, v));
    super::events::node_error_code(realm, &e, "ERR_INVALID_ARG_TYPE");
    e
}

/// Node's ERR_INVALID_ARG_TYPE message for argument `name`, which must be of type `ty`.
pub(super) fn invalid_arg_type(name: &str, ty: &str, v: &Value) -> String {
    let shown = inspect::inspect(v);
    format!(
        "The \"{name}\" argument must be of type {ty}. Received {}",
        received(v, &shown)
    )
}

/// Node's "Received …" phrase in ERR_INVALID_ARG_TYPE messages.
fn received(v: &Value, shown: &str) -> String {
    match v {
        Value::Undefined | Value::Hole => "undefined".into(),
        Value::Null => "null".into(),
        Value::Object(_) => format!(
            "an instance of {}",
            if v.is_promise() { "Promise" } else { "Object" }
        ),
        _ => format!("type {} ({shown})", v.type_of()),
    }
}

/// The arguments after the callback (`setImmediate(f, a, b)` passes `a, b` to `f`).
fn rest_args(args: Vec<Value>) -> Vec<Value> {
    if args.len() <= 1 {
        Vec::new()
    } else {
        args.into_iter().skip(1).collect()
    }
}

/// Deepest `console.dir(v, { depth })` jsorder prints; `depth: null` (no
/// limit) is allowed for values nested no deeper.
const MAX_DIR_DEPTH: i64 = 100;

impl Realm {
    /// `console.log`/`console.error`: `util.format` of the arguments.
    fn console_log(&mut self, stream: Stream, args: &[Value]) -> JsResult<()> {
        let text = self.format_args(args)?;
        self.console_write(stream, text)
    }

    /// `util.format(...args)`: what `console.log` prints for them.
    pub(super) fn format_args(&mut self, args: &[Value]) -> JsResult<String> {
        self.check_printable(args, 3)?;
        inspect::format_log_with(args, self)
    }

    /// What `console.dir(value, options)` prints.
    pub(super) fn inspect_with_options(
        &mut self,
        value: &Value,
        options: &Value,
    ) -> JsResult<String> {
        let depth = self.dir_depth(value, options)?;
        self.inspect_at_depth(value, depth)
    }

    /// `value` inspected `depth` levels deep, when jsorder prints it as Node does.
    fn inspect_at_depth(&mut self, value: &Value, depth: i64) -> JsResult<String> {
        self.check_printable(std::slice::from_ref(value), depth as usize + 1)?;
        Ok(inspect::inspect_to_depth(value, depth))
    }

    /// `util.inspect(value, options)`, or with Node's legacy arguments
    /// `util.inspect(value, showHidden, depth, colors)`: a `depth` option
    /// overrides the third argument.
    pub(super) fn util_inspect(&mut self, args: &[Value]) -> JsResult<String> {
        let arg = |i: usize| args.get(i).cloned().unwrap_or(Value::Undefined);
        let (value, options) = (arg(0), arg(1));
        if matches!(options, Value::Bool(true)) {
            return Err(
                self.unsupported("`util.inspect` with `showHidden` is not supported yet".into())
            );
        }
        if arg(3).truthy() {
            return Err(
                self.unsupported("`util.inspect` with `colors` is not supported yet".into())
            );
        }
        let depth = match self.depth_option(&options)? {
            Value::Undefined => arg(2),
            depth => depth,
        };
        let depth = self.inspection_depth(&value, depth)?;
        self.inspect_at_depth(&value, depth)
    }

    /// Writes console output, indented for each open `console.group` (every
    /// line of it, as Node does).
    fn console_write(&mut self, stream: Stream, text: String) -> JsResult<()> {
        if self.console_indent == 0 {
            return self.print(stream, text);
        }
        let indent = "  ".repeat(self.console_indent);
        let text = format!("{indent}{}", text.replace('\n', &format!("\n{indent}")));
        self.print(stream, text)
    }

    /// Refuses to print what jsorder cannot print as Node does, looking
    /// `levels` deep.
    fn check_printable(&mut self, args: &[Value], levels: usize) -> JsResult<()> {
        let global = self.intrinsics.global_object.clone();
        let found = args
            .iter()
            .find_map(|a| unprintable(a, global.as_ref(), 0, levels, &mut Vec::new()));
        match found {
            Some(Unprintable::Timer) => Err(self.unsupported_timer_value()),
            Some(Unprintable::ErrorCause) => Err(self.unsupported(
                "printing an error whose `cause` is an error is not supported (Node folds the \
                 stack frames the two share, which depend on the machine)"
                    .into(),
            )),
            Some(Unprintable::Unmodelled(what)) => {
                Err(self.unsupported(format!("printing {what} is not supported")))
            }
            None => Ok(()),
        }
    }

    /// The inspection depth of `console.dir(value, options)`: Node's default
    /// 2, or the `depth` option (a number, or `null` for no limit).
    fn dir_depth(&mut self, value: &Value, options: &Value) -> JsResult<i64> {
        let depth = self.depth_option(options)?;
        self.inspection_depth(value, depth)
    }

    /// The `depth` of an options object (`undefined` when it has none),
    /// refusing the options jsorder does not model.
    fn depth_option(&mut self, options: &Value) -> JsResult<Value> {
        let Value::Object(o) = options else {
            return Ok(Value::Undefined);
        };
        let keys = o.borrow().keys();
        if let Some(other) = keys.iter().find(|k| &***k != "depth") {
            return Err(self.unsupported(format!(
                "the `{other}` option of `console.dir` is not supported yet"
            )));
        }
        self.get_named(options, "depth")
    }

    /// How deep to inspect `value` for a `depth` of `undefined` (Node's
    /// default 2), `null` (no limit) or a number.
    fn inspection_depth(&mut self, value: &Value, depth: Value) -> JsResult<i64> {
        let depth = match depth {
            Value::Undefined => return Ok(2),
            Value::Null => f64::INFINITY,
            Value::Number(n) if n >= 0.0 => n.floor(),
            _ => {
                return Err(self.unsupported(
                    "`console.dir` with a `depth` other than a number or null is not supported"
                        .into(),
                ))
            }
        };
        if depth <= MAX_DIR_DEPTH as f64 {
            return Ok(depth as i64);
        }
        if nesting(value, MAX_DIR_DEPTH as usize, &mut Vec::new()) >= MAX_DIR_DEPTH as usize {
            return Err(self.unsupported(format!(
                "`console.dir` of a value nested more than {MAX_DIR_DEPTH} levels deep is not \
                 supported"
            )));
        }
        Ok(MAX_DIR_DEPTH)
    }
}

/// How deeply objects nest in `v`, up to `cap`.
fn nesting(v: &Value, cap: usize, seen: &mut Vec<usize>) -> usize {
    let Value::Object(o) = v else {
        return 0;
    };
    if cap == 0 || seen.contains(&o.addr()) {
        return 0;
    }
    seen.push(o.addr());
    let inner = shown_inside(&o.borrow());
    // (Objects stay in `seen`: a shared object is measured once, so a
    // lattice of shared objects costs linear time, not exponential.)
    let deepest = inner.iter().map(|x| nesting(x, cap - 1, seen)).max();
    1 + deepest.unwrap_or(0)
}

/// What `console.log` cannot print faithfully.
enum Unprintable {
    /// A `Timeout` or `Immediate` object.
    Timer,
    /// An error with an error as its `cause`.
    ErrorCause,
    /// A built-in whose many properties jsorder does not model (`console`,
    /// `process`, the global object), named for a message.
    Unmodelled(&'static str),
}

/// Whether printing `v` would show something [`Unprintable`] (looking as deep
/// as it is printed, `levels`, and into promise results).
fn unprintable(
    v: &Value,
    global: Option<&Obj>,
    depth: usize,
    levels: usize,
    seen: &mut Vec<usize>,
) -> Option<Unprintable> {
    let Value::Object(o) = v else {
        return None;
    };
    if depth > levels || seen.contains(&o.addr()) {
        return None;
    }
    if global.is_some_and(|g| g.ptr_eq(o)) {
        return Some(Unprintable::Unmodelled(
            "the global object (`this` in a plain function call)",
        ));
    }
    seen.push(o.addr());
    let d = o.borrow();
    let inner: Vec<Value> = match &d.kind {
        ObjectKind::Timeout(_) | ObjectKind::Immediate(_) => return Some(Unprintable::Timer),
        ObjectKind::Namespace("console") => return Some(Unprintable::Unmodelled("`console`")),
        ObjectKind::Namespace("process") => return Some(Unprintable::Unmodelled("`process`")),
        ObjectKind::Namespace("timers/promises") => {
            return Some(Unprintable::Unmodelled("the `timers/promises` module"))
        }
        ObjectKind::Namespace("util") => return Some(Unprintable::Unmodelled("the `util` module")),
        ObjectKind::Emitter(_) => {
            return Some(Unprintable::Unmodelled(
                "an EventEmitter (Node shows its internal `_events` fields and symbols)",
            ))
        }
        ObjectKind::Function(FunctionData {
            call: Callable::Native(Native::Node(NodeFn::EventEmitter | NodeFn::Require)),
            ..
        }) => {
            return Some(Unprintable::Unmodelled(
                "`EventEmitter` or `require` (Node shows their many properties)",
            ))
        }
        ObjectKind::Error(_) => {
            let cause = d.props.get("cause").map(|p| &p.value);
            if matches!(cause, Some(Value::Object(c)) if matches!(c.borrow().kind, ObjectKind::Error(_)))
            {
                return Some(Unprintable::ErrorCause);
            }
            shown_inside(&d)
        }
        _ => shown_inside(&d),
    };
    drop(d);
    inner
        .iter()
        .find_map(|x| unprintable(x, global, depth + 1, levels, seen))
}

/// The values printing an object shows inside it: its elements or entries,
/// a settled promise's result, a collection iterator's collection, then its
/// properties.
fn shown_inside(d: &ObjectData) -> Vec<Value> {
    let mut inner: Vec<Value> = match &d.kind {
        ObjectKind::Array(items) => items.to_vec(),
        ObjectKind::Map(t) | ObjectKind::Set(t) => t
            .entries()
            .flat_map(|(k, v)| [k.clone(), v.clone()])
            .collect(),
        ObjectKind::MapIterator(it) | ObjectKind::SetIterator(it) => match &it.source {
            Some((source, _)) => vec![Value::Object(source.clone())],
            None => Vec::new(),
        },
        ObjectKind::Promise(p) => match &p.state {
            PromiseState::Fulfilled(x) | PromiseState::Rejected(x) => vec![x.clone()],
            PromiseState::Pending => Vec::new(),
        },
        _ => Vec::new(),
    };
    inner.extend(d.props.iter().map(|(_, p)| p.value.clone()));
    inner
}

/// `console.log`'s directives run user code (`toString`, `valueOf`, `toJSON`) in the realm.
impl inspect::Conversions for Realm {
    fn string(&mut self, v: &Value) -> JsResult<String> {
        Ok(self.coerce_string(v)?.to_string())
    }
    fn number(&mut self, v: &Value) -> JsResult<f64> {
        self.coerce_number(v)
    }
    fn json(&mut self, v: &Value) -> JsResult<Option<String>> {
        match super::stdlib::json_stringify(self, v, "") {
            Err(Exc::Throw(e)) if is_circular_json_error(&e) => Ok(Some("[Circular]".into())),
            r => r,
        }
    }
    fn unsupported(&mut self, what: &str) -> Exc {
        Realm::unsupported(self, what.to_string())
    }
    fn running(&self, code: &Rc<FunctionCode>) -> bool {
        self.is_running(code)
    }
}

/// Node's `tryStringify` turns exactly the circular-structure TypeError into `[Circular]`.
fn is_circular_json_error(e: &Value) -> bool {
    let Value::Object(o) = e else {
        return false;
    };
    let d = o.borrow();
    matches!(d.kind, ObjectKind::Error(ErrorType::TypeError))
        && d.props
            .get("message")
            .is_some_and(|m| m.value.to_js_string().contains("circular structure"))
}
