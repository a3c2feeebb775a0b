//! JavaScript values and the objects they point to.
//!
//! Objects are reference-counted cells, so memory follows the live work: a
//! settled promise nobody holds is freed at once. Identity is pointer identity.
//! This module owns the JS conversions (`ToString`, `ToNumber`, equality, `typeof`);
//! it knows nothing about queues or the event loop.

use super::builtins::Native;
use super::collections::{Table, TableIter};
use super::elements::Elements;
use super::promise::PromiseData;
use indexmap::IndexMap;

/// Property maps: insertion-ordered, hashed with a fast non-random hasher
/// (keys are program text, and iteration order never depends on the hash).
pub type PropMap = IndexMap<Rc<str>, Property, rustc_hash::FxBuildHasher>;

/// Own properties, allocated on first use: most objects a program makes
/// (promises, closures, arrays) never get one, and there are millions of them,
/// so an object without properties only holds an empty pointer.
#[derive(Debug, Default)]
pub struct Props(Option<Box<PropTable>>);

/// The properties of an object that has some.
///
/// Most have a handful (`console`, `process`, an error's `message` and
/// `stack`, an object literal): those live in a vector scanned by key, which
/// costs less to build and to search than hashing; an object that grows past
/// [`FEW_PROPS`] properties moves to a hash map.
#[derive(Debug)]
enum PropTable {
    /// Up to [`FEW_PROPS`] properties, in insertion order.
    Few(Vec<(Rc<str>, Property)>),
    /// Any number of properties, in insertion order.
    Many(PropMap),
}

/// Most properties kept in a [`PropTable::Few`] vector.
const FEW_PROPS: usize = 8;

impl Props {
    /// The property named `key`.
    pub fn get(&self, key: &str) -> Option<&Property> {
        match self.0.as_deref()? {
            PropTable::Few(v) => v.iter().find(|(k, _)| **k == *key).map(|(_, p)| p),
            PropTable::Many(m) => m.get(key),
        }
    }

    /// The property named `key`, mutably.
    pub fn get_mut(&mut self, key: &str) -> Option<&mut Property> {
        match self.0.as_deref_mut()? {
            PropTable::Few(v) => v.iter_mut().find(|(k, _)| **k == *key).map(|(_, p)| p),
            PropTable::Many(m) => m.get_mut(key),
        }
    }

    /// Adds or replaces a property (a new key goes last).
    pub fn insert(&mut self, key: Rc<str>, p: Property) -> Option<Property> {
        let table = self
            .0
            .get_or_insert_with(|| Box::new(PropTable::Few(Vec::new())));
        match &mut **table {
            PropTable::Few(v) => {
                if let Some(old) = v.iter_mut().find(|(k, _)| *k == key) {
                    return Some(std::mem::replace(&mut old.1, p));
                }
                if v.len() < FEW_PROPS {
                    v.push((key, p));
                    return None;
                }
                let mut m: PropMap = std::mem::take(v).into_iter().collect();
                m.insert(key, p);
                **table = PropTable::Many(m);
                None
            }
            PropTable::Many(m) => m.insert(key, p),
        }
    }

    /// Properties known all at once, with distinct keys (a built-in's
    /// methods). They stay in a vector even past [`FEW_PROPS`]: `console`'s
    /// dozen are built every run and read by a scan that meets `log` first,
    /// so hashing them cost more than it saved. Adding a property later
    /// moves them to a map as usual.
    pub fn from_entries(entries: Vec<(Rc<str>, Property)>) -> Props {
        Props(Some(Box::new(PropTable::Few(entries))))
    }

