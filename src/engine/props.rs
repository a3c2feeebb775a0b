//! Property access: own properties, getters, and the built-in methods each kind
//! of value has (the part of JS prototypes puzzles use).
//!
//! A property that JS has but jsorder does not model stops the run as
//! unsupported instead of quietly reading `undefined`.

use super::builtins::{HostFn, Native};
use super::collections::{self, Coll};
use super::realm::{Realm, MAX_ARRAY_LEN};
use super::stdlib;
use super::value::{array_index, IterKind, Obj, ObjectKind, Property, Value};
use super::JsResult;
use std::rc::Rc;

/// Members of Node's `Timeout` objects (own and inherited).
const TIMEOUT_MEMBERS: &[&str] = &[
    "ref",
    "unref",
    "hasRef",
    "refresh",
    "close",
    "_idleTimeout",
    "_idlePrev",
    "_idleNext",
    "_idleStart",
    "_onTimeout",
    "_timerArgs",
    "_repeat",
    "_destroyed",
];

/// Members of Node's `Immediate` objects (own and inherited).
const IMMEDIATE_MEMBERS: &[&str] = &[
    "ref",
    "unref",
    "hasRef",
    "_idlePrev",
    "_idleNext",
    "_destroyed",
    "_onImmediate",
    "_argv",
];

/// Whether `key` is a member of Node's `Timeout` or `Immediate` objects.
fn is_timer_member(key: &str) -> bool {
    TIMEOUT_MEMBERS.contains(&key) || IMMEDIATE_MEMBERS.contains(&key)
}

/// Kind tags for the shared method cache.
const TAG_PROMISE: u8 = 1;
const TAG_TIMER: u8 = 2;

impl Realm {
    /// `obj.key`.
    pub fn get_named(&mut self, obj: &Value, key: &str) -> JsResult<Value> {
        match obj {
            Value::Undefined | Value::Null | Value::Hole => {
                let what = if matches!(obj, Value::Null) {
                    "null"
                } else {
                    "undefined"
                };
                Err(self.type_error(format!(
                    "Cannot read properties of {what} (reading '{key}')"
                )))
            }
            Value::String(s) => {
                if key == "length" {
                    return Ok(Value::Number(s.encode_utf16().count() as f64));
                }
                if let Some(i) = array_index(key) {
                    return Ok(stdlib::unit_at(self, s, i as usize)?.unwrap_or(Value::Undefined));
                }
                stdlib::string_method(self, key)
            }
            Value::Number(_) => stdlib::number_method(self, key),
            Value::Bool(_) => stdlib::bool_method(self, key),
            Value::Object(o) => self.get_object(o, obj, key),
        }
    }

