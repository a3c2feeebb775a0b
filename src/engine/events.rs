//! Node's `EventEmitter` (`require('events')`), as `lib/events.js` of Node 20
//! writes it.
//!
//! `emit` is a plain synchronous call: it runs the listeners registered for
//! the event, in order, with the emitter as `this`, and no drain happens
//! between them (SEMANTICS.md §1). It runs a copy of the list taken when it
//! starts, so a listener added during an emit waits for the next one, and a
//! listener removed during an emit still runs in it — except a `once`
//! listener that already fired, which Node's wrapper skips.
//!
//! An emitter's listeners live in [`Emitter`], not in properties: Node keeps
//! them in `_events`, an object with symbol-keyed siblings that
//! `console.log` would show, so printing an emitter or listing its keys is
//! refused (see `builtins::unprintable` and `Realm::refuse_unmodelled_keys`).

use super::builtins::{arg_type_error, out_of_range_error, Native};
use super::inspect;
use super::modules::NodeFn;
use super::realm::Realm;
use super::value::{array_index, ErrorType, Obj, ObjectKind, Property, Value};
use super::{Exc, JsResult};
use std::cell::Cell;
use std::rc::Rc;

/// Node's `EventEmitter.defaultMaxListeners`.
const DEFAULT_MAX_LISTENERS: f64 = 10.0;

/// What `new EventEmitter()` holds: Node's `_events` and `_maxListeners`.
#[derive(Debug)]
pub struct Emitter {
    /// Event names with their listeners, in the order the names were first
    /// added (a name whose last listener is removed is deleted, so adding
    /// it again puts it last, as `delete events[type]` does in Node).
    events: Vec<(Rc<str>, Vec<Listener>)>,
    /// `setMaxListeners(n)`; only read back by `getMaxListeners` (going past
    /// it prints a warning on stderr, which jsorder does not model).
    max_listeners: f64,
}

impl Default for Emitter {
    fn default() -> Self {
        Emitter {
            events: Vec::new(),
            max_listeners: DEFAULT_MAX_LISTENERS,
        }
    }
}

impl Emitter {
    fn list(&self, name: &str) -> Option<&Vec<Listener>> {
        self.events
            .iter()
            .find(|(n, _)| **n == *name)
            .map(|(_, l)| l)
    }

    fn has(&self, name: &str) -> bool {
        self.list(name).is_some()
    }
}

/// One registered listener.
#[derive(Debug, Clone)]
struct Listener {
    /// The function the program registered.
    f: Value,
    /// For a `once` listener, Node's `onceWrapper` state: whether it fired.
    /// The cell is shared with every copy an emit in progress holds, and its
    /// address identifies the wrapper.
    once: Option<Rc<Cell<bool>>>,
}

/// Which listener `removeListener` takes out.
enum Which<'a> {
    /// The last one registered as this function (also through `once`).
    Function(&'a Value),
    /// This `once` wrapper (it removes itself before calling its function).
    Wrapper(&'a Rc<Cell<bool>>),
}

impl Listener {
    fn is(&self, which: &Which<'_>) -> bool {
        match which {
            Which::Function(f) => self.f.strict_equals(f),
            Which::Wrapper(w) => self.once.as_ref().is_some_and(|o| Rc::ptr_eq(o, w)),
        }
    }
}

/// A method of `EventEmitter.prototype`.
#[allow(missing_docs)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EmitterFn {
    On,
    PrependListener,
    Once,
    PrependOnceListener,
    RemoveListener,
    RemoveAllListeners,
    Emit,
    ListenerCount,
    Listeners,
    EventNames,
    SetMaxListeners,
    GetMaxListeners,
}

/// `EventEmitter.prototype`'s members by name, with the name of the function
/// (in Node, `on` is the function `addListener`, and `off` is `removeListener`).
fn lookup(name: &str) -> Option<(&'static str, EmitterFn)> {
    use EmitterFn::*;
    Some(match name {
        "on" => ("addListener", On),
        "addListener" => ("addListener", On),
        "prependListener" => ("prependListener", PrependListener),
        "once" => ("once", Once),
        "prependOnceListener" => ("prependOnceListener", PrependOnceListener),
        "off" => ("removeListener", RemoveListener),
        "removeListener" => ("removeListener", RemoveListener),
        "removeAllListeners" => ("removeAllListeners", RemoveAllListeners),
        "emit" => ("emit", Emit),
        "listenerCount" => ("listenerCount", ListenerCount),
        "listeners" => ("listeners", Listeners),
        "eventNames" => ("eventNames", EventNames),
        "setMaxListeners" => ("setMaxListeners", SetMaxListeners),
        "getMaxListeners" => ("getMaxListeners", GetMaxListeners),
        _ => return None,
    })
}