    /// Whether `key` is an own property.
    pub fn contains_key(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    /// Removes a property, keeping the order of the rest.
    pub fn shift_remove(&mut self, key: &str) -> Option<Property> {
        match self.0.as_deref_mut()? {
            PropTable::Few(v) => {
                let at = v.iter().position(|(k, _)| **k == *key)?;
                Some(v.remove(at).1)
            }
            PropTable::Many(m) => m.shift_remove(key),
        }
    }

    /// Whether there are no own properties.
    pub fn is_empty(&self) -> bool {
        match self.0.as_deref() {
            None => true,
            Some(PropTable::Few(v)) => v.is_empty(),
            Some(PropTable::Many(m)) => m.is_empty(),
        }
    }

    /// Own properties in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = (&Rc<str>, &Property)> {
        let (few, many) = match self.0.as_deref() {
            None => (None, None),
            Some(PropTable::Few(v)) => (Some(v.iter().map(|(k, p)| (k, p))), None),
            Some(PropTable::Many(m)) => (None, Some(m.iter())),
        };
        few.into_iter().flatten().chain(many.into_iter().flatten())
    }
}

use std::cell::{Cell, Ref, RefCell, RefMut};
use std::rc::Rc;

/// A JavaScript value.
#[derive(Clone, Debug)]
pub enum Value {
    /// `undefined`
    Undefined,
    /// `null`
    Null,
    /// `true` / `false`
    Bool(bool),
    /// Every JS number.
    Number(f64),
    /// An immutable string.
    String(Rc<str>),
    /// Any object: plain, array, function, promise, error…
    Object(Obj),
    /// Not a JS value: an array hole (`[1, , 3]`) or a `let` binding before its
    /// declaration ran (the temporal dead zone). Reads of holes give `undefined`.
    Hole,
}

/// A shared, mutable object.
#[derive(Clone)]
pub struct Obj(Rc<RefCell<ObjectData>>);

impl std::fmt::Debug for Obj {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Obj({:p})", Rc::as_ptr(&self.0))
    }
}

impl Obj {
    /// Allocates a new object.
    pub fn new(kind: ObjectKind) -> Obj {
        Obj(Rc::new(RefCell::new(ObjectData {
            kind,
            props: Props::default(),
            frozen: false,
        })))
    }

    /// Shared access.
    pub fn borrow(&self) -> Ref<'_, ObjectData> {
        self.0.borrow()
    }

    /// Exclusive access.
    pub fn borrow_mut(&self) -> RefMut<'_, ObjectData> {
        self.0.borrow_mut()
    }

    /// JS identity (`===` on objects).
    pub fn ptr_eq(&self, other: &Obj) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }

    /// A stable address, for cycle detection while printing.
    pub fn addr(&self) -> usize {
        Rc::as_ptr(&self.0) as *const u8 as usize
    }
}

/// How many objects may be torn down inside one another before the rest
/// wait in [`DEFERRED`]: well within the native stack.
const NESTED_DROPS: u32 = 256;

thread_local! {
    /// Objects being torn down inside one another right now.
    static DROP_DEPTH: Cell<u32> = const { Cell::new(0) };
    /// Contents of the last references dropped past [`NESTED_DROPS`].
    static DEFERRED: RefCell<Vec<ObjectData>> = const { RefCell::new(Vec::new()) };
}

/// Dropping the last reference to an object drops what it holds, and so
/// on down: a chain of a million objects (`o = { o }` in a loop) would
/// overflow the native stack. Past [`NESTED_DROPS`] levels the contents
/// are set aside instead, and the outermost drop frees them one by one.
impl Drop for Obj {
    #[inline]
    fn drop(&mut self) {
        if Rc::strong_count(&self.0) == 1 {
            drop_last(&self.0);
        }
    }
}

/// Frees what the last reference to an object holds (see `impl Drop for
/// Obj`). Out of line: the common case, a reference that is not the last,
/// stays a compare.
#[inline(never)]
fn drop_last(object: &RefCell<ObjectData>) {
    let Ok(mut data) = object.try_borrow_mut() else {
        return;
    };
    let contents = std::mem::replace(&mut *data, ObjectData::empty());
    drop(data);
    let depth = DROP_DEPTH.get();
    if depth >= NESTED_DROPS {
        DEFERRED.with_borrow_mut(|d| d.push(contents));
        return;
    }
    DROP_DEPTH.set(depth + 1);
    drop(contents);
    if depth == 0 {
        while let Some(next) = DEFERRED.with_borrow_mut(Vec::pop) {
            drop(next);
        }
    }
    DROP_DEPTH.set(depth);
}

