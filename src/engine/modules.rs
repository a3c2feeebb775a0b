//! `require` and the Node modules it gives: `events` (see `events.rs`),
//! `timers/promises` and `util`.
//!
//! `timers/promises` is Node's timers with a promise's resolve function as
//! the callback: `setTimeout(delay, value)` makes an ordinary timer in the
//! lists `setTimeout(f, delay)` uses, and when it fires, its callback
//! resolves the promise with `value`; the promise's reactions then run in
//! the drain after that callback, like those of any timer callback
//! (`lib/timers/promises.js`: `new Timeout(resolve, after, [value], …)`).
//! `setImmediate(value)` does the same through the check phase.
//!
//! `util` gives `format` and `inspect` (what `console.log` prints) and
//! `promisify`: `setTimeout` and `setImmediate` carry Node's custom
//! promisified forms, the functions of `timers/promises`; any other
//! function gets a wrapper that calls it, inside a promise executor, with a
//! callback `(err, value)` appended (`lib/internal/util.js`).

use super::builtins::{arg_type_error, arg_type_error_value, HostFn, Native};
use super::event::TaskKind;
use super::events::{self, EmitterFn};
use super::realm::Realm;
use super::value::{Callable, Obj, ObjectKind, Value};
use super::{Exc, JsResult};
use crate::syntax::modules;
use std::rc::Rc;

/// A built-in of Node's modules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NodeFn {
    /// `require`
    Require,
    /// `EventEmitter`, the value of `require('events')`.
    EventEmitter,
    /// A method of `EventEmitter.prototype`.
    Emitter(EmitterFn),
    /// `require('events').once`
    Once,
    /// `toString` of Node's coded errors (`Error [ERR_X]: message`).
    CodedErrorToString,
    /// `require('timers/promises').setTimeout`
    PromiseTimeout,
    /// `require('timers/promises').setImmediate`
    PromiseImmediate,
    /// `require('timers/promises').setInterval`
    PromiseInterval,
    /// `require('util').promisify`
    Promisify,
    /// `require('util').format`
    Format,
    /// `require('util').inspect`
    Inspect,
}

/// Statics of Node's `EventEmitter` that jsorder does not model.
const UNMODELLED_STATICS: [&str; 13] = [
    "on",
    "prototype",
    "init",
    "listenerCount",
    "getEventListeners",
    "getMaxListeners",
    "setMaxListeners",
    "errorMonitor",
    "captureRejections",
    "captureRejectionSymbol",
    "usingDomains",
    "addAbortListener",
    "EventEmitterAsyncResource",
];

impl Realm {
    /// The `EventEmitter` constructor (one per run, like Node's module cache).
    pub fn event_emitter_ctor(&mut self) -> Value {
        if let Some(ctor) = &self.intrinsics.event_emitter {
            return ctor.clone();
        }
        let ctor = self.native_fn("EventEmitter", Native::Node(NodeFn::EventEmitter));
        self.intrinsics.event_emitter = Some(ctor.clone());
        ctor
    }

    /// Whether `v` is the `EventEmitter` constructor.
    pub fn is_event_emitter_ctor(&self, v: &Value) -> bool {
        self.intrinsics
            .event_emitter
            .as_ref()
            .is_some_and(|c| c.strict_equals(v))
    }

    /// What `require('timers/promises')` gives.
    fn timers_promises(&mut self) -> Value {
        if let Some(m) = &self.intrinsics.timers_promises {
            return m.clone();
        }
        let m = self.module_namespace(
            "timers/promises",
            &[
                ("setTimeout", NodeFn::PromiseTimeout),
                ("setImmediate", NodeFn::PromiseImmediate),
                ("setInterval", NodeFn::PromiseInterval),
            ],
        );
        self.intrinsics.timers_promises = Some(m.clone());
        m
    }

    /// What `require('util')` gives.
    fn util(&mut self) -> Value {
        if let Some(m) = &self.intrinsics.util {
            return m.clone();
        }
        let m = self.module_namespace(
            "util",
            &[
                ("promisify", NodeFn::Promisify),
                ("format", NodeFn::Format),
                ("inspect", NodeFn::Inspect),
            ],
        );
        self.intrinsics.util = Some(m.clone());
        m
    }