    fn get_object(&mut self, o: &Obj, this: &Value, key: &str) -> JsResult<Value> {
        if key == "stack" {
            o.materialize_stack();
        }
        if self.is_global_object(o) {
            return self.get_global_property(key);
        }
        let own = o.borrow().props.get(key).cloned();
        if let Some(p) = own {
            return match p.getter {
                Some(g) => self.call(&Value::Object(g), this.clone(), Vec::new()),
                None => Ok(p.value),
            };
        }
        enum K {
            Array,
            Function,
            Promise,
            Error(super::value::ErrorType),
            Ordinary,
            Namespace(&'static str),
            /// An array iterator (`None`), or a Map's or Set's.
            Iterator(Option<Coll>),
            Collection(Coll),
            Emitter,
            Other,
        }
        let kind = match &o.borrow().kind {
            ObjectKind::Array(items) => {
                if key == "length" {
                    return Ok(Value::Number(items.len() as f64));
                }
                if let Some(i) = array_index(key) {
                    return Ok(items
                        .get(i as usize)
                        .map_or(Value::Undefined, hole_to_undefined));
                }
                K::Array
            }
            ObjectKind::Function(f) => {
                if key == "name" {
                    return Ok(Value::String(f.name.clone()));
                }
                K::Function
            }
            ObjectKind::Promise(_) => K::Promise,
            ObjectKind::Error(ty) => K::Error(*ty),
            ObjectKind::Ordinary => K::Ordinary,
            ObjectKind::Namespace(name) => K::Namespace(name),
            ObjectKind::Timeout(_) | ObjectKind::Immediate(_) => K::Other,
            ObjectKind::ArrayIterator(_) => K::Iterator(None),
            ObjectKind::MapIterator(_) => K::Iterator(Some(Coll::Map)),
            ObjectKind::SetIterator(_) => K::Iterator(Some(Coll::Set)),
            ObjectKind::Map(t) | ObjectKind::Set(t) if key == "size" => {
                return Ok(Value::Number(t.len() as f64));
            }
            ObjectKind::Map(_) => K::Collection(Coll::Map),
            ObjectKind::Set(_) => K::Collection(Coll::Set),
            ObjectKind::WeakMap(_) => K::Collection(Coll::WeakMap),
            ObjectKind::WeakSet(_) => K::Collection(Coll::WeakSet),
            ObjectKind::Emitter(_) => K::Emitter,
        };
        match kind {
            K::Array => stdlib::array_method(self, key),
            K::Function => {
                let f = Value::Object(o.clone());
                if self.is_event_emitter_ctor(&f) {
                    if let Some(v) = super::modules::event_emitter_static(self, &f, key) {
                        return v;
                    }
                }
                stdlib::function_method(self, o, key)
            }
            K::Promise => Ok(match key {
                "then" => match &self.intrinsics.then {
                    Some(then) => then.clone(),
                    None => {
                        let then =
                            self.shared_method(TAG_PROMISE, "then", Native::Host(HostFn::Then));
                        self.intrinsics.then = Some(then.clone());
                        then
                    }
                },
                "catch" => self.shared_method(TAG_PROMISE, "catch", Native::Host(HostFn::Catch)),
                "finally" => {
                    self.shared_method(TAG_PROMISE, "finally", Native::Host(HostFn::Finally))
                }
                "constructor" => self.intrinsics.promise.clone().unwrap_or(Value::Undefined),
                _ => stdlib::object_method(self, key)?,
            }),
            K::Error(ty) => Ok(match key {
                "name" => Value::str(ty.name()),
                "message" => Value::str(""),
                "constructor" => self.error_ctor(ty),
                "toString" => stdlib::error_to_string_method(self)?,
                _ => stdlib::object_method(self, key)?,
            }),
            K::Ordinary => stdlib::object_method(self, key),
            K::Namespace(name) => match key {
                // An accessor in Node: see `Realm::set_exit_code`.
                "exitCode" if name == "process" => Ok(self.process.exit_code.clone()),
                "constructor" | "hasOwnProperty" | "toString" => stdlib::object_method(self, key),
                // No namespace has one; `JSON.stringify` asks.
                "toJSON" => Ok(Value::Undefined),
                _ => Err(self.unsupported(format!("`{name}.{key}` is not supported yet"))),
            },
            K::Other => match key {
                "ref" => Ok(self.shared_method(TAG_TIMER, "ref", Native::Host(HostFn::TimerRef))),
                "unref" => {
                    Ok(self.shared_method(TAG_TIMER, "unref", Native::Host(HostFn::TimerUnref)))
                }
                "hasRef" => {
                    Ok(self.shared_method(TAG_TIMER, "hasRef", Native::Host(HostFn::TimerHasRef)))
                }
                // The other members (`refresh`, `_idleTimeout`, …) are not
                // modelled, nor are Node's `Timeout` and `Immediate` classes.
                _ if is_timer_member(key) || key == "constructor" => Err(self.unsupported(
                    format!("`{key}` of a Timeout or Immediate is not supported yet"),
                )),
                _ => stdlib::object_method(self, key),
            },
            K::Iterator(coll) => stdlib::iterator_method(self, coll, key),
            K::Collection(coll) => stdlib::collection_method(self, coll, key),
            K::Emitter => super::events::member(self, key),
        }
    }

    /// A property of the global object: a global binding (built-in or made by
    /// assigning an undeclared name), `undefined` when absent. Top-level
    /// declarations are module-scoped under Node, so they are not here.
    fn get_global_property(&mut self, key: &str) -> JsResult<Value> {
        match self.global(key) {
            // A CommonJS module's own binding, which the global object lacks.
            Some(_) if key == "require" => Ok(Value::Undefined),
            Some(v) => Ok(v),
            None if stdlib::unsupported_global(key) => {
                Err(self.unsupported(format!("`globalThis.{key}` is not supported yet")))
            }
            None => Ok(Value::Undefined),
        }
    }

    /// `obj.key = v` in the running code: an assignment that cannot be made
    /// throws in strict code and is ignored in sloppy code.
    pub fn set_named(&mut self, obj: &Value, key: &str, v: Value) -> JsResult<()> {
        let strict = self.in_strict_code();
        self.put(obj, key, v, strict)
    }

    /// V8's TypeError for a strict-mode write to a property of a primitive:
    /// a string's `length` and characters are read-only, anything else
    /// would have to be created on a temporary wrapper object.
    fn primitive_write_error(&mut self, primitive: &Value, key: &str) -> super::Exc {
        let text = primitive.to_js_string();
        let kind = primitive.type_of();
        let read_only = matches!(primitive, Value::String(s)
            if key == "length" || array_index(key).is_some_and(|i| (i as usize) < s.encode_utf16().count()));
        let message = match read_only {
            true => format!("Cannot assign to read only property '{key}' of {kind} '{text}'"),
            false => format!("Cannot create property '{key}' on {kind} '{text}'"),
        };
        self.type_error(message)
    }

    /// `Set(obj, key, v, true)`, as built-ins such as `Object.assign` assign:
    /// an assignment that cannot be made throws whatever code is running.
    pub fn set_named_throwing(&mut self, obj: &Value, key: &str, v: Value) -> JsResult<()> {
        self.put(obj, key, v, true)
    }

    fn put(&mut self, obj: &Value, key: &str, v: Value, throw: bool) -> JsResult<()> {
        let o = match obj {
            Value::Undefined | Value::Null | Value::Hole => {
                let what = if matches!(obj, Value::Null) {
                    "null"
                } else {
                    "undefined"
                };
                return Err(
                    self.type_error(format!("Cannot set properties of {what} (setting '{key}')"))
                );
            }
            Value::Object(o) => o,
            // Primitives ignore writes in sloppy mode and refuse them in strict code.
            _ if !throw => return Ok(()),
            primitive => return Err(self.primitive_write_error(primitive, key)),
        };
        if key == "exitCode" && self.is_process(o) {
            // An accessor in Node: its setter checks the value.
            return self.set_exit_code(v);
        }
        if self.is_global_object(o) {
            // Build the global now so it cannot overwrite this assignment later.
            self.build_global(key);
            self.globals.insert(Rc::from(key), v);
            return Ok(());
        }
        if key == "size" {
            if let Some(coll) = Coll::of(o).filter(|c| !c.is_weak()) {
                return self.set_getter_only(&format!("#<{}>", coll.name()), key, throw);
            }
        }
        let is_array = matches!(o.borrow().kind, ObjectKind::Array(_));
        if is_array {
            if key == "length" {
                let n = self.coerce_number(&v)?;
                let n = self.array_length(n)?;
                if let ObjectKind::Array(items) = &mut o.borrow_mut().kind {
                    items.resize(n, Value::Hole);
                }
                return Ok(());
            }
            if let Some(i) = array_index(key) {
                return self.set_element(o, i as usize, v);
            }
        }
        let accessor = o
            .borrow()
            .props
            .get(key)
            .filter(|p| p.is_accessor())
            .map(|p| p.setter.clone());
        match accessor {
            Some(Some(setter)) => {
                self.call(&Value::Object(setter), obj.clone(), vec![v])?;
                return Ok(());
            }
            Some(None) => {
                let owner = super::node::no_side_effects_to_string(obj);
                return self.set_getter_only(&owner, key, throw);
            }
            None => {}
        }
        if o.borrow().frozen {
            return self.frozen_write(obj, o, key, throw);
        }
        let mut d = o.borrow_mut();
        match d.props.get_mut(key) {
            Some(p) => p.value = v,
            None => {
                d.props.insert(Rc::from(key), Property::data(v));
            }
        }
        Ok(())
    }

    /// A data write to a frozen object: its properties are read-only and it
    /// takes no new ones. V8's TypeError when the assignment must `throw`,
    /// else ignored.
    fn frozen_write(&mut self, obj: &Value, o: &Obj, key: &str, throw: bool) -> JsResult<()> {
        if !throw {
            return Ok(());
        }
        let message = if o.borrow().props.contains_key(key) {
            let owner = super::node::no_side_effects_to_string(obj);
            format!("Cannot assign to read only property '{key}' of object '{owner}'")
        } else {
            format!("Cannot add property {key}, object is not extensible")
        };
        Err(self.type_error(message))
    }

    /// Assigning to a getter without a setter: V8's TypeError when the
    /// assignment must `throw`, else ignored.
    fn set_getter_only(&mut self, owner: &str, key: &str, throw: bool) -> JsResult<()> {
        if throw {
            return Err(self.type_error(format!(
                "Cannot set property {key} of {owner} which has only a getter"
            )));
        }
        Ok(())
    }

    fn set_element(&mut self, o: &Obj, i: usize, v: Value) -> JsResult<()> {
        if i >= MAX_ARRAY_LEN {
            return Err(self.array_too_long(i as f64 + 1.0));
        }
        if let ObjectKind::Array(items) = &mut o.borrow_mut().kind {
            if i >= items.len() {
                items.resize(i + 1, Value::Hole);
            }
            items[i] = v;
        }
        Ok(())
    }

    /// `obj[key]`.
    pub fn get_index(&mut self, obj: &Value, key: &Value) -> JsResult<Value> {
        if let (Value::Object(o), Value::Number(n)) = (obj, key) {
            if let ObjectKind::Array(items) = &o.borrow().kind {
                if let Some(i) = number_index(*n) {
                    return Ok(items.get(i).map_or(Value::Undefined, hole_to_undefined));
                }
            }
        }
        let k = self.property_key(key);
        self.get_named(obj, &k)
    }

    /// `obj[key] = v`.
    pub fn set_index(&mut self, obj: &Value, key: &Value, v: Value) -> JsResult<()> {
        if let (Value::Object(o), Value::Number(n)) = (obj, key) {
            if let Some(i) = number_index(*n) {
                if matches!(o.borrow().kind, ObjectKind::Array(_)) {
                    return self.set_element(o, i, v);
                }
            }
        }
        let k = self.property_key(key);
        self.set_named(obj, &k, v)
    }

    /// Defines an own enumerable data property (object literals).
    pub fn define(&mut self, obj: &Value, key: Rc<str>, v: Value) {
        if let Value::Object(o) = obj {
            o.borrow_mut().props.insert(key, Property::data(v));
        }
    }

    /// Defines a getter or a setter (`get key() {}`, `set key(v) {}` in an
    /// object literal). A getter and a setter of one key make one accessor
    /// property; either replaces a data property of that key.
    pub fn define_accessor(&mut self, obj: &Value, key: Rc<str>, f: Value, is_setter: bool) {
        let (Value::Object(o), Value::Object(f)) = (obj, f) else {
            return;
        };
        let mut data = o.borrow_mut();
        let mut p = match data.props.get(&key) {
            Some(old) if old.is_accessor() => old.clone(),
            _ => Property {
                value: Value::Undefined,
                getter: None,
                setter: None,
                enumerable: true,
            },
        };
        if is_setter {
            p.setter = Some(f);
        } else {
            p.getter = Some(f);
        }
        data.props.insert(key, p);
    }

    /// `{ ...src }`: copies own enumerable properties (running getters).
    pub fn object_spread(&mut self, target: &Value, src: &Value) -> JsResult<()> {
        self.object_spread_except(target, src, &[])
    }

    /// Copies own enumerable properties but the `excluded` keys, whose getters
    /// do not run (an object pattern's `...rest`).
    pub fn object_spread_except(
        &mut self,
        target: &Value,
        src: &Value,
        excluded: &[Rc<str>],
    ) -> JsResult<()> {
        let kept = |k: &str| !excluded.iter().any(|x| &**x == k);
        match src {
            Value::Object(o) => {
                self.refuse_unmodelled_keys(o)?;
                let items = match &o.borrow().kind {
                    ObjectKind::Array(items) => Some(items.to_vec()),
                    _ => None,
                };
                if let Some(items) = items {
                    for (i, v) in items.into_iter().enumerate() {
                        let k: Rc<str> = Rc::from(i.to_string());
                        if kept(&k) && !matches!(v, Value::Hole) {
                            self.define(target, k, v);
                        }
                    }
                }
                let keys = o.borrow().keys();
                for k in keys.into_iter().filter(|k| kept(k)) {
                    // A key an earlier getter deleted is skipped.
                    if !o.borrow().props.contains_key(&k) {
                        continue;
                    }
                    let v = self.get_object(o, src, &k)?;
                    self.define(target, k, v);
                }
            }
            Value::String(s) => {
                for (i, c) in stdlib::unit_strings(self, s)?.into_iter().enumerate() {
                    let k: Rc<str> = Rc::from(i.to_string());
                    if kept(&k) {
                        self.define(target, k, c);
                    }
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// `key in obj`.
    pub fn has_property(&mut self, o: &Obj, key: &str) -> JsResult<bool> {
        if self.is_global_object(o) {
            return Ok(key != "require" && self.global(key).is_some());
        }
        if o.borrow().props.contains_key(key) {
            return Ok(true);
        }
        let d = o.borrow();
        let from_kind = match &d.kind {
            ObjectKind::Array(items) => {
                key == "length" || has_element(items, key) || stdlib::is_array_method(key)
            }
            ObjectKind::Promise(_) => matches!(key, "then" | "catch" | "finally" | "constructor"),
            ObjectKind::Timeout(_) => TIMEOUT_MEMBERS.contains(&key),
            ObjectKind::Immediate(_) => IMMEDIATE_MEMBERS.contains(&key),
            ObjectKind::Error(_) => matches!(key, "name" | "message" | "constructor"),
            ObjectKind::Function(_) => matches!(
                key,
                "name" | "length" | "call" | "apply" | "bind" | "arguments" | "caller" | "toString"
            ),
            ObjectKind::ArrayIterator(_)
            | ObjectKind::MapIterator(_)
            | ObjectKind::SetIterator(_) => key == "next",
            ObjectKind::Map(_) => collections::has_member(Coll::Map, key),
            ObjectKind::Set(_) => collections::has_member(Coll::Set, key),
            ObjectKind::WeakMap(_) => collections::has_member(Coll::WeakMap, key),
            ObjectKind::WeakSet(_) => collections::has_member(Coll::WeakSet, key),
            ObjectKind::Emitter(_) => super::events::has_member(key),
            ObjectKind::Namespace("process") if key == "exitCode" => true,
            // jsorder has a few of a namespace's members: the others may exist.
            ObjectKind::Namespace(name) if !stdlib::is_object_method(key) => {
                let message = format!("`'{key}' in {name}` is not supported yet");
                drop(d);
                return Err(self.unsupported(message));
            }
            ObjectKind::Ordinary | ObjectKind::Namespace(_) => false,
        };
        // Every object inherits `Object.prototype`'s members.
        Ok(from_kind || stdlib::is_object_method(key))
    }

    /// `delete obj[key]`: removes an own property and gives `true`; a
    /// property that cannot be deleted gives `false`, or in strict code
    /// throws. Where jsorder does not model what the deletion would uncover
    /// (built-ins), the run stops as unsupported.
    pub fn delete_property(&mut self, obj: &Value, key: &str, strict: bool) -> JsResult<bool> {
        let o = match obj {
            Value::Undefined | Value::Null | Value::Hole => return Err(self.to_object_error()),
            // A string's length and characters are fixed.
            Value::String(s) => {
                let units = s.encode_utf16().count();
                let fixed =
                    key == "length" || array_index(key).is_some_and(|i| (i as usize) < units);
                return match fixed {
                    true => self.undeletable("[object String]", key, strict),
                    false => Ok(true),
                };
            }
            Value::Object(o) => o,
            _ => return Ok(true),
        };
        if let Some(what) = self.unmodelled_owner(o) {
            return Err(self.unsupported(format!("`delete` on {what} is not supported")));
        }
        if o.borrow().frozen && o.borrow().props.contains_key(key) {
            let owner = super::node::no_side_effects_to_string(obj);
            return self.undeletable(&owner, key, strict);
        }
        let mut d = o.borrow_mut();
        match &mut d.kind {
            ObjectKind::Array(_) if key == "length" => {
                drop(d);
                return self.undeletable("[object Array]", key, strict);
            }
            ObjectKind::Array(items) => {
                if let Some(i) = array_index(key) {
                    if let Some(item) = items.get_mut(i as usize) {
                        *item = Value::Hole;
                    }
                    return Ok(true);
                }
            }
            ObjectKind::Function(f) => {
                let builtin = matches!(f.call, super::value::Callable::Native(_));
                let own_builtin = matches!(key, "name" | "length" | "prototype");
                if builtin || own_builtin {
                    drop(d);
                    return Err(self.unsupported(format!(
                        "`delete` of a function's `{key}` is not supported"
                    )));
                }
            }
            ObjectKind::Error(_) if key == "stack" => {
                drop(d);
                return Err(
                    self.unsupported("`delete` of an error's `stack` is not supported".into())
                );
            }
            ObjectKind::Timeout(_) | ObjectKind::Immediate(_) if is_timer_member(key) => {
                drop(d);
                return Err(self.unsupported(format!(
                    "`delete` of `{key}` of a Timeout or Immediate is not supported"
                )));
            }
            _ => {}
        }
        d.props.shift_remove(key);
        Ok(true)
    }

    /// Deleting a non-configurable property: `false`, or V8's TypeError in
    /// strict code.
    fn undeletable(&mut self, what: &str, key: &str, strict: bool) -> JsResult<bool> {
        match strict {
            true => Err(self.type_error(format!("Cannot delete property '{key}' of {what}"))),
            false => Ok(false),
        }
    }

    /// Refuses to list the own properties of a built-in that has enumerable
    /// ones jsorder does not model: Node's `console` and `process`, and the
    /// global object (`Math` and `JSON` have none, so their keys are exact).
    pub fn refuse_unmodelled_keys(&self, o: &Obj) -> JsResult<()> {
        let what = match o.borrow().kind {
            _ if self.is_global_object(o) => "the global object",
            ObjectKind::Namespace("console") => "`console`",
            ObjectKind::Namespace("process") => "`process`",
            ObjectKind::Namespace("timers/promises") => "the `timers/promises` module",
            ObjectKind::Emitter(_) => "an EventEmitter (Node's internal `_events` fields)",
            _ => return Ok(()),
        };
        Err(self.unsupported(format!("listing the properties of {what} is not supported")))
    }

    /// The built-in objects whose own properties jsorder does not model
    /// (Node's `console` and `process` have many; the global object too),
    /// named for a message.
    fn unmodelled_owner(&self, o: &Obj) -> Option<String> {
        if self.is_global_object(o) {
            return Some("the global object".into());
        }
        match o.borrow().kind {
            ObjectKind::Namespace(name) => Some(format!("`{name}`")),
            _ => None,
        }
    }

    /// The keys a `for…in` loop over `v` visits, as they are when it starts:
    /// own enumerable string keys in property order (jsorder's objects have
    /// no enumerable inherited ones); none for `null`, `undefined`, numbers
    /// and booleans.
    pub fn for_in_keys(&mut self, v: &Value) -> JsResult<Vec<Rc<str>>> {
        match v {
            Value::Object(o) => {
                let timer = matches!(
                    o.borrow().kind,
                    ObjectKind::Timeout(_) | ObjectKind::Immediate(_)
                );
                let what = match timer {
                    true => Some("a Timeout or Immediate".to_string()),
                    false => self.unmodelled_owner(o),
                };
                if let Some(what) = what {
                    return Err(self.unsupported(format!("`for…in` over {what} is not supported")));
                }
                stdlib::own_keys(self, v)
            }
            Value::String(_) => stdlib::own_keys(self, v),
            _ => Ok(Vec::new()),
        }
    }

    /// `ToPropertyKey`.
    pub fn property_key(&mut self, v: &Value) -> Rc<str> {
        v.to_js_string()
    }

    /// The items of an iterable (arrays, strings, Maps, Sets, their
    /// iterators), as spread and `for…of` see them. An iterator is run to its end.
    pub fn iterate(&mut self, v: &Value) -> JsResult<Vec<Value>> {
        match v {
            Value::Object(o) => {
                if let ObjectKind::Array(items) = &o.borrow().kind {
                    return Ok(items.iter().map(hole_to_undefined).collect());
                }
                if let Some(it) = self.iterator_of(o)? {
                    let mut items = Vec::new();
                    while let Some(item) = self.iterator_step(&it) {
                        items.push(item);
                    }
                    return Ok(items);
                }
            }
            Value::String(s) => {
                return Ok(s
                    .chars()
                    .map(|c| Value::String(Rc::from(c.to_string())))
                    .collect())
            }
            _ => {}
        }
        // V8 names the iterable by its source text when it is a name or a
        // property chain (`o.items is not iterable`), else by its value.
        let text = self.current_source_text();
        let simple = !text.is_empty()
            && text.split('.').all(|part| {
                let mut cs = part.chars();
                cs.next()
                    .is_some_and(|c| c.is_alphabetic() || c == '_' || c == '$')
                    && cs.all(|c| c.is_alphanumeric() || c == '_' || c == '$')
            });
        let what = if simple {
            text
        } else if text == "{}" {
            "{}".to_string()
        } else if text.starts_with('{') {
            "{(intermediate value)}".to_string()
        } else {
            match v {
                Value::Object(_) => "object".to_string(),
                _ => v.to_js_string().to_string(),
            }
        };
        Err(self.type_error(format!("{what} is not iterable")))
    }

    /// The items of an iterable passed to a built-in (`Promise.all`,
    /// `Object.fromEntries`, …), with V8's message for the built-ins when it is not one.
    pub fn iterate_builtin(&mut self, v: &Value) -> JsResult<Vec<Value>> {
        if is_builtin_iterable(v) {
            return self.iterate(v);
        }
        Err(self.not_iterable(v))
    }

    /// Calls `f` with each item of an iterable passed to a built-in, stepping
    /// arrays, Maps, Sets and iterators live (what `f` adds is reached).
    pub fn for_each_item(
        &mut self,
        v: &Value,
        mut f: impl FnMut(&mut Realm, Value) -> JsResult<()>,
    ) -> JsResult<()> {
        let source = match v {
            Value::Object(o) if matches!(o.borrow().kind, ObjectKind::Array(_)) => v.clone(),
            Value::Object(o) => match self.iterator_of(o)? {
                Some(it) => Value::Object(it),
                None => return Err(self.not_iterable(v)),
            },
            _ => {
                for item in self.iterate_builtin(v)? {
                    f(self, item)?;
                }
                return Ok(());
            }
        };
        let mut index = 0.0;
        while let Some(item) = self.step_iterable(&source, index) {
            f(self, item)?;
            index += 1.0;
        }
        Ok(())
    }

    /// The iterator `for…of` steps over `o`: itself for an iterator, a new
    /// one for a Map or a Set; `None` for other objects (arrays are stepped
    /// by index, without one).
    pub fn iterator_of(&mut self, o: &Obj) -> JsResult<Option<Obj>> {
        if is_iterator(o) {
            return Ok(Some(o.clone()));
        }
        self.table_iterator(o)
    }

    /// V8's TypeError for a value a built-in cannot iterate.
    pub(super) fn not_iterable(&mut self, v: &Value) -> super::Exc {
        let what = match v {
            Value::Undefined | Value::Hole => "undefined".to_string(),
            Value::Null => "object null".to_string(),
            Value::Object(_) => v.type_of().to_string(),
            _ => format!("{} {}", v.type_of(), v.to_js_string()),
        };
        self.type_error(format!(
            "{what} is not iterable (cannot read property Symbol(Symbol.iterator))"
        ))
    }

    /// One step of an iterator (`%ArrayIteratorPrototype%.next` and the
    /// Map and Set ones): the value it yields, or `None` once it has run past
    /// the current end of what it iterates.
    pub fn iterator_step(&mut self, it: &Obj) -> Option<Value> {
        let array_state = match &it.borrow().kind {
            ObjectKind::ArrayIterator(s) => Some((s.array.clone()?, s.kind, s.next)),
            ObjectKind::MapIterator(_) | ObjectKind::SetIterator(_) => None,
            _ => return None,
        };
        let Some((array, kind, i)) = array_state else {
            return self.table_step(it);
        };
        let item = match &array.borrow().kind {
            ObjectKind::Array(items) => items.get(i).map(hole_to_undefined),
            _ => None,
        };
        if let ObjectKind::ArrayIterator(s) = &mut it.borrow_mut().kind {
            match item {
                Some(_) => s.next = i + 1,
                None => s.array = None,
            }
        }
        let item = item?;
        let index = Value::Number(i as f64);
        Some(match kind {
            IterKind::Keys => index,
            IterKind::Values => item,
            IterKind::Entries => self.new_array(vec![index, item]),
        })
    }

    /// `array.push(v)` with the length cap.
    pub fn array_push(&mut self, arr: &Value, v: Value) -> JsResult<()> {
        if let Value::Object(o) = arr {
            if let ObjectKind::Array(items) = &mut o.borrow_mut().kind {
                if items.len() < MAX_ARRAY_LEN {
                    items.push(v);
                    return Ok(());
                }
            } else {
                return Ok(());
            }
        }
        Err(self.array_too_long(MAX_ARRAY_LEN as f64 + 1.0))
    }
}

/// A number key that is an array index: an integer from 0 to 2^32 − 2
/// (`arr[4294967295]` is an ordinary property, as its string form is).
fn number_index(n: f64) -> Option<usize> {
    (n >= 0.0 && n.fract() == 0.0 && n < f64::from(u32::MAX)).then_some(n as usize)
}

/// Whether `key` names an element of `items` (a hole is no element).
pub fn has_element(items: &[Value], key: &str) -> bool {
    array_index(key)
        .and_then(|i| items.get(i as usize))
        .is_some_and(|v| !matches!(v, Value::Hole))
}

/// Whether `v` still has the own property `key` that a `for…in` loop over
/// it listed when it started (a string's keys never go away).
pub(super) fn still_has(v: &Value, key: &str) -> bool {
    match v {
        Value::Object(o) => {
            let d = o.borrow();
            let element = matches!(&d.kind, ObjectKind::Array(items) if has_element(items, key));
            element || d.props.contains_key(key)
        }
        _ => true,
    }
}

/// Whether `o` is an array iterator.
pub fn is_array_iterator(o: &Obj) -> bool {
    matches!(o.borrow().kind, ObjectKind::ArrayIterator(_))
}

/// Whether `o` is an array, Map or Set iterator.
pub fn is_iterator(o: &Obj) -> bool {
    matches!(
        o.borrow().kind,
        ObjectKind::ArrayIterator(_) | ObjectKind::MapIterator(_) | ObjectKind::SetIterator(_)
    )
}

/// Whether `v` is iterable with the built-in iterators jsorder models
/// (arrays, strings, Maps, Sets and their iterators).
pub fn is_builtin_iterable(v: &Value) -> bool {
    match v {
        Value::Object(o) => matches!(
            o.borrow().kind,
            ObjectKind::Array(_)
                | ObjectKind::ArrayIterator(_)
                | ObjectKind::Map(_)
                | ObjectKind::Set(_)
                | ObjectKind::MapIterator(_)
                | ObjectKind::SetIterator(_)
        ),
        Value::String(_) => true,
        _ => false,
    }
}

pub(super) fn hole_to_undefined(v: &Value) -> Value {
    match v {
        Value::Hole => Value::Undefined,
        v => v.clone(),
    }
}