/// The contents of an object.
#[derive(Debug)]
pub struct ObjectData {
    /// What built-in behaviour the object has.
    pub kind: ObjectKind,
    /// Own string-keyed properties, in insertion order (as JS enumerates them;
    /// integer-like keys of plain objects are ordered first by [`ObjectData::keys`]).
    pub props: Props,
    /// `Object.freeze` was applied (jsorder freezes only plain objects):
    /// every own property is read-only, none can be added or deleted.
    pub frozen: bool,
}

impl ObjectData {
    /// What is left in an object whose contents were moved out to be dropped.
    fn empty() -> ObjectData {
        ObjectData {
            kind: ObjectKind::Ordinary,
            props: Props::default(),
            frozen: false,
        }
    }

    /// Own enumerable keys in JS order: integer keys ascending, then the rest in
    /// insertion order.
    pub fn keys(&self) -> Vec<Rc<str>> {
        self.ordered_keys(|p| p.enumerable)
    }

    /// Every own key of the property table, enumerable or not, in JS order.
    pub fn all_keys(&self) -> Vec<Rc<str>> {
        self.ordered_keys(|_| true)
    }

    /// The keys of the properties `wanted` picks: integer keys ascending,
    /// then the rest in insertion order.
    fn ordered_keys(&self, wanted: impl Fn(&Property) -> bool) -> Vec<Rc<str>> {
        let mut ints: Vec<(u32, Rc<str>)> = Vec::new();
        let mut rest = Vec::new();
        for (k, p) in self.props.iter() {
            if !wanted(p) {
                continue;
            }
            match array_index(k) {
                Some(i) => ints.push((i, k.clone())),
                None => rest.push(k.clone()),
            }
        }
        ints.sort_by_key(|(i, _)| *i);
        ints.into_iter().map(|(_, k)| k).chain(rest).collect()
    }
}

impl Obj {
    /// V8 formats an error's `stack` the first time it is read, from the `name`
    /// and `message` the error has then (`e.name = 'X'` before printing shows
    /// `X: msg`). Until then the hidden `stack` property holds [`Value::Hole`];
    /// this writes the formatted text in its place. No effect on other objects.
    pub fn materialize_stack(&self) {
        let header = {
            let d = self.borrow();
            let ObjectKind::Error(ty) = d.kind else {
                return;
            };
            if !matches!(d.props.get("stack"), Some(p) if matches!(p.value, Value::Hole)) {
                return;
            }
            error_header(&d, ty)
        };
        let stack = Value::String(Rc::from(format!("{header}\n    at <anonymous>")));
        if let Some(p) = self.borrow_mut().props.get_mut("stack") {
            p.value = stack;
        }
    }
}

/// `"12"` → `Some(12)`: a canonical array index.
pub fn array_index(key: &str) -> Option<u32> {
    if key.is_empty() || (key.len() > 1 && key.starts_with('0')) {
        return None;
    }
    key.parse::<u32>().ok().filter(|i| *i != u32::MAX)
}

/// One own property.
#[derive(Debug, Clone)]
pub struct Property {
    /// The stored value (`undefined` for accessors, so that a read of an
    /// accessor without a getter gives it).
    pub value: Value,
    /// `get name() { … }` — called on every read.
    pub getter: Option<Obj>,
    /// `set name(v) { … }` — called on every write.
    pub setter: Option<Obj>,
    /// Shown by `console.log`, `Object.keys`, `JSON.stringify`, spread.
    pub enumerable: bool,
}

impl Property {
    /// A plain enumerable data property.
    pub fn data(value: Value) -> Property {
        Property {
            value,
            getter: None,
            setter: None,
            enumerable: true,
        }
    }

    /// A non-enumerable data property (e.g. `message` on errors).
    pub fn hidden(value: Value) -> Property {
        Property {
            value,
            getter: None,
            setter: None,
            enumerable: false,
        }
    }