    /// A module object whose members are these built-ins (any other member
    /// is refused by name).
    fn module_namespace(&mut self, name: &'static str, members: &[(&str, NodeFn)]) -> Value {
        let m = Value::Object(Obj::new(ObjectKind::Namespace(name)));
        for (key, f) in members {
            let v = self.native_fn(key, Native::Node(*f));
            self.define_hidden(&m, key, v);
        }
        m
    }
}

/// Whether `key` is an own static of one of Node's `util` functions that
/// jsorder does not model: `promisify.custom` and `inspect.custom` are
/// symbols (which jsorder lacks), the rest are inspect's option tables.
/// Reading one must be refused rather than give `undefined`.
pub fn unmodelled_util_static(f: NodeFn, key: &str) -> bool {
    match f {
        NodeFn::Promisify => key == "custom",
        NodeFn::Inspect => matches!(key, "custom" | "defaultOptions" | "colors" | "styles"),
        _ => false,
    }
}

/// `EventEmitter.key` for a key the constructor has no own property for:
/// `require('events').EventEmitter` is the constructor itself.
pub fn event_emitter_static(realm: &mut Realm, ctor: &Value, key: &str) -> Option<JsResult<Value>> {
    match key {
        "EventEmitter" => Some(Ok(ctor.clone())),
        "once" => Some(Ok(realm.shared_method(
            TAG_EVENTS,
            "once",
            Native::Node(NodeFn::Once),
        ))),
        "defaultMaxListeners" => Some(Ok(Value::Number(10.0))),
        _ if UNMODELLED_STATICS.contains(&key) => Some(Err(
            realm.unsupported(format!("`EventEmitter.{key}` is not supported yet"))
        )),
        _ => None,
    }
}

/// Shared method objects of the `events` module (see [`Realm::shared_method`]).
const TAG_EVENTS: u8 = 41;

/// Calls a built-in of Node's modules.
pub fn call(realm: &mut Realm, f: NodeFn, this: Value, args: Vec<Value>) -> JsResult<Value> {
    let arg = |i: usize| args.get(i).cloned().unwrap_or(Value::Undefined);
    match f {
        NodeFn::Require => require(realm, &arg(0)),
        // Node's `EventEmitter` is a plain function: called without `new`,
        // it sets up `this`, which jsorder does not model.
        NodeFn::EventEmitter => Err(realm.unsupported(
            "calling `EventEmitter` without `new` is not supported (use `new EventEmitter()`)"
                .into(),
        )),
        NodeFn::Emitter(m) => events::call(realm, m, this, args),
        NodeFn::Once => events::once(realm, args),
        NodeFn::CodedErrorToString => events::coded_error_to_string(realm, &this),
        NodeFn::PromiseTimeout => promise_timer(realm, false, args),
        NodeFn::PromiseImmediate => promise_timer(realm, true, args),
        NodeFn::PromiseInterval => Err(realm.unsupported(
            "`setInterval` of `timers/promises` (an async iterator) is not supported yet".into(),
        )),
        NodeFn::Promisify => promisify(realm, &arg(0)),
        NodeFn::Format => Ok(Value::str(&realm.format_args(&args)?)),
        NodeFn::Inspect => Ok(Value::str(&realm.util_inspect(&args)?)),
    }
}

/// `util.promisify(original)`.
fn promisify(realm: &mut Realm, original: &Value) -> JsResult<Value> {
    let Value::Object(o) = original else {
        return Err(arg_type_error(realm, "original", "function", original));
    };
    let (name, custom) = match &o.borrow().kind {
        ObjectKind::Function(f) => {
            let custom = match f.call {
                Callable::Native(Native::Host(HostFn::SetTimeout)) => Some("setTimeout"),
                Callable::Native(Native::Host(HostFn::SetImmediate)) => Some("setImmediate"),
                _ => None,
            };
            (f.name.clone(), custom)
        }
        _ => return Err(arg_type_error(realm, "original", "function", original)),
    };
    if let Some(key) = custom {
        let timers = realm.timers_promises();
        return realm.get_named(&timers, key);
    }
    // Node copies the original's own properties, `name` among them.
    Ok(realm.native_fn(&name, Native::Promisified(o.clone())))
}