/// Members Node's emitters have that jsorder does not model: the internal
/// fields and `rawListeners` (which shows Node's `once` wrappers).
const UNMODELLED_MEMBERS: [&str; 4] = ["_events", "_eventsCount", "_maxListeners", "rawListeners"];

/// Whether `'key' in emitter` holds without an own property.
pub fn has_member(key: &str) -> bool {
    lookup(key).is_some() || UNMODELLED_MEMBERS.contains(&key) || key == "constructor"
}

/// Shared method objects of emitters (see [`Realm::shared_method`]).
const TAG_EMITTER: u8 = 40;

/// `emitter.key`, when the emitter has no own property `key`.
pub fn member(realm: &mut Realm, key: &str) -> JsResult<Value> {
    if let Some((name, f)) = lookup(key) {
        return Ok(realm.shared_method(TAG_EMITTER, name, Native::Node(NodeFn::Emitter(f))));
    }
    if UNMODELLED_MEMBERS.contains(&key) {
        return Err(realm.unsupported(format!(
            "`{key}` of an EventEmitter is not supported (Node's internal listener lists)"
        )));
    }
    match key {
        "constructor" => Ok(realm.event_emitter_ctor()),
        _ => super::stdlib::object_method(realm, key),
    }
}

/// `new EventEmitter(options)`.
pub fn construct(realm: &mut Realm, args: &[Value]) -> JsResult<Value> {
    if let Some(Value::Object(options)) = args.first() {
        let capture = realm.get_named(&Value::Object(options.clone()), "captureRejections")?;
        if capture.truthy() {
            return Err(realm.unsupported(
                "`new EventEmitter({ captureRejections: true })` is not supported yet".into(),
            ));
        }
    }
    let o = realm.alloc(ObjectKind::Emitter(Box::default()))?;
    Ok(Value::Object(o))
}

/// Calls a method of `EventEmitter.prototype` on `this`.
pub fn call(realm: &mut Realm, f: EmitterFn, this: Value, args: Vec<Value>) -> JsResult<Value> {
    let emitter = match &this {
        Value::Object(o) if matches!(o.borrow().kind, ObjectKind::Emitter(_)) => o.clone(),
        _ => {
            return Err(realm.unsupported(format!(
                "`{f:?}` of EventEmitter called on something other than an EventEmitter is not \
                 supported"
            )))
        }
    };
    let arg = |i: usize| args.get(i).cloned().unwrap_or(Value::Undefined);
    use EmitterFn::*;
    match f {
        On | PrependListener | Once | PrependOnceListener => {
            let listener = realm.expect_function(&arg(1), "listener")?;
            let once = matches!(f, Once | PrependOnceListener);
            let prepend = matches!(f, PrependListener | PrependOnceListener);
            let name = realm.property_key(&arg(0));
            add_listener(realm, &emitter, name, listener, once, prepend)?;
            Ok(this)
        }
        RemoveListener => {
            let listener = realm.expect_function(&arg(1), "listener")?;
            let name = realm.property_key(&arg(0));
            remove_listener(realm, &emitter, &name, Which::Function(&listener))?;
            Ok(this)
        }
        RemoveAllListeners => {
            let name = match args.is_empty() {
                true => None,
                false => Some(realm.property_key(&arg(0))),
            };
            remove_all_listeners(realm, &emitter, name)?;
            Ok(this)
        }
        Emit => {
            let mut args = args.into_iter();
            let name = args.next().unwrap_or(Value::Undefined);
            let name = realm.property_key(&name);
            let emitted = emit(realm, &emitter, &name, args.collect())?;
            Ok(Value::Bool(emitted))
        }
        ListenerCount => {
            let name = realm.property_key(&arg(0));
            let only = args.get(1).filter(|v| !v.is_nullish());
            let count = with_emitter(&emitter, |e| {
                e.list(&name).map_or(0, |list| {
                    list.iter()
                        .filter(|l| only.is_none_or(|f| l.f.strict_equals(f)))
                        .count()
                })
            });
            Ok(Value::Number(count as f64))
        }
        Listeners => {
            let name = realm.property_key(&arg(0));
            let fs = with_emitter(&emitter, |e| {
                e.list(&name)
                    .map(|list| list.iter().map(|l| l.f.clone()).collect())
                    .unwrap_or_default()
            });
            Ok(realm.new_array(fs))
        }
        EventNames => {
            let names = with_emitter(&emitter, |e| {
                // `Reflect.ownKeys(_events)`: integer-like names first, ascending.
                let mut names: Vec<Rc<str>> = e.events.iter().map(|(n, _)| n.clone()).collect();
                names.sort_by_key(|n| array_index(n).map_or((1, 0), |i| (0, i)));
                names
            });
            let names = names.into_iter().map(Value::String).collect();
            Ok(realm.new_array(names))
        }
        SetMaxListeners => {
            let n = arg(0);
            // Node validates the argument under the method's name.
            match n {
                Value::Number(n) if n >= 0.0 => {
                    with_emitter_mut(&emitter, |e| e.max_listeners = n);
                    Ok(this)
                }
                Value::Number(_) => {
                    let rule = format!("It must be >= 0. Received {}", inspect::inspect(&n));
                    Err(out_of_range_error(realm, "setMaxListeners", &rule))
                }
                _ => Err(arg_type_error(realm, "setMaxListeners", "number", &n)),
            }
        }
        GetMaxListeners => Ok(Value::Number(with_emitter(&emitter, |e| e.max_listeners))),
    }
}