    /// Whether a getter or a setter (or both) stand for the value.
    pub fn is_accessor(&self) -> bool {
        self.getter.is_some() || self.setter.is_some()
    }
}

/// The built-in kinds of object.
#[derive(Debug)]
pub enum ObjectKind {
    /// `{ … }`
    Ordinary,
    /// `[ … ]` (elements stored densely; holes are [`Value::Hole`]).
    Array(Elements),
    /// Any callable.
    Function(FunctionData),
    /// A promise and its reactions.
    Promise(Box<PromiseData>),
    /// `new Error(…)` and its subclasses; `message` and `stack` are hidden own properties.
    Error(ErrorType),
    /// What `setTimeout`/`setInterval` return (Node's `Timeout`).
    Timeout(u32),
    /// What `setImmediate` returns (Node's `Immediate`).
    Immediate(u32),
    /// What an array's `keys()`, `values()` and `entries()` return.
    ArrayIterator(ArrayIter),
    /// `new Map()`.
    Map(Box<Table>),
    /// `new Set()`.
    Set(Box<Table>),
    /// What a Map's `keys()`, `values()` and `entries()` return (and what
    /// `for…of` steps).
    MapIterator(TableIter),
    /// The same for a Set.
    SetIterator(TableIter),
    /// `new WeakMap()`.
    WeakMap(Box<Table>),
    /// `new WeakSet()`.
    WeakSet(Box<Table>),
    /// `new EventEmitter()` (`require('events')`).
    Emitter(Box<super::events::Emitter>),
    /// A built-in namespace object (`Math`, `JSON`, `console`, `process`):
    /// a plain object whose `Symbol.toStringTag` is its name, so it prints
    /// as `Object [Math] {}` and converts to `[object Math]`. Every member
    /// it really has that jsorder lacks is unsupported.
    Namespace(&'static str),
}

impl ObjectKind {
    /// The `Symbol.toStringTag` of the built-ins that have one, which
    /// `Object.prototype.toString` shows as `[object Map]`.
    pub fn to_string_tag(&self) -> Option<&'static str> {
        Some(match self {
            ObjectKind::Promise(_) => "Promise",
            ObjectKind::ArrayIterator(_) => "Array Iterator",
            ObjectKind::Map(_) => "Map",
            ObjectKind::Set(_) => "Set",
            ObjectKind::MapIterator(_) => "Map Iterator",
            ObjectKind::SetIterator(_) => "Set Iterator",
            ObjectKind::WeakMap(_) => "WeakMap",
            ObjectKind::WeakSet(_) => "WeakSet",
            ObjectKind::Namespace(name) => name,
            _ => return None,
        })
    }
}

/// The state of an array iterator: it reads the live array one index at a
/// time, so elements pushed during a loop are reached, as in JS.
#[derive(Debug)]
pub struct ArrayIter {
    /// The array, until the iterator runs past its end (then it stays done).
    pub array: Option<Obj>,
    /// What each step yields.
    pub kind: IterKind,
    /// The index the next step reads.
    pub next: usize,
}

/// What an array, Map or Set iterator yields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IterKind {
    /// Indexes or keys (`keys()`).
    Keys,
    /// Elements or values (`values()`).
    Values,
    /// `[index, element]` or `[key, value]` pairs (`entries()`).
    Entries,
}

/// The built-in error constructors.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorType {
    /// `Error`
    Error,
    /// `TypeError`
    TypeError,
    /// `RangeError`
    RangeError,
    /// `ReferenceError`
    ReferenceError,
    /// `SyntaxError`
    SyntaxError,
    /// `AggregateError` (has an `errors` array).
    AggregateError,
}