/// Calls a promisified function: `original(...args, callback)` inside a
/// promise executor, so that a throw rejects the promise.
pub fn call_promisified(
    realm: &mut Realm,
    original: &Obj,
    this: Value,
    mut args: Vec<Value>,
) -> JsResult<Value> {
    let p = realm.new_promise();
    let (resolve, reject) = realm.resolving_functions(&p);
    let callback = realm.native_fn(
        "",
        Native::PromisifyCallback {
            resolve,
            reject: reject.clone(),
        },
    );
    args.push(callback);
    match realm.call(&Value::Object(original.clone()), this, args) {
        Ok(_) => {}
        Err(Exc::Throw(e)) => {
            realm.call(&reject, Value::Undefined, vec![e])?;
        }
        Err(halt) => return Err(halt),
    }
    Ok(Value::Object(p))
}

/// `new F(...args)` for Node's constructors.
pub fn construct(realm: &mut Realm, f: NodeFn, args: Vec<Value>) -> JsResult<Value> {
    match f {
        NodeFn::EventEmitter => events::construct(realm, &args),
        _ => Err(realm.not_a_constructor()),
    }
}

/// `require(id)`.
fn require(realm: &mut Realm, id: &Value) -> JsResult<Value> {
    let Value::String(name) = id else {
        return Err(arg_type_error(realm, "id", "string", id));
    };
    match modules::requirable(name) {
        Some("events") => Ok(realm.event_emitter_ctor()),
        Some("util") => Ok(realm.util()),
        Some(_) => Ok(realm.timers_promises()),
        None => Err(realm.unsupported(modules::refusal(name))),
    }
}

/// `setTimeout(delay, value, options)` (`immediate` false) or
/// `setImmediate(value, options)` of `timers/promises`. Bad arguments give a
/// rejected promise, as Node's `try { validate… } catch (err) { return
/// PromiseReject(err) }` does.
fn promise_timer(realm: &mut Realm, immediate: bool, args: Vec<Value>) -> JsResult<Value> {
    let mut args = args.into_iter();
    let delay = match immediate {
        true => Value::Undefined,
        false => args.next().unwrap_or(Value::Undefined),
    };
    let value = args.next().unwrap_or(Value::Undefined);
    let options = args.next().unwrap_or(Value::Undefined);
    if !matches!(delay, Value::Undefined | Value::Number(_)) {
        return Ok(rejected_with_arg_type_error(
            realm, "delay", "number", &delay,
        ));
    }
    match &options {
        Value::Undefined => {}
        Value::Object(o) if matches!(o.borrow().kind, ObjectKind::Ordinary) => {
            for key in ["signal", "ref"] {
                let v = realm.get_named(&options, key)?;
                if !v.is_undefined() {
                    return Err(realm.unsupported(format!(
                        "the `{key}` option of `timers/promises` is not supported yet"
                    )));
                }
            }
        }
        Value::Object(_) => {
            return Err(realm.unsupported(
                "an options argument of `timers/promises` that is not a plain object is not \
                 supported"
                    .into(),
            ))
        }
        _ => {
            return Ok(rejected_with_arg_type_error(
                realm, "options", "object", &options,
            ));
        }
    }
    let p = realm.new_promise();
    let (resolve, _reject) = realm.resolving_functions(&p);
    let kind = match immediate {
        true => TaskKind::Immediate,
        false => TaskKind::Timeout,
    };
    let mut task = realm.new_task(kind, None);
    task.callback = Rc::from("(resolves a timers/promises promise)");
    match immediate {
        true => {
            realm.schedule_immediate(resolve, vec![value], task);
        }
        false => {
            let delay = match delay {
                Value::Number(n) => n,
                _ => f64::NAN,
            };
            realm.schedule_timer(resolve, vec![value], delay, task, false);
        }
    }
    Ok(Value::Object(p))
}

/// A promise rejected with Node's `ERR_INVALID_ARG_TYPE` TypeError for
/// argument `name`, which must be of type `ty`.
fn rejected_with_arg_type_error(realm: &mut Realm, name: &str, ty: &str, v: &Value) -> Value {
    let e = arg_type_error_value(realm, name, ty, v);
    Value::Object(realm.rejected_promise(e))
}