fn with_emitter<T>(o: &Obj, f: impl FnOnce(&Emitter) -> T) -> T {
    match &o.borrow().kind {
        ObjectKind::Emitter(e) => f(e),
        _ => unreachable!("with_emitter: checked by the caller"),
    }
}

fn with_emitter_mut<T>(o: &Obj, f: impl FnOnce(&mut Emitter) -> T) -> T {
    match &mut o.borrow_mut().kind {
        ObjectKind::Emitter(e) => f(e),
        _ => unreachable!("with_emitter_mut: checked by the caller"),
    }
}

/// Node's `_addListener`: a `newListener` event first (with the function the
/// program passed), then the listener goes last (or first, to prepend).
fn add_listener(
    realm: &mut Realm,
    emitter: &Obj,
    name: Rc<str>,
    f: Value,
    once: bool,
    prepend: bool,
) -> JsResult<()> {
    if with_emitter(emitter, |e| e.has("newListener")) {
        emit(
            realm,
            emitter,
            "newListener",
            vec![Value::String(name.clone()), f.clone()],
        )?;
    }
    let listener = Listener {
        f,
        once: once.then(|| Rc::new(Cell::new(false))),
    };
    with_emitter_mut(emitter, |e| {
        match e.events.iter_mut().find(|(n, _)| *n == name) {
            Some((_, list)) if prepend => list.insert(0, listener),
            Some((_, list)) => list.push(listener),
            None => e.events.push((name, vec![listener])),
        }
    });
    Ok(())
}

/// Node's `removeListener`: takes out the last matching listener, then emits
/// `removeListener` if anyone listens to that.
fn remove_listener(realm: &mut Realm, emitter: &Obj, name: &str, which: Which<'_>) -> JsResult<()> {
    // (was the list a single listener, the function `removeListener` gets)
    let removed = with_emitter_mut(emitter, |e| {
        let at = e.events.iter().position(|(n, _)| **n == *name)?;
        let list = &mut e.events[at].1;
        let position = list.iter().rposition(|l| l.is(&which))?;
        let single = list.len() == 1;
        let listener = list.remove(position);
        if list.is_empty() {
            e.events.remove(at);
        }
        Some((single, listener))
    });
    let Some((single, listener)) = removed else {
        return Ok(());
    };
    if !with_emitter(emitter, |e| e.has("removeListener")) {
        return Ok(());
    }
    // Node passes the function it was asked to remove: for a `once` listener
    // removing itself from a list of several, that is its internal wrapper.
    if !single && matches!(which, Which::Wrapper(_)) {
        return Err(realm.unsupported(
            "a 'removeListener' listener told of a `once` listener that removed itself is not \
             supported (Node passes its internal wrapper function)"
                .into(),
        ));
    }
    let args = vec![Value::str(name), listener.f];
    emit(realm, emitter, "removeListener", args)?;
    Ok(())
}