impl ErrorType {
    /// The constructor's name, which is also the default `name` of instances.
    pub fn name(self) -> &'static str {
        match self {
            ErrorType::Error => "Error",
            ErrorType::TypeError => "TypeError",
            ErrorType::RangeError => "RangeError",
            ErrorType::ReferenceError => "ReferenceError",
            ErrorType::SyntaxError => "SyntaxError",
            ErrorType::AggregateError => "AggregateError",
        }
    }

    /// Position in [`ErrorType::ALL`] (and in the realm's table of constructors).
    pub fn index(self) -> usize {
        ErrorType::ALL.iter().position(|t| *t == self).unwrap_or(0)
    }

    /// All of them, for building globals.
    pub const ALL: [ErrorType; 6] = [
        ErrorType::Error,
        ErrorType::TypeError,
        ErrorType::RangeError,
        ErrorType::ReferenceError,
        ErrorType::SyntaxError,
        ErrorType::AggregateError,
    ];
}

/// A callable's behaviour plus what `console.log` shows of it.
#[derive(Debug)]
pub struct FunctionData {
    /// `f.name` (may be empty: anonymous).
    pub name: Rc<str>,
    /// What kind of function, for printing and `typeof`.
    pub flavor: FunctionFlavor,
    /// What runs when it is called.
    pub call: Callable,
}

/// How a function prints: `[Function: f]` or `[AsyncFunction: f]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FunctionFlavor {
    /// Ordinary, arrow, method or built-in.
    Normal,
    /// `async function` / `async () => …`
    Async,
}

/// What happens on a call.
#[derive(Debug, Clone)]
pub enum Callable {
    /// User code: compiled body plus captured scope.
    Closure(super::vm::Closure),
    /// A built-in, possibly carrying state (e.g. a promise's resolve function).
    Native(super::builtins::Native),
}

impl Value {
    /// The `undefined` check used everywhere (holes read as undefined).
    pub fn is_undefined(&self) -> bool {
        matches!(self, Value::Undefined | Value::Hole)
    }

    /// `null` or `undefined`.
    pub fn is_nullish(&self) -> bool {
        matches!(self, Value::Undefined | Value::Null | Value::Hole)
    }

    /// A string value.
    pub fn str(s: &str) -> Value {
        Value::String(Rc::from(s))
    }

    /// The object, if this is one.
    pub fn as_object(&self) -> Option<&Obj> {
        match self {
            Value::Object(o) => Some(o),
            _ => None,
        }
    }

    /// `ToBoolean`.
    pub fn truthy(&self) -> bool {
        match self {
            Value::Undefined | Value::Null | Value::Hole => false,
            Value::Bool(b) => *b,
            Value::Number(n) => *n != 0.0 && !n.is_nan(),
            Value::String(s) => !s.is_empty(),
            Value::Object(_) => true,
        }
    }

    /// `typeof v`.
    pub fn type_of(&self) -> &'static str {
        match self {
            Value::Undefined | Value::Hole => "undefined",
            Value::Null => "object",
            Value::Bool(_) => "boolean",
            Value::Number(_) => "number",
            Value::String(_) => "string",
            Value::Object(o) => match o.borrow().kind {
                ObjectKind::Function(_) => "function",
                _ => "object",
            },
        }
    }

    /// Whether the value is callable.
    pub fn is_callable(&self) -> bool {
        matches!(self, Value::Object(o) if matches!(o.borrow().kind, ObjectKind::Function(_)))
    }

    /// Whether the value is a (native) promise.
    pub fn is_promise(&self) -> bool {
        matches!(self, Value::Object(o) if matches!(o.borrow().kind, ObjectKind::Promise(_)))
    }

    /// `===`.
    pub fn strict_equals(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Undefined | Value::Hole, Value::Undefined | Value::Hole) => true,
            (Value::Null, Value::Null) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Number(a), Value::Number(b)) => a == b,
            (Value::String(a), Value::String(b)) => a == b,
            (Value::Object(a), Value::Object(b)) => a.ptr_eq(b),
            _ => false,
        }
    }

    /// `ToNumber` for primitives; objects convert through their string form
    /// (arrays: `[5]` → 5), which is what puzzle code relies on.
    pub fn to_number(&self) -> f64 {
        match self {
            Value::Undefined | Value::Hole => f64::NAN,
            Value::Null => 0.0,
            Value::Bool(b) => f64::from(u8::from(*b)),
            Value::Number(n) => *n,
            Value::String(s) => string_to_number(s),
            Value::Object(_) => string_to_number(&self.to_js_string()),
        }
    }

    /// `ToString` (`String(v)` / template literals / `+` with a string).
    pub fn to_js_string(&self) -> Rc<str> {
        match self {
            Value::Undefined | Value::Hole => Rc::from("undefined"),
            Value::Null => Rc::from("null"),
            Value::Bool(b) => Rc::from(if *b { "true" } else { "false" }),
            Value::Number(n) => Rc::from(number_to_string(*n)),
            Value::String(s) => s.clone(),
            Value::Object(o) => Rc::from(object_to_string(o)),
        }
    }
}

/// `Error.prototype.toString` (V8's ErrorUtils::ToString) on the own data
/// properties of an error (the prototype's `name` is the constructor's, its
/// `message` is empty), for callers with no realm to run getters.
fn error_header(data: &ObjectData, ty: ErrorType) -> String {
    let own = |key: &str| data.props.get(key).filter(|p| !p.is_accessor());
    let name = match own("name") {
        Some(p) if p.value.is_undefined() => Rc::from("Error"),
        Some(p) => p.value.to_js_string(),
        None => Rc::from(ty.name()),
    };
    let message = match own("message") {
        Some(p) if !p.value.is_undefined() => p.value.to_js_string(),
        _ => Rc::from(""),
    };
    super::inspect::error_to_string(&name, &message)
}

/// `Object.prototype.toString`-style conversion of objects to strings, as `String(obj)` does.
fn object_to_string(o: &Obj) -> String {
    let data = o.borrow();
    match &data.kind {
        ObjectKind::Array(items) => items
            .iter()
            .map(|v| {
                if v.is_nullish() {
                    Rc::from("")
                } else {
                    v.to_js_string()
                }
            })
            .collect::<Vec<_>>()
            .join(","),
        ObjectKind::Error(ty) => error_header(&data, *ty),
        ObjectKind::Function(f) => match &f.call {
            Callable::Closure(c) => c.code.source().to_string(),
            // Node's console methods are bound functions, whose source V8
            // shows without a name.
            Callable::Native(Native::Bound { .. }) => "function () { [native code] }".to_string(),
            Callable::Native(Native::Host(h)) if h.is_console_method() => {
                "function () { [native code] }".to_string()
            }
            Callable::Native(_) => format!("function {}() {{ [native code] }}", f.name),
        },
        ObjectKind::Timeout(id) | ObjectKind::Immediate(id) => id.to_string(),
        kind => format!("[object {}]", kind.to_string_tag().unwrap_or("Object")),
    }
}

/// JS `Number::toString(10)`: `1e+21`, `0.1`, `-0` → `"0"`.
pub fn number_to_string(n: f64) -> String {
    if n == 0.0 {
        return "0".to_string();
    }
    let mut buf = ryu_js::Buffer::new();
    buf.format(n).to_string()
}

/// JS whitespace (`WhiteSpace` and `LineTerminator`), what `trim` and the
/// string-to-number conversions skip: Unicode's, and the byte-order mark,
/// but not U+0085 (NEL), which Rust counts.
pub fn is_js_whitespace(c: char) -> bool {
    (c.is_whitespace() && c != '\u{85}') || c == '\u{feff}'
}

/// Trims JS whitespace from both ends.
pub fn trim_js(s: &str) -> &str {
    s.trim_matches(is_js_whitespace)
}