/// Node's `removeAllListeners`: with `removeListener` listeners around, each
/// listener is removed on its own (last first) so that they hear of it, and
/// the `removeListener` ones go last.
fn remove_all_listeners(realm: &mut Realm, emitter: &Obj, name: Option<Rc<str>>) -> JsResult<()> {
    if !with_emitter(emitter, |e| e.has("removeListener")) {
        with_emitter_mut(emitter, |e| match &name {
            None => e.events.clear(),
            Some(name) => e.events.retain(|(n, _)| n != name),
        });
        return Ok(());
    }
    match name {
        None => {
            let names: Vec<Rc<str>> = with_emitter(emitter, |e| {
                e.events.iter().map(|(n, _)| n.clone()).collect()
            });
            for n in names.into_iter().filter(|n| &**n != "removeListener") {
                remove_all_listeners(realm, emitter, Some(n))?;
            }
            remove_all_listeners(realm, emitter, Some(Rc::from("removeListener")))?;
            with_emitter_mut(emitter, |e| e.events.clear());
        }
        Some(name) => {
            let list = with_emitter(emitter, |e| e.list(&name).cloned().unwrap_or_default());
            for l in list.iter().rev() {
                remove_listener(realm, emitter, &name, Which::Function(&l.f))?;
            }
        }
    }
    Ok(())
}

/// `emitter.emit(name, ...args)`: whether anyone listened.
pub fn emit(realm: &mut Realm, emitter: &Obj, name: &str, args: Vec<Value>) -> JsResult<bool> {
    let listeners = with_emitter(emitter, |e| e.list(name).cloned());
    let Some(listeners) = listeners else {
        if name == "error" {
            let er = args.into_iter().next().unwrap_or(Value::Undefined);
            return Err(unhandled_error(realm, er));
        }
        return Ok(false);
    };
    let this = Value::Object(emitter.clone());
    for l in listeners {
        if let Some(fired) = &l.once {
            // Node's `onceWrapper`: removes itself, then calls the listener.
            if fired.get() {
                continue;
            }
            remove_listener(realm, emitter, name, Which::Wrapper(fired))?;
            fired.set(true);
        }
        realm.call(&l.f, this.clone(), args.clone())?;
    }
    Ok(true)
}

/// What `emit('error', er)` throws when nobody listens: `er` itself if it
/// is an error, otherwise Node's `ERR_UNHANDLED_ERROR` naming it.
fn unhandled_error(realm: &mut Realm, er: Value) -> Exc {
    let is_error =
        matches!(&er, Value::Object(o) if matches!(o.borrow().kind, ObjectKind::Error(_)));
    if is_error {
        return Exc::Throw(er);
    }
    let message = format!("Unhandled error. ({})", inspect::inspect(&er));
    let e = realm.make_error(ErrorType::Error, &message);
    node_error_code(realm, &e, "ERR_UNHANDLED_ERROR");
    if let Value::Object(o) = &e {
        o.borrow_mut()
            .props
            .insert(Rc::from("context"), Property::data(er));
    }
    Exc::Throw(e)
}

/// Makes `e` one of Node's coded errors: an enumerable `code`, the code in
/// its stack header and in `String(e)` (`Error [ERR_X]: message`).
pub fn node_error_code(realm: &mut Realm, e: &Value, code: &str) {
    let Value::Object(o) = e else {
        return;
    };
    let (name, message) = {
        let d = o.borrow();
        let name = match d.kind {
            ObjectKind::Error(ty) => ty.name(),
            _ => "Error",
        };
        let message = d.props.get("message").map(|p| p.value.to_js_string());
        (name, message.unwrap_or_else(|| Rc::from("")))
    };
    let header = format!("{name} [{code}]: {message}");
    let to_string = realm.native_fn("toString", Native::Node(NodeFn::CodedErrorToString));
    let mut d = o.borrow_mut();
    d.props.insert(
        Rc::from("stack"),
        Property::hidden(Value::String(Rc::from(format!(
            "{header}\n    at <anonymous>"
        )))),
    );
    d.props
        .insert(Rc::from("code"), Property::data(Value::str(code)));
    // Node's error classes have this `toString` on their prototype.
    d.props
        .insert(Rc::from("toString"), Property::hidden(to_string));
}