/// JS `StringToNumber`: trims whitespace; `""` → 0; hex/octal/binary prefixes;
/// `Infinity`; anything else that is not a decimal literal → NaN.
pub fn string_to_number(s: &str) -> f64 {
    let t = trim_js(s);
    if t.is_empty() {
        return 0.0;
    }
    let radix = |p: &str, r: u32| {
        t.strip_prefix(p)
            .or_else(|| t.strip_prefix(&p.to_uppercase()))
            .map(|d| super::number_parse::prefixed_digits_value(d, r).unwrap_or(f64::NAN))
    };
    if let Some(v) = radix("0x", 16)
        .or_else(|| radix("0o", 8))
        .or_else(|| radix("0b", 2))
    {
        return v;
    }
    match t {
        "Infinity" | "+Infinity" => return f64::INFINITY,
        "-Infinity" => return f64::NEG_INFINITY,
        _ => {}
    }
    let valid = t
        .bytes()
        .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'E' | b'+' | b'-'))
        && t.bytes().any(|b| b.is_ascii_digit());
    if !valid {
        return f64::NAN;
    }
    t.parse::<f64>().unwrap_or(f64::NAN)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Props behaves like one insertion-ordered map on both sides of the
    /// switch from a vector to a hash map.
    #[test]
    fn props_keep_insertion_order_across_the_switch_to_a_map() {
        let mut props = Props::default();
        let key = |i: usize| Rc::<str>::from(format!("k{i}"));
        let value = |p: &Property| match p.value {
            Value::Number(n) => Some(n),
            _ => None,
        };
        for i in 0..FEW_PROPS * 2 {
            assert!(props
                .insert(key(i), Property::data(Value::Number(i as f64)))
                .is_none());
            // Replacing keeps the position and returns the old property.
            let old = props.insert(key(0), Property::data(Value::Number(-1.0)));
            assert!(old.is_some());
            assert_eq!(props.get("k0").and_then(value), Some(-1.0));
            let expected = if i == 0 { -1.0 } else { i as f64 };
            assert_eq!(props.get(&key(i)).and_then(value), Some(expected));
            assert!(!props.contains_key(&key(i + 1)));
            let keys: Vec<String> = props.iter().map(|(k, _)| k.to_string()).collect();
            assert_eq!(keys, (0..=i).map(|j| format!("k{j}")).collect::<Vec<_>>());
        }
        assert!(matches!(props.0.as_deref(), Some(PropTable::Many(_))));
        if let Some(p) = props.get_mut("k3") {
            p.enumerable = false;
        }
        assert_eq!(props.get("k3").map(|p| p.enumerable), Some(false));
        assert_eq!(props.shift_remove("k1").and_then(|p| value(&p)), Some(1.0));
        let keys: Vec<String> = props.iter().take(3).map(|(k, _)| k.to_string()).collect();
        assert_eq!(keys, ["k0", "k2", "k3"]);

        let mut few = Props::default();
        assert!(few.is_empty());
        few.insert(key(1), Property::hidden(Value::Null));
        few.insert(key(2), Property::hidden(Value::Null));
        assert!(few.shift_remove("k1").is_some());
        assert!(few.shift_remove("k1").is_none());
        assert_eq!(
            few.iter().map(|(k, _)| k.to_string()).collect::<Vec<_>>(),
            ["k2"]
        );
    }

    #[test]
    fn numbers_print_like_js() {
        assert_eq!(number_to_string(1e21), "1e+21");
        assert_eq!(number_to_string(0.1 + 0.2), "0.30000000000000004");
        assert_eq!(number_to_string(-0.0), "0");
        assert_eq!(number_to_string(f64::NAN), "NaN");
        assert_eq!(number_to_string(-5.0), "-5");
        assert_eq!(number_to_string(f64::NEG_INFINITY), "-Infinity");
    }

    #[test]
    fn strings_convert_like_js() {
        assert_eq!(string_to_number(" 42 "), 42.0);
        assert_eq!(string_to_number(""), 0.0);
        assert_eq!(string_to_number("0x1f"), 31.0);
        assert!(string_to_number("42abc").is_nan());
        assert!(string_to_number("soon").is_nan());
        assert_eq!(string_to_number("1.5e3"), 1500.0);
    }

    #[test]
    fn array_index_is_canonical() {
        assert_eq!(array_index("0"), Some(0));
        assert_eq!(array_index("12"), Some(12));
        assert_eq!(array_index("012"), None);
        assert_eq!(array_index("a"), None);
    }
}