/// `toString` of Node's coded errors: `${name} [${code}]: ${message}`.
pub fn coded_error_to_string(realm: &mut Realm, this: &Value) -> JsResult<Value> {
    let name = realm.get_named(this, "name")?;
    let name = realm.coerce_string(&name)?;
    let code = realm.get_named(this, "code")?;
    let code = realm.coerce_string(&code)?;
    let message = realm.get_named(this, "message")?;
    let message = realm.coerce_string(&message)?;
    Ok(Value::str(&format!("{name} [{code}]: {message}")))
}

/// The state of one `events.once(emitter, name)` call, shared by the two
/// listeners it adds.
#[derive(Debug)]
pub struct OncePromise {
    emitter: Obj,
    name: Rc<str>,
    resolve: Value,
    reject: Value,
    /// The listener for `name` (Node's `resolver`).
    resolver: std::cell::RefCell<Value>,
    /// The listener for `'error'` (Node's `errorListener`), unless `name` is `'error'`.
    error_listener: std::cell::RefCell<Value>,
}

/// `events.once(emitter, name)`: Node's `async function once` returns a
/// promise that a `once` listener for `name` fulfils with the array of the
/// emit's arguments, and a `once` listener for `'error'` rejects. Being an
/// async function returning that promise, its own promise follows it two
/// jobs later.
pub fn once(realm: &mut Realm, args: Vec<Value>) -> JsResult<Value> {
    let arg = |i: usize| args.get(i).cloned().unwrap_or(Value::Undefined);
    let emitter = match arg(0) {
        Value::Object(o) if matches!(o.borrow().kind, ObjectKind::Emitter(_)) => o,
        _ => {
            return Err(realm.unsupported(
                "`events.once` of something other than an EventEmitter is not supported".into(),
            ))
        }
    };
    if !arg(2).is_undefined() {
        return Err(realm.unsupported("the options of `events.once` are not supported yet".into()));
    }
    let name = realm.property_key(&arg(1));
    let inner = realm.new_promise();
    let (resolve, reject) = realm.resolving_functions(&inner);
    let state = Rc::new(OncePromise {
        emitter: emitter.clone(),
        name: name.clone(),
        resolve,
        reject,
        resolver: std::cell::RefCell::new(Value::Undefined),
        error_listener: std::cell::RefCell::new(Value::Undefined),
    });
    let resolver = realm.native_fn("resolver", Native::OnceListener(state.clone(), false));
    *state.resolver.borrow_mut() = resolver.clone();
    add_listener(realm, &emitter, name.clone(), resolver, true, false)?;
    if &*name != "error" {
        let error_listener =
            realm.native_fn("errorListener", Native::OnceListener(state.clone(), true));
        *state.error_listener.borrow_mut() = error_listener.clone();
        add_listener(
            realm,
            &emitter,
            Rc::from("error"),
            error_listener,
            true,
            false,
        )?;
    }
    let outer = realm.new_promise();
    realm.resolve_promise(&outer, Value::Object(inner))?;
    Ok(Value::Object(outer))
}

/// One of the two listeners of [`once`]: each takes the other away, then
/// settles the promise.
pub fn once_listener(
    realm: &mut Realm,
    state: &OncePromise,
    error: bool,
    args: Vec<Value>,
) -> JsResult<Value> {
    let emitter = &state.emitter;
    if error {
        let resolver = state.resolver.borrow().clone();
        remove_listener(realm, emitter, &state.name, Which::Function(&resolver))?;
        let err = args.into_iter().next().unwrap_or(Value::Undefined);
        realm.call(&state.reject, Value::Undefined, vec![err])?;
    } else {
        let error_listener = state.error_listener.borrow().clone();
        remove_listener(realm, emitter, "error", Which::Function(&error_listener))?;
        let all = realm.new_array(args);
        realm.call(&state.resolve, Value::Undefined, vec![all])?;
    }
    Ok(Value::Undefined)
}
