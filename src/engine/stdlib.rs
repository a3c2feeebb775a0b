//! The language library puzzles lean on: array and string methods, `Object`,
//! `Array`, `Number`, `String`, `Boolean`, `Math`, `JSON`, `parseInt`…
//!
//! Names JS has but jsorder does not implement stop the run as unsupported
//! (see [`unsupported_global`]) rather than reading `undefined`.

use super::builtins::Native;
use super::collections::{Coll, CollFn};
use super::elements::Elements;
use super::number_parse::{parse_float, parse_int};
use super::props::hole_to_undefined;
use super::realm::{Intrinsics, Realm, MAX_ARRAY_LEN, MAX_STRING_LEN};
use super::timsort;
use super::value::{
    is_js_whitespace, number_to_string, trim_js, ArrayIter, Callable, IterKind, Obj, ObjectKind,
    Property, Value,
};
use super::vm::with_stack;
use super::JsResult;
use std::rc::Rc;

/// A language-library built-in.
#[allow(missing_docs)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StdFn {
    // Array.prototype
    Push,
    Pop,
    Shift,
    Unshift,
    Map,
    ForEach,
    Filter,
    Reduce,
    ReduceRight,
    Join,
    Includes,
    IndexOf,
    LastIndexOf,
    Slice,
    Concat,
    Find,
    FindIndex,
    FindLast,
    FindLastIndex,
    SomeFn,
    Every,
    Reverse,
    Sort,
    Splice,
    ToReversed,
    ToSorted,
    ToSpliced,
    With,
    CopyWithin,
    Flat,
    FlatMap,
    Fill,
    At,
    ArrayToString,
    Keys,
    Values,
    Entries,
    // %ArrayIteratorPrototype%
    IteratorNext,
    // String.prototype
    ToUpperCase,
    ToLowerCase,
    StrIncludes,
    StrIndexOf,
    StrLastIndexOf,
    StrSlice,
    Substring,
    Substr,
    Split,
    Trim,
    TrimStart,
    TrimEnd,
    StartsWith,
    EndsWith,
    Repeat,
    PadStart,
    PadEnd,
    CharAt,
    CharCodeAt,
    CodePointAt,
    StrAt,
    Replace,
    ReplaceAll,
    StrConcat,
    LocaleCompare,
    StrToString,
    StrValueOf,
    // Number / Boolean prototypes
    ToFixed,
    ToExponential,
    ToPrecision,
    NumToLocaleString,
    NumToString,
    // Function.prototype
    Call,
    Apply,
    Bind,
    // Object.prototype
    HasOwnProperty,
    ObjToString,
    // Error.prototype
    ErrorToString,
    // constructors and namespaces
    ObjectCtor,
    ObjectKeys,
    ObjectValues,
    ObjectEntries,
    ObjectAssign,
    ObjectFreeze,
    ObjectIsFrozen,
    ObjectIs,
    ObjectFromEntries,
    ObjectHasOwn,
    ObjectGetOwnPropertyNames,
    ArrayCtor,
    ArrayIsArray,
    ArrayFrom,
    ArrayOf,
    StringCtor,
    StringFromCharCode,
    StringFromCodePoint,
    NumberCtor,
    BooleanCtor,
    NumberIsInteger,
    NumberIsNaN,
    NumberIsSafeInteger,
    NumberIsFinite,
    ParseInt,
    ParseFloat,
    IsNaN,
    IsFinite,
    MathMin,
    MathMax,
    MathFloor,
    MathCeil,
    MathRound,
    MathAbs,
    MathPow,
    MathSqrt,
    MathTrunc,
    MathSign,
    JsonStringify,
    JsonParse,
    /// `Map`, `Set`, `WeakMap`, `WeakSet`.
    CollCtor(Coll),
    /// A method of `Map.prototype` or `Set.prototype`, or their iterators' `next`.
    Collection(Coll, CollFn),
}

/// Globals JavaScript has that jsorder does not model.
pub fn unsupported_global(name: &str) -> bool {
    unsupported_global_type(name).is_some()
}

/// `typeof` of a global jsorder does not model, as Node v20 answers it
/// (browser-only names are `undefined` there).
pub fn unsupported_global_type(name: &str) -> Option<&'static str> {
    Some(match name {
        "WeakRef"
        | "Symbol"
        | "Date"
        | "RegExp"
        | "Proxy"
        | "BigInt"
        | "fetch"
        | "Buffer"
        | "structuredClone"
        | "eval"
        | "Function"
        | "ArrayBuffer"
        | "Uint8Array"
        | "Int32Array"
        | "Float64Array"
        | "DataView"
        | "FinalizationRegistry"
        | "SharedArrayBuffer"
        | "MessageChannel"
        | "URL"
        | "TextEncoder"
        | "TextDecoder"
        | "AbortController"
        | "Event"
        | "EventTarget"
        | "encodeURIComponent"
        | "decodeURIComponent"
        | "encodeURI"
        | "decodeURI"
        | "escape"
        | "unescape"
        | "EvalError"
        | "URIError"
        | "Int8Array"
        | "Uint16Array"
        | "Int16Array"
        | "Uint32Array"
        | "Float32Array"
        | "Uint8ClampedArray"
        | "BigUint64Array"
        | "BigInt64Array"
        | "URLSearchParams"
        | "DOMException"
        | "AbortSignal"
        | "TransformStream"
        | "TransformStreamDefaultController"
        | "WritableStream"
        | "WritableStreamDefaultController"
        | "WritableStreamDefaultWriter"
        | "ReadableStream"
        | "ReadableStreamDefaultReader"
        | "ReadableStreamBYOBReader"
        | "ReadableStreamBYOBRequest"
        | "ReadableByteStreamController"
        | "ReadableStreamDefaultController"
        | "ByteLengthQueuingStrategy"
        | "CountQueuingStrategy"
        | "TextEncoderStream"
        | "TextDecoderStream"
        | "CompressionStream"
        | "DecompressionStream"
        | "atob"
        | "btoa"
        | "BroadcastChannel"
        | "MessagePort"
        | "MessageEvent"
        | "Blob"
        | "File"
        | "Performance"
        | "PerformanceEntry"
        | "PerformanceMark"
        | "PerformanceMeasure"
        | "PerformanceObserver"
        | "PerformanceObserverEntryList"
        | "PerformanceResourceTiming"
        | "FormData"
        | "Headers"
        | "Request"
        | "Response"
        | "Crypto"
        | "CryptoKey"
        | "SubtleCrypto"
        | "CustomEvent" => "function",
        "arguments" | "Reflect" | "Intl" | "module" | "exports" | "globalThis" | "global"
        | "performance" | "Atomics" | "crypto" | "WebAssembly" => "object",
        "__filename" | "__dirname" => "string",
        "requestAnimationFrame"
        | "MutationObserver"
        | "document"
        | "window"
        | "localStorage"
        | "XMLHttpRequest"
        | "Worker"
        | "navigator"
        | "self" => "undefined",
        _ => return None,
    })
}

const ARRAY_PROTO: &[&str] = &[
    "at",
    "concat",
    "copyWithin",
    "entries",
    "every",
    "fill",
    "filter",
    "find",
    "findIndex",
    "findLast",
    "findLastIndex",
    "flat",
    "flatMap",
    "forEach",
    "includes",
    "indexOf",
    "join",
    "keys",
    "lastIndexOf",
    "map",
    "pop",
    "push",
    "reduce",
    "reduceRight",
    "reverse",
    "shift",
    "slice",
    "some",
    "sort",
    "splice",
    "toLocaleString",
    "toReversed",
    "toSorted",
    "toSpliced",
    "toString",
    "unshift",
    "values",
    "with",
    "constructor",
];
const STRING_PROTO: &[&str] = &[
    "at",
    "charAt",
    "charCodeAt",
    "codePointAt",
    "concat",
    "endsWith",
    "includes",
    "indexOf",
    "lastIndexOf",
    "localeCompare",
    "match",
    "matchAll",
    "normalize",
    "padEnd",
    "padStart",
    "repeat",
    "replace",
    "replaceAll",
    "search",
    "slice",
    "split",
    "startsWith",
    "substring",
    "substr",
    "toLowerCase",
    "toUpperCase",
    "toString",
    "trim",
    "trimEnd",
    "trimStart",
    "valueOf",
    "toLocaleLowerCase",
    "toLocaleUpperCase",
    "constructor",
    "isWellFormed",
    "toWellFormed",
    "trimLeft",
    "trimRight",
    "anchor",
    "big",
    "blink",
    "bold",
    "fixed",
    "fontcolor",
    "fontsize",
    "italics",
    "link",
    "small",
    "strike",
    "sub",
    "sup",
];
const OBJECT_PROTO: &[&str] = &[
    "constructor",
    "hasOwnProperty",
    "isPrototypeOf",
    "propertyIsEnumerable",
    "toString",
    "valueOf",
    "toLocaleString",
    "__proto__",
    "__defineGetter__",
    "__defineSetter__",
    "__lookupGetter__",
    "__lookupSetter__",
];

const TAG_ARRAY: u8 = 10;
const TAG_STRING: u8 = 11;
const TAG_NUMBER: u8 = 12;
const TAG_FUNCTION: u8 = 13;
const TAG_OBJECT: u8 = 14;
const TAG_ITERATOR: u8 = 15;
const TAG_MAP: u8 = 16;
const TAG_SET: u8 = 17;
const TAG_MAP_ITERATOR: u8 = 18;
const TAG_SET_ITERATOR: u8 = 19;
const TAG_WEAK_MAP: u8 = 20;
const TAG_WEAK_SET: u8 = 21;
const TAG_ERROR: u8 = 22;

fn method(realm: &mut Realm, tag: u8, name: &'static str, f: StdFn) -> JsResult<Value> {
    Ok(realm.shared_method(tag, name, Native::Std(f)))
}

/// Whether arrays inherit `name` from `Array.prototype`.
pub fn is_array_method(name: &str) -> bool {
    ARRAY_PROTO.contains(&name)
}

/// Whether every object inherits `name` from `Object.prototype`.
pub fn is_object_method(name: &str) -> bool {
    OBJECT_PROTO.contains(&name)
}

/// Finds `name` in a table of JS names (to get a `'static` key for the cache).
fn known(table: &[&'static str], name: &str) -> Option<&'static str> {
    table.iter().copied().find(|n| *n == name)
}

/// `Array.prototype`'s implemented methods by name, the most used first:
/// a property read on an array scans it.
const ARRAY_FNS: &[(&str, StdFn)] = &[
    ("push", StdFn::Push),
    ("pop", StdFn::Pop),
    ("shift", StdFn::Shift),
    ("unshift", StdFn::Unshift),
    ("map", StdFn::Map),
    ("forEach", StdFn::ForEach),
    ("filter", StdFn::Filter),
    ("reduce", StdFn::Reduce),
    ("reduceRight", StdFn::ReduceRight),
    ("join", StdFn::Join),
    ("includes", StdFn::Includes),
    ("indexOf", StdFn::IndexOf),
    ("lastIndexOf", StdFn::LastIndexOf),
    ("slice", StdFn::Slice),
    ("concat", StdFn::Concat),
    ("find", StdFn::Find),
    ("findIndex", StdFn::FindIndex),
    ("findLast", StdFn::FindLast),
    ("findLastIndex", StdFn::FindLastIndex),
    ("some", StdFn::SomeFn),
    ("every", StdFn::Every),
    ("reverse", StdFn::Reverse),
    ("sort", StdFn::Sort),
    ("splice", StdFn::Splice),
    ("toReversed", StdFn::ToReversed),
    ("toSorted", StdFn::ToSorted),
    ("toSpliced", StdFn::ToSpliced),
    ("with", StdFn::With),
    ("copyWithin", StdFn::CopyWithin),
    ("flat", StdFn::Flat),
    ("flatMap", StdFn::FlatMap),
    ("fill", StdFn::Fill),
    ("at", StdFn::At),
    ("toString", StdFn::ArrayToString),
    ("keys", StdFn::Keys),
    ("values", StdFn::Values),
    ("entries", StdFn::Entries),
];

/// `[].name`.
pub fn array_method(realm: &mut Realm, name: &str) -> JsResult<Value> {
    if let Some(&(key, f)) = ARRAY_FNS.iter().find(|(n, _)| *n == name) {
        return method(realm, TAG_ARRAY, key, f);
    }
    if name == "constructor" {
        realm.ensure_stdlib();
        return Ok(realm.intrinsics.array.clone().unwrap_or(Value::Undefined));
    }
    if let Some(n) = known(ARRAY_PROTO, name) {
        return Err(realm.unsupported(format!("`Array.prototype.{n}` is not supported yet")));
    }
    object_method(realm, name)
}

/// `String.prototype`'s implemented methods by name. `string_call` also
/// reads it backwards, to name the method in its errors.
const STRING_FNS: &[(&str, StdFn)] = &[
    ("toUpperCase", StdFn::ToUpperCase),
    ("toLowerCase", StdFn::ToLowerCase),
    ("includes", StdFn::StrIncludes),
    ("indexOf", StdFn::StrIndexOf),
    ("lastIndexOf", StdFn::StrLastIndexOf),
    ("slice", StdFn::StrSlice),
    ("substring", StdFn::Substring),
    ("substr", StdFn::Substr),
    ("split", StdFn::Split),
    ("trim", StdFn::Trim),
    ("trimStart", StdFn::TrimStart),
    ("trimEnd", StdFn::TrimEnd),
    ("startsWith", StdFn::StartsWith),
    ("endsWith", StdFn::EndsWith),
    ("repeat", StdFn::Repeat),
    ("padStart", StdFn::PadStart),
    ("padEnd", StdFn::PadEnd),
    ("charAt", StdFn::CharAt),
    ("charCodeAt", StdFn::CharCodeAt),
    ("codePointAt", StdFn::CodePointAt),
    ("at", StdFn::StrAt),
    ("replace", StdFn::Replace),
    ("replaceAll", StdFn::ReplaceAll),
    ("concat", StdFn::StrConcat),
    ("localeCompare", StdFn::LocaleCompare),
    ("toString", StdFn::StrToString),
    ("valueOf", StdFn::StrValueOf),
];

/// `"s".name`.
pub fn string_method(realm: &mut Realm, name: &str) -> JsResult<Value> {
    if let Some(&(key, f)) = STRING_FNS.iter().find(|(n, _)| *n == name) {
        return method(realm, TAG_STRING, key, f);
    }
    if name == "constructor" {
        return Ok(primitive_ctor(realm, |i| &i.string));
    }
    if let Some(n) = known(STRING_PROTO, name) {
        return Err(realm.unsupported(format!("`String.prototype.{n}` is not supported yet")));
    }
    object_method(realm, name)
}

/// `Number.prototype`'s implemented methods by name.
const NUMBER_FNS: &[(&str, StdFn)] = &[
    ("toFixed", StdFn::ToFixed),
    ("toExponential", StdFn::ToExponential),
    ("toPrecision", StdFn::ToPrecision),
    ("toString", StdFn::NumToString),
    ("toLocaleString", StdFn::NumToLocaleString),
];

/// `(1).name`.
pub fn number_method(realm: &mut Realm, name: &str) -> JsResult<Value> {
    if let Some(&(key, f)) = NUMBER_FNS.iter().find(|(n, _)| *n == name) {
        return method(realm, TAG_NUMBER, key, f);
    }
    match name {
        "valueOf" => {
            Err(realm.unsupported(format!("`Number.prototype.{name}` is not supported yet")))
        }
        "constructor" => Ok(primitive_ctor(realm, |i| &i.number)),
        _ => object_method(realm, name),
    }
}

/// `true.name`.
pub fn bool_method(realm: &mut Realm, name: &str) -> JsResult<Value> {
    match name {
        "toString" => method(realm, TAG_NUMBER, "toString", StdFn::NumToString),
        "constructor" => Ok(primitive_ctor(realm, |i| &i.boolean)),
        _ => object_method(realm, name),
    }
}

/// `String`, `Number` or `Boolean` (picked by `which`), the `constructor` a
/// primitive inherits from its prototype.
fn primitive_ctor(realm: &mut Realm, which: fn(&Intrinsics) -> &Option<Value>) -> Value {
    realm.ensure_stdlib();
    which(&realm.intrinsics).clone().unwrap_or(Value::Undefined)
}

/// `[].values().name` (`coll` is `None`), `map.keys().name`: iterators
/// have `next` and what objects have.
pub fn iterator_method(realm: &mut Realm, coll: Option<Coll>, name: &str) -> JsResult<Value> {
    let (tag, f) = match coll {
        None => (TAG_ITERATOR, StdFn::IteratorNext),
        Some(Coll::Map | Coll::WeakMap) => {
            (TAG_MAP_ITERATOR, StdFn::Collection(Coll::Map, CollFn::Next))
        }
        Some(Coll::Set | Coll::WeakSet) => {
            (TAG_SET_ITERATOR, StdFn::Collection(Coll::Set, CollFn::Next))
        }
    };
    match name {
        "next" => method(realm, tag, "next", f),
        _ => object_method(realm, name),
    }
}

/// `map.name`, `set.name`, … (a Map's or Set's `size` is read by the caller).
pub fn collection_method(realm: &mut Realm, coll: Coll, name: &str) -> JsResult<Value> {
    let tag = match coll {
        Coll::Map => TAG_MAP,
        Coll::Set => TAG_SET,
        Coll::WeakMap => TAG_WEAK_MAP,
        Coll::WeakSet => TAG_WEAK_SET,
    };
    match (name, CollFn::lookup(coll, name)) {
        (_, Some(f)) => method(realm, tag, f.name(), StdFn::Collection(coll, f)),
        ("constructor", None) => {
            realm.ensure_stdlib();
            Ok(realm.collection_ctor(coll))
        }
        _ => object_method(realm, name),
    }
}

/// Static members the built-in constructors have in Node 20 that jsorder does not model.
fn unmodelled_static(ctor: &str, name: &str) -> bool {
    match ctor {
        "Object" => matches!(
            name,
            "defineProperty"
                | "defineProperties"
                | "create"
                | "getPrototypeOf"
                | "setPrototypeOf"
                | "getOwnPropertyDescriptor"
                | "getOwnPropertyDescriptors"
                | "getOwnPropertySymbols"
                | "seal"
                | "isSealed"
                | "preventExtensions"
                | "isExtensible"
                | "groupBy"
                | "prototype"
        ),
        "Error" | "TypeError" | "RangeError" | "ReferenceError" | "SyntaxError"
        | "AggregateError" => matches!(
            name,
            "captureStackTrace" | "prepareStackTrace" | "stackTraceLimit"
        ),
        "String" => matches!(name, "prototype" | "raw"),
        "Array" => matches!(name, "prototype" | "fromAsync"),
        "Number" | "Boolean" | "Promise" => name == "prototype",
        _ => false,
    }
}

/// `f.name` for names functions get from `Function.prototype`.
pub fn function_method(realm: &mut Realm, f: &Obj, name: &str) -> JsResult<Value> {
    match name {
        "call" => method(realm, TAG_FUNCTION, "call", StdFn::Call),
        "apply" => method(realm, TAG_FUNCTION, "apply", StdFn::Apply),
        "bind" => method(realm, TAG_FUNCTION, "bind", StdFn::Bind),
        "length" => Ok(Value::Number(f64::from(function_length(f)))),
        "constructor" => match realm.intrinsics.function.clone() {
            Some(f) => Ok(f),
            None => Err(realm.unsupported("`Function` is not supported yet".into())),
        },
        "toString" | "arguments" | "caller" => {
            Err(realm.unsupported(format!("`Function.prototype.{name}` is not supported yet")))
        }
        _ if unmodelled_static(&function_name(f), name) => {
            let ctor = function_name(f);
            Err(realm.unsupported(format!("`{ctor}.{name}` is not supported yet")))
        }
        _ if node_fn(f).is_some_and(|nf| super::modules::unmodelled_util_static(nf, name)) => {
            let util_fn = function_name(f);
            Err(realm.unsupported(format!("`util.{util_fn}.{name}` is not supported yet")))
        }
        "prototype" => Err(realm.unsupported("`prototype` objects are not supported yet".into())),
        _ => object_method(realm, name),
    }
}

/// The Node built-in `f` is, if it is one.
fn node_fn(f: &Obj) -> Option<super::modules::NodeFn> {
    match &f.borrow().kind {
        ObjectKind::Function(fd) => match &fd.call {
            Callable::Native(Native::Node(nf)) => Some(*nf),
            _ => None,
        },
        _ => None,
    }
}

/// The `length` of a built-in function: its declared parameter count in
/// Node (V8's built-ins, and the JavaScript signatures of Node's timers).
/// Methods that share a name share it (`slice` is 2 on arrays and strings).
/// `f.length`: the parameters before the first default or rest; a bound
/// function has its target's less the arguments bound.
pub(super) fn function_length(f: &Obj) -> u16 {
    use super::builtins::Native;
    match &f.borrow().kind {
        ObjectKind::Function(fd) => match &fd.call {
            Callable::Closure(c) => c.code.length,
            Callable::Native(Native::Bound { target, args, .. }) => {
                function_length(target).saturating_sub(args.len() as u16)
            }
            Callable::Native(n) => native_length(&fd.name, n),
        },
        _ => 0,
    }
}

fn native_length(name: &str, native: &super::builtins::Native) -> u16 {
    use super::builtins::Native;
    if matches!(
        native,
        Native::Resolve(..) | Native::Reject(..) | Native::Element(..)
    ) {
        return 1;
    }
    // `Object.keys` and friends take one argument; the array methods none.
    match native {
        Native::Std(StdFn::Keys | StdFn::Values | StdFn::Entries | StdFn::CollCtor(_)) => return 0,
        Native::Std(StdFn::Collection(_, f)) => return f.length(),
        // `toString(radix)`; the other built-in `toString`s take nothing.
        Native::Std(StdFn::NumToString) => return 1,
        _ => {}
    }
    match name {
        "setTimeout" | "setInterval" => 5,
        "setImmediate" => 4,
        "stringify" => 3,
        "then" | "slice" | "splice" | "toSpliced" | "with" | "copyWithin" | "hasOwn"
        | "substring" | "substr" | "split" | "replace" | "replaceAll" | "assign" | "parseInt"
        | "parse" | "min" | "max" | "pow" | "apply" | "on" | "once" | "addListener" => 2,
        "log" | "info" | "debug" | "error" | "warn" | "assert" | "dir" | "group"
        | "groupCollapsed" | "groupEnd" | "count" | "countReset" | "pop" | "shift" | "reverse"
        | "flat" | "of" | "toUpperCase" | "toLowerCase" | "trim" | "trimStart" | "trimEnd"
        | "now" | "random" | "hrtime" | "toString" | "toLocaleString" | "valueOf" | "next"
        | "toReversed" | "" => 0,
        _ => 1,
    }
}

fn function_name(f: &Obj) -> Rc<str> {
    match &f.borrow().kind {
        ObjectKind::Function(fd) => fd.name.clone(),
        _ => Rc::from(""),
    }
}

/// Names every object inherits from `Object.prototype`.
pub fn object_method(realm: &mut Realm, name: &str) -> JsResult<Value> {
    match name {
        "hasOwnProperty" => method(realm, TAG_OBJECT, "hasOwnProperty", StdFn::HasOwnProperty),
        "toString" => method(realm, TAG_OBJECT, "toString", StdFn::ObjToString),
        "constructor" => {
            realm.ensure_stdlib();
            Ok(realm.intrinsics.object.clone().unwrap_or(Value::Undefined))
        }
        _ => match known(OBJECT_PROTO, name) {
            Some(n) => {
                Err(realm.unsupported(format!("`Object.prototype.{n}` is not supported yet")))
            }
            None => Ok(Value::Undefined),
        },
    }
}

/// `err.toString`: errors inherit `Error.prototype.toString`, not
/// `Object.prototype.toString`.
pub fn error_to_string_method(realm: &mut Realm) -> JsResult<Value> {
    method(realm, TAG_ERROR, "toString", StdFn::ErrorToString)
}

/// `Error.prototype.toString` of the object `this`: `name` (default `Error`)
/// and `message` (default empty) read through getters, joined by `: ` when
/// both show.
pub fn error_to_string(realm: &mut Realm, this: &Value) -> JsResult<Rc<str>> {
    let name = match realm.get_named(this, "name")? {
        Value::Undefined => Rc::from("Error"),
        v => realm.coerce_string(&v)?,
    };
    let message = match realm.get_named(this, "message")? {
        Value::Undefined => Rc::from(""),
        v => realm.coerce_string(&v)?,
    };
    Ok(Rc::from(super::inspect::error_to_string(&name, &message)))
}

/// The globals [`install`] defines (a test checks the two agree).
pub const GLOBALS: &[&str] = &[
    "Object",
    "Array",
    "String",
    "Number",
    "Boolean",
    "parseInt",
    "parseFloat",
    "isNaN",
    "isFinite",
    "NaN",
    "Infinity",
    "Math",
    "JSON",
    "Map",
    "Set",
    "WeakMap",
    "WeakSet",
];

/// Installs `Object`, `Array`, `Math`, `JSON`, … as globals.
pub fn install(realm: &mut Realm) {
    use StdFn::*;
    let ctor = |realm: &mut Realm, name: &str, f: StdFn, statics: &[(&str, StdFn)]| {
        let c = realm.native_fn(name, Native::Std(f));
        for (n, sf) in statics {
            let v = realm.native_fn(n, Native::Std(*sf));
            realm.define_hidden(&c, n, v);
        }
        realm.globals.insert(Rc::from(name), c.clone());
        c
    };
    let object = ctor(
        realm,
        "Object",
        ObjectCtor,
        &[
            ("keys", ObjectKeys),
            ("values", ObjectValues),
            ("entries", ObjectEntries),
            ("assign", ObjectAssign),
            ("freeze", ObjectFreeze),
            ("isFrozen", ObjectIsFrozen),
            ("is", ObjectIs),
            ("fromEntries", ObjectFromEntries),
            ("hasOwn", ObjectHasOwn),
            ("getOwnPropertyNames", ObjectGetOwnPropertyNames),
        ],
    );
    realm.intrinsics.object = Some(object);
    let array = ctor(
        realm,
        "Array",
        ArrayCtor,
        &[
            ("isArray", ArrayIsArray),
            ("from", ArrayFrom),
            ("of", ArrayOf),
        ],
    );
    realm.intrinsics.array = Some(array);
    let string = ctor(
        realm,
        "String",
        StringCtor,
        &[
            ("fromCharCode", StringFromCharCode),
            ("fromCodePoint", StringFromCodePoint),
        ],
    );
    realm.intrinsics.string = Some(string);
    let number = ctor(
        realm,
        "Number",
        NumberCtor,
        &[
            ("isInteger", NumberIsInteger),
            ("isSafeInteger", NumberIsSafeInteger),
            ("isNaN", NumberIsNaN),
            ("isFinite", NumberIsFinite),
        ],
    );
    // `Number.parseInt` and `Number.parseFloat` are the global functions
    // themselves (`Number.parseInt === parseInt`).
    for (n, f) in [("parseInt", ParseInt), ("parseFloat", ParseFloat)] {
        let v = realm.native_fn(n, Native::Std(f));
        realm.define_hidden(&number, n, v.clone());
        realm.globals.insert(Rc::from(n), v);
    }
    for (n, v) in [
        ("MAX_SAFE_INTEGER", 9007199254740991.0),
        ("MIN_SAFE_INTEGER", -9007199254740991.0),
        ("EPSILON", f64::EPSILON),
        ("POSITIVE_INFINITY", f64::INFINITY),
        ("NEGATIVE_INFINITY", f64::NEG_INFINITY),
        ("NaN", f64::NAN),
        ("MAX_VALUE", f64::MAX),
        ("MIN_VALUE", 5e-324),
    ] {
        realm.define_hidden(&number, n, Value::Number(v));
    }
    realm.intrinsics.number = Some(number);
    realm.intrinsics.boolean = Some(ctor(realm, "Boolean", BooleanCtor, &[]));
    for coll in [Coll::Map, Coll::Set, Coll::WeakMap, Coll::WeakSet] {
        let c = ctor(realm, coll.name(), CollCtor(coll), &[]);
        realm.intrinsics.collections.push(c);
    }
    for (n, f) in [("isNaN", IsNaN), ("isFinite", IsFinite)] {
        let v = realm.native_fn(n, Native::Std(f));
        realm.globals.insert(Rc::from(n), v);
    }
    realm
        .globals
        .insert(Rc::from("NaN"), Value::Number(f64::NAN));
    realm
        .globals
        .insert(Rc::from("Infinity"), Value::Number(f64::INFINITY));
    let math = Value::Object(Obj::new(ObjectKind::Namespace("Math")));
    for (n, f) in [
        ("min", MathMin),
        ("max", MathMax),
        ("floor", MathFloor),
        ("ceil", MathCeil),
        ("round", MathRound),
        ("abs", MathAbs),
        ("pow", MathPow),
        ("sqrt", MathSqrt),
        ("trunc", MathTrunc),
        ("sign", MathSign),
    ] {
        let v = realm.native_fn(n, Native::Std(f));
        realm.define_hidden(&math, n, v);
    }
    realm.define_hidden(&math, "PI", Value::Number(std::f64::consts::PI));
    realm.define_hidden(&math, "E", Value::Number(std::f64::consts::E));
    realm.globals.insert(Rc::from("Math"), math);
    let json = Value::Object(Obj::new(ObjectKind::Namespace("JSON")));
    for (n, f) in [("stringify", JsonStringify), ("parse", JsonParse)] {
        let v = realm.native_fn(n, Native::Std(f));
        realm.define_hidden(&json, n, v);
    }
    realm.globals.insert(Rc::from("JSON"), json);
}

fn arg(args: &[Value], i: usize) -> Value {
    args.get(i).cloned().unwrap_or(Value::Undefined)
}

/// The JS name of an array method, for messages (`IndexOf` → `indexOf`).
fn array_method_name(f: StdFn) -> String {
    match f {
        StdFn::ArrayToString => "toString".to_string(),
        StdFn::SomeFn => "some".to_string(),
        _ => {
            let variant = format!("{f:?}");
            let mut chars = variant.chars();
            chars.next().map_or(String::new(), |c| {
                c.to_ascii_lowercase().to_string() + chars.as_str()
            })
        }
    }
}

/// `this` when it is an array.
fn array_obj(realm: &mut Realm, this: &Value, f: StdFn) -> JsResult<Obj> {
    if let Value::Object(o) = this {
        if matches!(o.borrow().kind, ObjectKind::Array(_)) {
            return Ok(o.clone());
        }
    }
    Err(realm.unsupported(format!(
        "`Array.prototype.{}` on a non-array is not supported",
        array_method_name(f)
    )))
}

/// A copy of the elements, holes included: each method treats them as JS
/// does (skipped, kept, or read as `undefined`).
fn snapshot(o: &Obj) -> Vec<Value> {
    with_items(o, |items| items.to_vec())
}

fn with_items<R>(o: &Obj, f: impl FnOnce(&mut Elements) -> R) -> R {
    match &mut o.borrow_mut().kind {
        ObjectKind::Array(items) => f(items),
        _ => f(&mut Elements::default()),
    }
}

/// The elements with holes read as `undefined`, as the copying methods
/// (`toSorted`, `with`, …) read them.
fn dense(items: Vec<Value>) -> Vec<Value> {
    items.into_iter().map(|v| hole_to_undefined(&v)).collect()
}

/// `sort`'s and `toSorted`'s comparator: a function or `undefined`.
fn comparator(realm: &mut Realm, args: &[Value]) -> JsResult<Value> {
    let cmp = arg(args, 0);
    if !cmp.is_undefined() && !cmp.is_callable() {
        return Err(realm
            .type_error("The comparison function must be either a function or undefined".into()));
    }
    Ok(cmp)
}

/// The start and the number of elements `splice(start, count, …)` and
/// `toSpliced` replace: with no arguments none, with only a start all from
/// there on.
fn splice_range(realm: &mut Realm, args: &[Value], len: usize) -> JsResult<(usize, usize)> {
    let start = rel_index(realm, &arg(args, 0), len, 0)?;
    let count = match args.get(1) {
        None if args.is_empty() => 0,
        None => len - start,
        Some(v) => (to_integer(realm, v)?.max(0.0) as usize).min(len - start),
    };
    Ok((start, count))
}

/// ToIntegerOrInfinity(ToNumber(v)): NaN is 0, fractions are cut.
fn to_integer(realm: &mut Realm, v: &Value) -> JsResult<f64> {
    let n = realm.coerce_number(v)?;
    Ok(if n.is_nan() { 0.0 } else { n.trunc() })
}

/// The index `at(v)` and `with(v, …)` read, counted back from `len` when
/// negative; `None` when it falls outside `0..len`.
fn relative_at(realm: &mut Realm, v: &Value, len: usize) -> JsResult<Option<usize>> {
    let n = to_integer(realm, v)?;
    let i = if n < 0.0 { len as f64 + n } else { n };
    Ok((0.0..len as f64).contains(&i).then_some(i as usize))
}

/// Relative index as `slice`/`at` read it.
fn rel_index(realm: &mut Realm, v: &Value, len: usize, default: usize) -> JsResult<usize> {
    if v.is_undefined() {
        return Ok(default);
    }
    let n = to_integer(realm, v)?;
    Ok(if n < 0.0 {
        (len as f64 + n).max(0.0) as usize
    } else {
        n.min(len as f64) as usize
    })
}

/// `FlattenIntoArray`: holes are skipped, arrays nested up to `depth` levels are
/// spread. Returns false when the nesting is too deep (a cyclic array).
fn flatten_into(out: &mut Vec<Value>, items: Vec<Value>, depth: f64, level: usize) -> bool {
    // V8 runs out of stack about 6,000 arrays deep.
    if level > 6000 {
        return false;
    }
    for v in items {
        if matches!(v, Value::Hole) {
            continue;
        }
        let inner = match &v {
            Value::Object(x) if depth >= 1.0 => match &x.borrow().kind {
                ObjectKind::Array(xs) => Some(xs.to_vec()),
                _ => None,
            },
            _ => None,
        };
        match inner {
            Some(xs) => {
                if !with_stack(|| flatten_into(out, xs, depth - 1.0, level + 1)) {
                    return false;
                }
            }
            None => out.push(v),
        }
    }
    true
}

/// The callback argument of an array method or `Array.from`; V8 names a
/// non-callable one without side effects (`x`, `#<Object>`, `[object Array]`).
fn callback(realm: &mut Realm, v: &Value) -> JsResult<Value> {
    if v.is_callable() {
        Ok(v.clone())
    } else {
        let shown = super::node::no_side_effects_to_string(v);
        Err(realm.type_error(format!("{shown} is not a function")))
    }
}

fn same_value_zero(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) if x.is_nan() && y.is_nan() => true,
        _ => a.strict_equals(b),
    }
}

/// The string a `String.prototype` method works on. `toString` and
/// `valueOf` take only a string; the others convert anything but `null` and
/// `undefined`, and V8 names them (by their old names `trimLeft` and
/// `trimRight` for `trimStart` and `trimEnd`) when they refuse those.
fn this_string(realm: &mut Realm, f: StdFn, this: &Value) -> JsResult<Rc<str>> {
    let name = STRING_FNS
        .iter()
        .find(|(_, g)| *g == f)
        .map_or("", |(n, _)| *n);
    match (f, this) {
        (StdFn::StrToString | StdFn::StrValueOf, Value::String(s)) => Ok(s.clone()),
        (StdFn::StrToString | StdFn::StrValueOf, _) => Err(realm.type_error(format!(
            "String.prototype.{name} requires that 'this' be a String"
        ))),
        (_, v) if v.is_nullish() => {
            let v8_name = match f {
                StdFn::TrimStart => "trimLeft",
                StdFn::TrimEnd => "trimRight",
                _ => name,
            };
            Err(realm.type_error(format!(
                "String.prototype.{v8_name} called on null or undefined"
            )))
        }
        _ => realm.coerce_string(this),
    }
}

fn string(s: impl Into<Rc<str>>) -> Value {
    Value::String(s.into())
}

/// Calls a language-library built-in.
pub fn call(realm: &mut Realm, f: StdFn, this: Value, args: Vec<Value>) -> JsResult<Value> {
    use StdFn::*;
    match f {
        Push | Pop | Shift | Unshift | Map | ForEach | Filter | Reduce | ReduceRight | Join
        | Includes | IndexOf | LastIndexOf | Slice | Concat | Find | FindIndex | FindLast
        | FindLastIndex | SomeFn | Every | Reverse | Sort | Splice | ToReversed | ToSorted
        | ToSpliced | With | CopyWithin | Flat | FlatMap | Fill | At | ArrayToString | Keys
        | Values | Entries => array_call(realm, f, &this, args),
        ToUpperCase | ToLowerCase | StrIncludes | StrIndexOf | StrLastIndexOf | StrSlice
        | Substring | Substr | Split | Trim | TrimStart | TrimEnd | StartsWith | EndsWith
        | Repeat | PadStart | PadEnd | CharAt | CharCodeAt | CodePointAt | StrAt | Replace
        | ReplaceAll | StrConcat | LocaleCompare | StrToString | StrValueOf => {
            string_call(realm, f, &this, &args)
        }
        Collection(coll, f) => super::collections::call(realm, coll, f, &this, &args),
        CollCtor(coll) => {
            let name = coll.name();
            Err(realm.type_error(format!("Constructor {name} requires 'new'")))
        }
        _ => misc_call(realm, f, this, args),
    }
}

fn array_call(realm: &mut Realm, f: StdFn, this: &Value, args: Vec<Value>) -> JsResult<Value> {
    use StdFn::*;
    let o = array_obj(realm, this, f)?;
    let len = with_items(&o, |v| v.len());
    // Methods that read every element work on a snapshot; the rest (push, pop,
    // callbacks reading live elements, at…) touch only what they need, so a loop
    // of pushes stays linear.
    let needs_snapshot = matches!(
        f,
        Join | ArrayToString
            | Includes
            | IndexOf
            | LastIndexOf
            | Slice
            | Concat
            | Sort
            | ToReversed
            | ToSorted
            | ToSpliced
            | With
    );
    let items = if needs_snapshot {
        snapshot(&o)
    } else {
        Vec::new()
    };
    Ok(match f {
        Push => {
            if len + args.len() > MAX_ARRAY_LEN {
                return Err(realm.array_too_long((len + args.len()) as f64));
            }
            let n = with_items(&o, |v| {
                v.extend(args);
                v.len()
            });
            Value::Number(n as f64)
        }
        Pop => with_items(&o, |v| v.pop()).map_or(Value::Undefined, hole_free),
        Shift => with_items(&o, |v| v.shift()).map_or(Value::Undefined, hole_free),
        Unshift => {
            if len + args.len() > MAX_ARRAY_LEN {
                return Err(realm.array_too_long((len + args.len()) as f64));
            }
            let n = with_items(&o, |v| {
                v.unshift(args);
                v.len()
            });
            Value::Number(n as f64)
        }
        Map | ForEach | Filter | Find | FindIndex | SomeFn | Every | FindLast | FindLastIndex
        | FlatMap => {
            let cb = match arg(&args, 0) {
                cb if f == FlatMap && !cb.is_callable() => {
                    return Err(realm.type_error("flatMap mapper function is not callable".into()))
                }
                cb => callback(realm, &cb)?,
            };
            let this_arg = arg(&args, 1);
            iterate_with(realm, f, &o, len, &cb, this_arg)?
        }
        Reduce | ReduceRight => {
            let cb = callback(realm, &arg(&args, 0))?;
            // Elements are read live, as the callback may change the array:
            // holes and indexes past an end that shrank are skipped, even
            // when looking for the first accumulator.
            let present = |i: usize| {
                with_items(&o, |v| {
                    v.get(i).filter(|x| !matches!(x, Value::Hole)).cloned()
                })
            };
            let mut it: Box<dyn Iterator<Item = usize>> = match f {
                Reduce => Box::new(0..len),
                _ => Box::new((0..len).rev()),
            };
            let mut acc = match args.get(1) {
                Some(v) => v.clone(),
                None => match it.by_ref().find_map(present) {
                    Some(first) => first,
                    None => {
                        return Err(
                            realm.type_error("Reduce of empty array with no initial value".into())
                        )
                    }
                },
            };
            for i in it {
                let Some(item) = present(i) else {
                    continue;
                };
                acc = realm.call(
                    &cb,
                    Value::Undefined,
                    vec![acc, item, Value::Number(i as f64), this.clone()],
                )?;
            }
            acc
        }
        Join | ArrayToString => {
            let sep = match args.first() {
                Some(v) if !v.is_undefined() && f == Join => realm.coerce_string(v)?,
                _ => Rc::from(","),
            };
            Value::String(realm.join_array(&o, &items, &sep)?)
        }
        Includes | IndexOf => {
            let target = arg(&args, 0);
            let from = rel_index(realm, &arg(&args, 1), len, 0)?;
            let mut hits = items.iter().enumerate().skip(from);
            if f == Includes {
                // Holes read as undefined.
                Value::Bool(hits.any(|(_, v)| same_value_zero(&hole_to_undefined(v), &target)))
            } else {
                let found =
                    hits.find(|(_, v)| !matches!(v, Value::Hole) && v.strict_equals(&target));
                Value::Number(found.map_or(-1.0, |(i, _)| i as f64))
            }
        }
        LastIndexOf => {
            let target = arg(&args, 0);
            // From fromIndex (len - 1 when absent) down; a negative one counts from the end.
            let from = if args.len() > 1 {
                let n = to_integer(realm, &args[1])?;
                if n < 0.0 {
                    len as f64 + n
                } else {
                    n.min(len as f64 - 1.0)
                }
            } else {
                len as f64 - 1.0
            };
            let found = if from < 0.0 {
                None
            } else {
                items[..=from as usize]
                    .iter()
                    .rposition(|v| !matches!(v, Value::Hole) && v.strict_equals(&target))
            };
            Value::Number(found.map_or(-1.0, |i| i as f64))
        }
        Slice => {
            let start = rel_index(realm, &arg(&args, 0), len, 0)?;
            let end = rel_index(realm, &arg(&args, 1), len, len)?;
            let part = if start < end {
                items[start..end].to_vec()
            } else {
                Vec::new()
            };
            realm.new_array(part)
        }
        Concat => {
            let added: usize = args
                .iter()
                .map(|a| match a {
                    Value::Object(x) => match &x.borrow().kind {
                        ObjectKind::Array(v) => v.len(),
                        _ => 1,
                    },
                    _ => 1,
                })
                .sum();
            if len + added > MAX_ARRAY_LEN {
                return Err(realm.array_too_long((len + added) as f64));
            }
            let mut out = items;
            for a in args {
                match &a {
                    Value::Object(x) if matches!(x.borrow().kind, ObjectKind::Array(_)) => {
                        out.extend(snapshot(x))
                    }
                    _ => out.push(a),
                }
            }
            realm.new_array(out)
        }
        Reverse => {
            with_items(&o, |v| v.reverse());
            this.clone()
        }
        Sort => {
            let cmp = comparator(realm, &args)?;
            let sorted = sort_values(realm, items, &cmp)?;
            // V8 writes back the indexes the sort read: values a comparator
            // pushed past them stay after the sorted ones.
            with_items(&o, |v| {
                let n = v.len().min(sorted.len());
                v.splice(0..n, sorted);
            });
            this.clone()
        }
        Splice => {
            let (start, count) = splice_range(realm, &args, len)?;
            let insert: Vec<Value> = args.into_iter().skip(2).collect();
            let removed = with_items(&o, |v| v.splice(start..start + count, insert));
            realm.new_array(removed)
        }
        // The copying methods read holes as `undefined`.
        ToReversed => {
            let mut out = dense(items);
            out.reverse();
            realm.new_array(out)
        }
        ToSorted => {
            let cmp = comparator(realm, &args)?;
            let sorted = sort_values(realm, dense(items), &cmp)?;
            realm.new_array(sorted)
        }
        ToSpliced => {
            let (start, count) = splice_range(realm, &args, len)?;
            let insert: Vec<Value> = args.into_iter().skip(2).collect();
            let new_len = len - count + insert.len();
            if new_len > MAX_ARRAY_LEN {
                return Err(realm.array_too_long(new_len as f64));
            }
            let mut out = dense(items);
            out.splice(start..start + count, insert);
            realm.new_array(out)
        }
        With => {
            let index = arg(&args, 0);
            let Some(i) = relative_at(realm, &index, len)? else {
                // V8 names the argument as given, without running its code.
                let shown = super::node::no_side_effects_to_string(&index);
                return Err(realm.range_error(&format!("Invalid index : {shown}")));
            };
            let mut out = dense(items);
            out[i] = arg(&args, 1);
            realm.new_array(out)
        }
        CopyWithin => {
            let target = rel_index(realm, &arg(&args, 0), len, 0)?;
            let start = rel_index(realm, &arg(&args, 1), len, 0)?;
            let end = rel_index(realm, &arg(&args, 2), len, len)?;
            let count = end.saturating_sub(start).min(len - target);
            // Holes are copied as holes.
            with_items(&o, |v| {
                let part = v[start..start + count].to_vec();
                v.splice(target..target + count, part);
            });
            this.clone()
        }
        Flat => {
            // FlattenIntoArray with depth ToIntegerOrInfinity(depth), 1 when undefined.
            let depth = match arg(&args, 0) {
                Value::Undefined => 1.0,
                d => {
                    let n = realm.coerce_number(&d)?;
                    if n.is_nan() {
                        0.0
                    } else {
                        n.trunc()
                    }
                }
            };
            // Raw elements: flattening drops holes (a snapshot would read them as undefined).
            let items = with_items(&o, |v| v.to_vec());
            let mut out = Vec::new();
            if !flatten_into(&mut out, items, depth, 0) {
                return Err(realm.range_error("Maximum call stack size exceeded"));
            }
            realm.new_array(out)
        }
        Fill => {
            let v = arg(&args, 0);
            let start = rel_index(realm, &arg(&args, 1), len, 0)?;
            let end = rel_index(realm, &arg(&args, 2), len, len)?;
            with_items(&o, |xs| {
                for x in xs.iter_mut().take(end).skip(start) {
                    *x = v.clone();
                }
            });
            this.clone()
        }
        At => match relative_at(realm, &arg(&args, 0), len)? {
            Some(i) => with_items(&o, |v| v.get(i).cloned()).map_or(Value::Undefined, hole_free),
            None => Value::Undefined,
        },
        Keys | Values | Entries => {
            let kind = match f {
                Keys => IterKind::Keys,
                Values => IterKind::Values,
                _ => IterKind::Entries,
            };
            let state = ArrayIter {
                array: Some(o),
                kind,
                next: 0,
            };
            Value::Object(realm.alloc(ObjectKind::ArrayIterator(state))?)
        }
        _ => unreachable!("array_call: {f:?}"),
    })
}

/// The items `Array.from` reads from a source that is not an array or an
/// array iterator: an array-like's indexes below its `length`, a string's characters.
fn array_like_items(realm: &mut Realm, src: &Value) -> JsResult<Vec<Value>> {
    Ok(match src {
        Value::Object(_) => {
            let len = realm.get_named(src, "length")?;
            let n = realm.coerce_number(&len)?;
            let n = if n.is_nan() || n < 0.0 {
                0.0
            } else {
                n.trunc()
            };
            if n > MAX_ARRAY_LEN as f64 {
                return Err(realm.array_too_long(n));
            }
            let n = n as usize;
            let mut v = Vec::with_capacity(n);
            for i in 0..n {
                v.push(realm.get_named(src, &i.to_string())?);
            }
            v
        }
        // Numbers and booleans are array-likes without a length.
        Value::Number(_) | Value::Bool(_) => Vec::new(),
        _ => realm.iterate_builtin(src)?,
    })
}

/// `%ArrayIteratorPrototype%.next`: `{ value, done }`.
fn iterator_next(realm: &mut Realm, this: &Value) -> JsResult<Value> {
    let it = match this {
        Value::Object(o) if super::props::is_array_iterator(o) => o.clone(),
        _ => {
            return Err(realm.incompatible_receiver("Array Iterator.prototype.next", this));
        }
    };
    let step = realm.iterator_step(&it);
    realm.iterator_result(step)
}

fn is_array_value(v: &Value) -> bool {
    matches!(v, Value::Object(o) if matches!(o.borrow().kind, ObjectKind::Array(_)))
}

fn hole_free(v: Value) -> Value {
    if let Value::Hole = v {
        Value::Undefined
    } else {
        v
    }
}

/// `map`, `forEach`, `filter`, `find`, … : calls `cb(item, index, array)` for each index
/// below the length at the start (reading live elements, as JS does).
fn iterate_with(
    realm: &mut Realm,
    f: StdFn,
    o: &Obj,
    len: usize,
    cb: &Value,
    this_arg: Value,
) -> JsResult<Value> {
    use StdFn::*;

    let array = Value::Object(o.clone());
    let mut mapped = Vec::new();
    let order: Vec<usize> = if matches!(f, FindLast | FindLastIndex) {
        (0..len).rev().collect()
    } else {
        (0..len).collect()
    };
    // The find family reads holes (and indexes past an end that shrank) as
    // undefined; the others skip them (a mapped array keeps the hole).
    let visits_holes = matches!(f, Find | FindIndex | FindLast | FindLastIndex);
    for i in order {
        let item = match with_items(o, |v| v.get(i).cloned()) {
            Some(Value::Hole) | None if !visits_holes => {
                if f == Map {
                    mapped.push(Value::Hole);
                }
                continue;
            }
            item => item.map_or(Value::Undefined, hole_free),
        };
        let r = realm.call(
            cb,
            this_arg.clone(),
            vec![item.clone(), Value::Number(i as f64), array.clone()],
        )?;
        match f {
            Map => mapped.push(r),
            // FlattenIntoArray with depth 1: an array result is spread.
            FlatMap => {
                flatten_into(&mut mapped, vec![r], 1.0, 0);
            }
            Filter if r.truthy() => mapped.push(item),
            Find | FindLast if r.truthy() => return Ok(item),
            FindIndex | FindLastIndex if r.truthy() => return Ok(Value::Number(i as f64)),
            SomeFn if r.truthy() => return Ok(Value::Bool(true)),
            Every if !r.truthy() => return Ok(Value::Bool(false)),
            _ => {}
        }
    }
    Ok(match f {
        Map | Filter | FlatMap => realm.new_array(mapped),
        Find | FindLast => Value::Undefined,
        FindIndex | FindLastIndex => Value::Number(-1.0),
        SomeFn => Value::Bool(false),
        Every => Value::Bool(true),
        _ => Value::Undefined,
    })
}

/// `Array#sort`'s order, with a comparator that may run JS (and throw).
/// undefined always sorts last without consulting the comparator, and holes
/// after it. The rest is sorted as V8 sorts it, so a comparator that logs, or
/// one that is inconsistent (`(a, b) => a > b`), sees the calls Node makes and
/// gives Node's result.
fn sort_values(realm: &mut Realm, items: Vec<Value>, cmp: &Value) -> JsResult<Vec<Value>> {
    let (items, holes): (Vec<Value>, Vec<Value>) =
        items.into_iter().partition(|v| !matches!(v, Value::Hole));
    let (mut defined, mut undefined): (Vec<Value>, Vec<Value>) =
        items.into_iter().partition(|v| !v.is_undefined());
    undefined.extend(holes);
    timsort::sort(&mut defined, |a, b| {
        Ok(sort_compare(realm, a, b, cmp)? < 0.0)
    })?;
    defined.extend(undefined);
    Ok(defined)
}

/// V8's `SortCompare`: the comparator's result as a number (NaN counts as
/// 0), or without one the UTF-16 order of the two values as strings.
fn sort_compare(realm: &mut Realm, a: &Value, b: &Value, cmp: &Value) -> JsResult<f64> {
    if cmp.is_undefined() {
        let (x, y) = (realm.coerce_string(a)?, realm.coerce_string(b)?);
        return Ok(match x.encode_utf16().cmp(y.encode_utf16()) {
            std::cmp::Ordering::Less => -1.0,
            std::cmp::Ordering::Equal => 0.0,
            std::cmp::Ordering::Greater => 1.0,
        });
    }
    let r = realm.call(cmp, Value::Undefined, vec![a.clone(), b.clone()])?;
    let order = realm.coerce_number(&r)?;
    Ok(if order.is_nan() { 0.0 } else { order })
}

/// Printable ASCII in the order of ICU's root collation (Node's default
/// locale): spaces and punctuation, symbols, digits, then letters, each
/// lowercase letter just before its capital.
const COLLATION_ORDER: &str =
    " _-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$0123456789aAbBcCdDeEfFgGhHiIjJkKlLmMnNoOpPqQrRsStTuUvVwWxXyYzZ";

/// `a.localeCompare(b)` under ICU's root collation, for printable ASCII
/// (`None` otherwise): letters compare case-blind first (primary level), then
/// the first case difference decides, lowercase first (tertiary level).
fn locale_compare(a: &str, b: &str) -> Option<f64> {
    let key = |s: &str| -> Option<Vec<(usize, bool)>> {
        s.chars()
            .map(|c| {
                let pos = COLLATION_ORDER.find(c)?;
                // A capital shares its lowercase letter's primary weight.
                Some(if c.is_ascii_uppercase() {
                    (pos - 1, true)
                } else {
                    (pos, false)
                })
            })
            .collect()
    };
    let (ka, kb) = (key(a)?, key(b)?);
    let primary = ka
        .iter()
        .map(|k| k.0)
        .cmp(kb.iter().map(|k| k.0))
        .then_with(|| ka.iter().map(|k| k.1).cmp(kb.iter().map(|k| k.1)));
    Some(match primary {
        std::cmp::Ordering::Less => -1.0,
        std::cmp::Ordering::Equal => 0.0,
        std::cmp::Ordering::Greater => 1.0,
    })
}

/// A string as JavaScript indexes it: UTF-16 code units. Index-based methods
/// work on these; a piece that would cut an astral character (an emoji) in
/// half cannot be held by jsorder's strings, so the run stops as unsupported.
fn units(s: &str) -> Vec<u16> {
    s.encode_utf16().collect()
}

/// The string made of `units`, or unsupported for a lone surrogate.
fn from_units(realm: &Realm, units: &[u16]) -> JsResult<Value> {
    string_of_units(
        realm,
        units,
        "cutting a string inside a character outside the Basic Multilingual Plane \
         (such as an emoji)",
    )
}

/// The string made of `units`; a lone surrogate, which jsorder's strings
/// cannot hold, stops the run as unsupported, naming `what` made it.
fn string_of_units(realm: &Realm, units: &[u16], what: &str) -> JsResult<Value> {
    match String::from_utf16(units) {
        Ok(s) => Ok(string(s)),
        Err(_) => Err(realm.unsupported(format!("{what} is not supported"))),
    }
}

/// What refuses a lone surrogate built from code units or code points.
const LONE_SURROGATE: &str =
    "a string with a lone surrogate (a code unit from 0xD800 to 0xDFFF without its pair)";

/// `String.fromCharCode(...codes)`: each code is `ToUint16`'d to one code
/// unit (so `65 + 65536` is `A` and `NaN` is `\0`).
fn from_char_code(realm: &mut Realm, args: &[Value]) -> JsResult<Value> {
    let mut out = Vec::with_capacity(args.len());
    for v in args {
        let n = realm.coerce_number(v)?;
        let unit = if n.is_finite() {
            n.trunc().rem_euclid(65536.0) as u16
        } else {
            0
        };
        out.push(unit);
    }
    string_of_units(realm, &out, LONE_SURROGATE)
}

/// `String.fromCodePoint(...points)`: each must be an integer from 0 to
/// 0x10FFFF, or it is a RangeError (raised when its turn comes, after the
/// earlier arguments were converted). Surrogate halves given one by one
/// pair up as in JS.
fn from_code_point(realm: &mut Realm, args: &[Value]) -> JsResult<Value> {
    let mut out = Vec::with_capacity(args.len());
    for v in args {
        let n = realm.coerce_number(v)?;
        if n.fract() != 0.0 || !(0.0..=1_114_111.0).contains(&n) {
            let shown = number_to_string(n);
            return Err(realm.range_error(&format!("Invalid code point {shown}")));
        }
        let point = n as u32;
        match char::from_u32(point) {
            Some(c) => out.extend_from_slice(c.encode_utf16(&mut [0; 2])),
            // A surrogate code point stands for itself as one code unit.
            None => out.push(point as u16),
        }
    }
    string_of_units(realm, &out, LONE_SURROGATE)
}

/// The first index `>= from` where `needle` occurs in `hay`.
fn find_units(hay: &[u16], needle: &[u16], from: usize) -> Option<usize> {
    if needle.len() > hay.len() {
        return None;
    }
    (from..=hay.len() - needle.len()).find(|&i| hay[i..].starts_with(needle))
}

/// One piece of a replacement template: a code unit as written, or one of
/// the `$` patterns GetSubstitution knows for a string search (no captures,
/// so `$1` and `$<name>` stay as written).
enum Piece {
    Unit(u16),
    /// `$&`
    Matched,
    /// `` $` ``
    Before,
    /// `$'`
    After,
}

fn pieces(template: &[u16]) -> impl Iterator<Item = Piece> + '_ {
    let dollar = u16::from(b'$');
    let mut i = 0;
    std::iter::from_fn(move || {
        let c = *template.get(i)?;
        let special = template
            .get(i + 1)
            .filter(|_| c == dollar)
            .and_then(|&n| u8::try_from(n).ok());
        let piece = match special {
            Some(b'$') => Piece::Unit(dollar),
            Some(b'&') => Piece::Matched,
            Some(b'`') => Piece::Before,
            Some(b'\'') => Piece::After,
            _ => {
                i += 1;
                return Some(Piece::Unit(c));
            }
        };
        i += 2;
        Some(piece)
    })
}

/// Appends the replacement `template` gives for `matched` found at `at` in `hay`.
fn substitute(out: &mut Vec<u16>, template: &[u16], hay: &[u16], matched: &[u16], at: usize) {
    for piece in pieces(template) {
        if out.len() > MAX_STRING_LEN {
            // Too long already: the caller throws.
            return;
        }
        match piece {
            Piece::Unit(u) => out.push(u),
            Piece::Matched => out.extend_from_slice(matched),
            Piece::Before => out.extend_from_slice(&hay[..at]),
            Piece::After => out.extend_from_slice(&hay[(at + matched.len()).min(hay.len())..]),
        }
    }
}

/// How many code units [`substitute`] appends for a match of `matched_len`
/// units at `at` in a string of `hay_len` units.
fn substitution_len(template: &[u16], hay_len: usize, matched_len: usize, at: usize) -> usize {
    pieces(template)
        .map(|piece| match piece {
            Piece::Unit(_) => 1,
            Piece::Matched => matched_len,
            Piece::Before => at,
            Piece::After => hay_len.saturating_sub(at + matched_len),
        })
        .sum()
}

/// The last index `<= before` where `needle` occurs in `hay`.
fn rfind_units(hay: &[u16], needle: &[u16], before: usize) -> Option<usize> {
    if needle.len() > hay.len() {
        return None;
    }
    let last = before.min(hay.len() - needle.len());
    (0..=last).rev().find(|&i| hay[i..].starts_with(needle))
}

/// `ToIntegerOrInfinity(v)` clamped to `0..=len` (`undefined` → `default`).
fn clamp_position(realm: &mut Realm, v: &Value, len: usize, default: usize) -> JsResult<usize> {
    if v.is_undefined() {
        return Ok(default);
    }
    let n = realm.coerce_number(v)?;
    Ok(if n.is_nan() {
        0
    } else {
        n.trunc().clamp(0.0, len as f64) as usize
    })
}

/// The code unit at `i` as a one-unit string (`s[i]`, `charAt`, `at`).
pub fn unit_at(realm: &Realm, s: &str, i: usize) -> JsResult<Option<Value>> {
    if s.is_ascii() {
        return Ok(s.get(i..i + 1).map(string));
    }
    let u = units(s);
    match u.get(i) {
        Some(c) => from_units(realm, std::slice::from_ref(c)).map(Some),
        None => Ok(None),
    }
}

/// The one-unit strings of `s` (`split('')`, `Object.keys`/spread of a string's indices).
pub fn unit_strings(realm: &Realm, s: &str) -> JsResult<Vec<Value>> {
    if s.is_ascii() {
        return Ok((0..s.len()).map(|i| string(&s[i..i + 1])).collect());
    }
    units(s)
        .iter()
        .map(|c| from_units(realm, std::slice::from_ref(c)))
        .collect()
}

fn string_call(realm: &mut Realm, f: StdFn, this: &Value, args: &[Value]) -> JsResult<Value> {
    use StdFn::*;
    let s = this_string(realm, f, this)?;
    let sarg =
        |realm: &mut Realm, i: usize| -> JsResult<Rc<str>> { realm.coerce_string(&arg(args, i)) };
    Ok(match f {
        ToUpperCase => string(s.to_uppercase()),
        ToLowerCase => string(s.to_lowercase()),
        StrIncludes | StrIndexOf => {
            let needle = units(&sarg(realm, 0)?);
            let hay = units(&s);
            let from = clamp_position(realm, &arg(args, 1), hay.len(), 0)?;
            let found = find_units(&hay, &needle, from);
            if f == StrIncludes {
                Value::Bool(found.is_some())
            } else {
                Value::Number(found.map_or(-1.0, |i| i as f64))
            }
        }
        StrLastIndexOf => {
            let needle = units(&sarg(realm, 0)?);
            let hay = units(&s);
            // A NaN position (also undefined) means +Infinity.
            let pos = realm.coerce_number(&arg(args, 1))?;
            let before = if pos.is_nan() {
                hay.len()
            } else {
                pos.trunc().clamp(0.0, hay.len() as f64) as usize
            };
            Value::Number(rfind_units(&hay, &needle, before).map_or(-1.0, |i| i as f64))
        }
        StrSlice | Substring => {
            let u = units(&s);
            let len = u.len();
            let (mut a, mut b) = if f == StrSlice {
                (
                    rel_index(realm, &arg(args, 0), len, 0)?,
                    rel_index(realm, &arg(args, 1), len, len)?,
                )
            } else {
                (
                    clamp_position(realm, &arg(args, 0), len, 0)?,
                    clamp_position(realm, &arg(args, 1), len, len)?,
                )
            };
            if f == Substring && a > b {
                std::mem::swap(&mut a, &mut b);
            }
            if a >= b {
                string("")
            } else {
                from_units(realm, &u[a..b])?
            }
        }
        Substr => {
            // Annex B: a start counted back from the end when negative, then
            // at most `length` units (all the rest when it is undefined).
            let u = units(&s);
            let start = rel_index(realm, &arg(args, 0), u.len(), 0)?;
            let count = clamp_position(realm, &arg(args, 1), u.len(), u.len())?;
            let end = (start + count).min(u.len());
            from_units(realm, &u[start..end])?
        }
        Split => {
            let sep = arg(args, 0);
            // lim = ToUint32(limit), 2^32 - 1 when undefined; read before the separator.
            let limit = match arg(args, 1) {
                Value::Undefined => u32::MAX as usize,
                l => {
                    let n = realm.coerce_number(&l)?;
                    if n.is_finite() {
                        n.trunc().rem_euclid(4294967296.0) as usize
                    } else {
                        0
                    }
                }
            };
            let parts: Vec<Value> = if sep.is_undefined() {
                vec![Value::String(s.clone())]
            } else {
                let sep = realm.coerce_string(&sep)?;
                if sep.is_empty() {
                    let mut all = unit_strings(realm, &s)?;
                    all.truncate(limit);
                    all
                } else {
                    s.split(&*sep).take(limit).map(string).collect()
                }
            };
            let parts = if limit == 0 { Vec::new() } else { parts };
            realm.new_array(parts)
        }
        Trim => string(trim_js(&s)),
        TrimStart => string(s.trim_start_matches(is_js_whitespace)),
        TrimEnd => string(s.trim_end_matches(is_js_whitespace)),
        StartsWith => {
            let needle = units(&sarg(realm, 0)?);
            let hay = units(&s);
            let start = clamp_position(realm, &arg(args, 1), hay.len(), 0)?;
            Value::Bool(hay[start..].starts_with(&needle))
        }
        EndsWith => {
            let needle = units(&sarg(realm, 0)?);
            let hay = units(&s);
            let end = clamp_position(realm, &arg(args, 1), hay.len(), hay.len())?;
            Value::Bool(hay[..end].ends_with(&needle))
        }
        Repeat => {
            // ToIntegerOrInfinity first: a count in (-1, 0) repeats nothing.
            let n = realm.coerce_number(&arg(args, 0))?.trunc();
            if n < 0.0 || n.is_infinite() {
                return Err(
                    realm.range_error(&format!("Invalid count value: {}", number_to_string(n)))
                );
            }
            let n = if n.is_nan() { 0 } else { n as usize };
            if s.len().saturating_mul(n) > MAX_STRING_LEN {
                let units = s.encode_utf16().count() as f64 * n as f64;
                return Err(realm.string_too_long(Some(units)));
            }
            string(s.repeat(n))
        }
        PadStart | PadEnd => {
            let target = realm.coerce_number(&arg(args, 0))?;
            let fill = if arg(args, 1).is_undefined() {
                Rc::from(" ")
            } else {
                sarg(realm, 1)?
            };
            let len = s.encode_utf16().count();
            if target.is_nan() || target <= len as f64 || fill.is_empty() {
                return Ok(Value::String(s.clone()));
            }
            if target > MAX_STRING_LEN as f64 {
                return Err(realm.string_too_long(Some(target.trunc())));
            }
            let pad: Vec<u16> = fill
                .encode_utf16()
                .cycle()
                .take(target as usize - len)
                .collect();
            let Value::String(pad) = from_units(realm, &pad)? else {
                unreachable!("from_units makes strings")
            };
            string(if f == PadStart {
                format!("{pad}{s}")
            } else {
                format!("{s}{pad}")
            })
        }
        CharAt => {
            let i = to_integer(realm, &arg(args, 0))?;
            if i < 0.0 || i >= MAX_STRING_LEN as f64 {
                string("")
            } else {
                unit_at(realm, &s, i as usize)?.unwrap_or_else(|| string(""))
            }
        }
        CodePointAt => {
            let i = to_integer(realm, &arg(args, 0))?;
            let units: Vec<u16> = if i < 0.0 {
                Vec::new()
            } else {
                s.encode_utf16().skip(i as usize).take(2).collect()
            };
            // A lone surrogate is its own code point.
            match *units.as_slice() {
                [] => Value::Undefined,
                [hi, lo, ..]
                    if (0xD800..0xDC00).contains(&hi) && (0xDC00..0xE000).contains(&lo) =>
                {
                    let c = 0x10000 + ((u32::from(hi) - 0xD800) << 10) + (u32::from(lo) - 0xDC00);
                    Value::Number(f64::from(c))
                }
                [unit, ..] => Value::Number(f64::from(unit)),
            }
        }
        CharCodeAt => {
            let i = to_integer(realm, &arg(args, 0))?;
            let unit = if i < 0.0 {
                None
            } else {
                s.encode_utf16().nth(i as usize)
            };
            Value::Number(unit.map_or(f64::NAN, f64::from))
        }
        StrAt => {
            let len = s.encode_utf16().count();
            match relative_at(realm, &arg(args, 0), len)? {
                Some(i) => unit_at(realm, &s, i)?.unwrap_or(Value::Undefined),
                None => Value::Undefined,
            }
        }
        Replace | ReplaceAll => {
            let pat = sarg(realm, 0)?;
            let with = arg(args, 1);
            // A callable replacer is called per match; anything else is a
            // template, coerced once before the search.
            let template = if with.is_callable() {
                None
            } else {
                Some(units(&realm.coerce_string(&with)?))
            };
            let hay = units(&s);
            let needle = units(&pat);
            // replaceAll finds every match before it calls the replacer; an
            // empty search string matches at every position (advancing by one).
            let mut positions = Vec::new();
            let mut from = 0;
            while let Some(p) = find_units(&hay, &needle, from) {
                positions.push(p);
                if f == Replace {
                    break;
                }
                from = p + needle.len().max(1);
            }
            if positions.is_empty() {
                return Ok(Value::String(s));
            }
            if let Some(t) = &template {
                // V8 finds a result too long before building it.
                let kept = hay.len() - positions.len() * needle.len();
                let added: f64 = positions
                    .iter()
                    .map(|&p| substitution_len(t, hay.len(), needle.len(), p) as f64)
                    .sum();
                if kept as f64 + added > MAX_STRING_LEN as f64 {
                    return Err(realm.string_too_long(Some(kept as f64 + added)));
                }
            }
            let mut out: Vec<u16> = Vec::with_capacity(hay.len());
            let mut end_of_last = 0;
            for p in positions {
                let before = out.len();
                out.extend_from_slice(&hay[end_of_last..p]);
                match &template {
                    Some(t) => substitute(&mut out, t, &hay, &needle, p),
                    None => {
                        let r = realm.call(
                            &with,
                            Value::Undefined,
                            vec![
                                Value::String(pat.clone()),
                                Value::Number(p as f64),
                                Value::String(s.clone()),
                            ],
                        )?;
                        out.extend(realm.coerce_string(&r)?.encode_utf16());
                    }
                }
                end_of_last = p + needle.len();
                if out.len() > MAX_STRING_LEN {
                    return Err(realm.string_too_long(None));
                }
                realm.charge_copy(out.len() - before)?;
            }
            out.extend_from_slice(&hay[end_of_last..]);
            from_units(realm, &out)?
        }
        StrConcat => {
            let mut out = s.to_string();
            for i in 0..args.len() {
                out.push_str(&sarg(realm, i)?);
            }
            string(out)
        }
        LocaleCompare => {
            let other = sarg(realm, 0)?;
            if args.len() > 1 {
                return Err(realm.unsupported(
                    "`localeCompare` with locales or options is not supported".into(),
                ));
            }
            match locale_compare(&s, &other) {
                Some(order) => Value::Number(order),
                None => {
                    return Err(realm.unsupported(
                        "`localeCompare` of strings with characters outside printable ASCII \
                         is not supported"
                            .into(),
                    ))
                }
            }
        }
        StrToString | StrValueOf => Value::String(s.clone()),
        _ => unreachable!("string_call: {f:?}"),
    })
}

fn misc_call(realm: &mut Realm, f: StdFn, this: Value, args: Vec<Value>) -> JsResult<Value> {
    use StdFn::*;
    let a0 = arg(&args, 0);
    Ok(match f {
        IteratorNext => iterator_next(realm, &this)?,
        ToFixed | ToExponential | ToPrecision => {
            let x = realm.coerce_number(&this)?;
            string(format_number(realm, f, x, &a0)?)
        }
        NumToLocaleString => {
            let x = realm.coerce_number(&this)?;
            // Node's default locale only: other locales and options need ICU's data.
            let default_locale = matches!(&a0, Value::String(l) if &**l == "en-US" || &**l == "en");
            if !(a0.is_undefined() || default_locale) || !arg(&args, 1).is_undefined() {
                return Err(realm.unsupported(
                    "`toLocaleString` with a locale other than `en-US` or with options is not \
                     supported"
                        .to_string(),
                ));
            }
            string(super::number_format::to_locale_string(x))
        }
        NumToString => {
            let radix = if a0.is_undefined() {
                10.0
            } else {
                to_integer(realm, &a0)?
            };
            if !(2.0..=36.0).contains(&radix) {
                return Err(realm.range_error("toString() radix argument must be between 2 and 36"));
            }
            match (&this, radix as u32) {
                (Value::Number(n), r) if r != 10 && n.is_finite() => string(double_to_radix(*n, r)),
                _ => Value::String(this.to_js_string()),
            }
        }
        Call => {
            let mut it = args.into_iter();
            let this_arg = it.next().unwrap_or(Value::Undefined);
            realm.call(&this, this_arg, it.collect())?
        }
        Apply => {
            // CreateListFromArrayLike: a non-array object is read by its
            // `length`, never iterated (a Set gives no arguments).
            let list = match arg(&args, 1) {
                v if v.is_nullish() => Vec::new(),
                v if is_array_value(&v) => realm.iterate(&v)?,
                v @ Value::Object(_) => array_like_items(realm, &v)?,
                _ => {
                    let message = "CreateListFromArrayLike called on non-object";
                    return Err(realm.type_error(message.into()));
                }
            };
            realm.call(&this, a0, list)?
        }
        Bind => {
            let target = match &this {
                Value::Object(o) if matches!(o.borrow().kind, ObjectKind::Function(_)) => o.clone(),
                _ => return Err(realm.type_error("Bind must be called on a function".into())),
            };
            let name = format!("bound {}", function_name(&target));
            let mut it = args.into_iter();
            let bound_this = it.next().unwrap_or(Value::Undefined);
            realm.native_fn(
                &name,
                super::builtins::Native::Bound {
                    target,
                    this: bound_this,
                    args: it.collect(),
                },
            )
        }
        HasOwnProperty => {
            // The key is converted before `this` is checked.
            let key = realm.coerce_string(&a0)?;
            if this.is_nullish() {
                return Err(realm.to_object_error());
            }
            Value::Bool(has_own_property(realm, &this, &key)?)
        }
        ObjToString => string(match &this {
            Value::Object(o) if matches!(o.borrow().kind, ObjectKind::Array(_)) => "[object Array]",
            Value::Object(o) if matches!(o.borrow().kind, ObjectKind::Function(_)) => {
                "[object Function]"
            }
            Value::Object(o) if matches!(o.borrow().kind, ObjectKind::Error(_)) => "[object Error]",
            Value::Object(o) if o.borrow().kind.to_string_tag().is_some() => {
                return Ok(Value::String(this.to_js_string()))
            }
            Value::Null => "[object Null]",
            Value::Undefined => "[object Undefined]",
            _ => "[object Object]",
        }),
        // `Error.prototype.toString`: `name` (default `Error`) and `message`
        // (default empty) read through getters, joined by `: ` when both show.
        ErrorToString => {
            if !matches!(this, Value::Object(_)) {
                return Err(realm.incompatible_receiver("Error.prototype.toString", &this));
            }
            Value::String(error_to_string(realm, &this)?)
        }
        ObjectCtor => match a0 {
            v @ Value::Object(_) => v,
            v if v.is_nullish() => Value::Object(Obj::new(ObjectKind::Ordinary)),
            _ => {
                return Err(
                    realm.unsupported("wrapper objects (`Object(1)`) are not supported".into())
                )
            }
        },
        ObjectKeys => {
            // Keys only: no getter runs.
            let keys = own_keys(realm, &a0)?;
            let out = keys.into_iter().map(Value::String).collect();
            realm.new_array(out)
        }
        ObjectValues | ObjectEntries => {
            let entries = own_entries(realm, &a0)?;
            let out = entries
                .into_iter()
                .map(|(k, v)| match f {
                    ObjectKeys => Value::String(k),
                    ObjectValues => v,
                    _ => realm.new_array(vec![Value::String(k), v]),
                })
                .collect();
            realm.new_array(out)
        }
        ObjectAssign => {
            if !matches!(a0, Value::Object(_)) {
                return Err(
                    realm.unsupported("`Object.assign` to a primitive is not supported".into())
                );
            }
            // null and undefined sources are skipped.
            for src in args.iter().skip(1).filter(|v| !v.is_nullish()) {
                for (k, v) in own_entries(realm, src)? {
                    realm.set_named_throwing(&a0, &k, v)?;
                }
            }
            a0
        }
        StringFromCharCode => from_char_code(realm, &args)?,
        StringFromCodePoint => from_code_point(realm, &args)?,
        ObjectFreeze => {
            if let Value::Object(o) = &a0 {
                freeze(realm, o)?;
            }
            // A primitive has nothing to freeze and is returned as it is.
            a0
        }
        // Primitives count as frozen; jsorder's objects are all extensible
        // until frozen.
        ObjectIsFrozen => Value::Bool(match &a0 {
            Value::Object(o) => o.borrow().frozen,
            _ => true,
        }),
        ArrayCtor => return construct(realm, ArrayCtor, args),
        ArrayIsArray => Value::Bool(
            matches!(&a0, Value::Object(o) if matches!(o.borrow().kind, ObjectKind::Array(_))),
        ),
        ArrayFrom => {
            // The mapper is checked before the source is read, as in JS.
            let map = match arg(&args, 1) {
                Value::Undefined => None,
                m => Some(callback(realm, &m)?),
            };
            let this_arg = arg(&args, 2);
            // Arrays, Maps, Sets and iterators are stepped one item at a
            // time, so a mapper that changes the source sees the change, as in JS.
            let live = match &a0 {
                Value::Object(o) if matches!(o.borrow().kind, ObjectKind::Array(_)) => {
                    let state = ArrayIter {
                        array: Some(o.clone()),
                        kind: IterKind::Values,
                        next: 0,
                    };
                    Some(realm.alloc(ObjectKind::ArrayIterator(state))?)
                }
                Value::Object(o) => realm.iterator_of(o)?,
                _ => None,
            };
            let mut items = match live {
                Some(_) => Vec::new(),
                None => array_like_items(realm, &a0)?,
            }
            .into_iter();
            let mut out = Vec::new();
            loop {
                let next = match &live {
                    Some(it) => realm.iterator_step(it),
                    None => items.next(),
                };
                let Some(v) = next else { break };
                if out.len() >= MAX_ARRAY_LEN {
                    return Err(realm.array_too_long((out.len() + 1) as f64));
                }
                out.push(match &map {
                    Some(m) => {
                        let i = Value::Number(out.len() as f64);
                        realm.call(m, this_arg.clone(), vec![v, i])?
                    }
                    None => v,
                });
            }
            realm.new_array(out)
        }
        ArrayOf => realm.new_array(args),
        StringCtor => match args.first() {
            None => string(""),
            Some(v) => Value::String(realm.coerce_string(v)?),
        },
        NumberCtor => match args.first() {
            None => Value::Number(0.0),
            Some(v) => Value::Number(realm.coerce_number(v)?),
        },
        BooleanCtor => Value::Bool(a0.truthy()),
        NumberIsInteger => {
            Value::Bool(matches!(a0, Value::Number(n) if n.is_finite() && n.fract() == 0.0))
        }
        NumberIsSafeInteger => Value::Bool(matches!(a0, Value::Number(n)
            if n.is_finite() && n.fract() == 0.0 && n.abs() <= 9007199254740991.0)),
        ObjectIs => {
            // SameValue: NaN is NaN, +0 is not -0.
            let b = arg(&args, 1);
            Value::Bool(match (&a0, &b) {
                (Value::Number(x), Value::Number(y)) => {
                    (x.is_nan() && y.is_nan())
                        || (x == y && x.is_sign_negative() == y.is_sign_negative())
                }
                _ => a0.strict_equals(&b),
            })
        }
        ObjectFromEntries => {
            if a0.is_nullish() {
                // V8 names both null and undefined so here.
                return Err(realm.type_error("undefined is not iterable".into()));
            }
            let entries = realm.iterate_builtin(&a0)?;
            let obj = Value::Object(realm.alloc(ObjectKind::Ordinary)?);
            for entry in entries {
                if !matches!(entry, Value::Object(_)) {
                    let shown = super::node::no_side_effects_to_string(&entry);
                    return Err(
                        realm.type_error(format!("Iterator value {shown} is not an entry object"))
                    );
                }
                let k = realm.get_named(&entry, "0")?;
                let v = realm.get_named(&entry, "1")?;
                let key = realm.coerce_string(&k)?;
                realm.define(&obj, key, v);
            }
            obj
        }
        ObjectHasOwn => {
            // ToObject comes before the key's conversion.
            if a0.is_nullish() {
                return Err(realm.to_object_error());
            }
            let key = realm.coerce_string(&arg(&args, 1))?;
            Value::Bool(has_own_property(realm, &a0, &key)?)
        }
        ObjectGetOwnPropertyNames => {
            let names = own_property_names(realm, &a0)?;
            realm.new_array(names.into_iter().map(Value::String).collect())
        }
        NumberIsNaN => Value::Bool(matches!(a0, Value::Number(n) if n.is_nan())),
        NumberIsFinite => Value::Bool(matches!(a0, Value::Number(n) if n.is_finite())),
        IsNaN => Value::Bool(realm.coerce_number(&a0)?.is_nan()),
        IsFinite => Value::Bool(realm.coerce_number(&a0)?.is_finite()),
        ParseInt => {
            let s = realm.coerce_string(&a0)?;
            let radix = super::ops::to_int32(realm.coerce_number(&arg(&args, 1))?);
            Value::Number(parse_int(&s, radix))
        }
        ParseFloat => {
            let s = realm.coerce_string(&a0)?;
            Value::Number(parse_float(&s))
        }
        MathMin | MathMax => {
            let mut acc = if f == MathMin {
                f64::INFINITY
            } else {
                f64::NEG_INFINITY
            };
            for v in &args {
                let n = realm.coerce_number(v)?;
                if n.is_nan() || acc.is_nan() {
                    acc = f64::NAN;
                } else if (f == MathMin
                    && (n < acc || (n == 0.0 && acc == 0.0 && n.is_sign_negative())))
                    || (f == MathMax
                        && (n > acc || (n == 0.0 && acc == 0.0 && n.is_sign_positive())))
                {
                    acc = n;
                }
            }
            Value::Number(acc)
        }
        MathFloor | MathCeil | MathRound | MathAbs | MathSqrt | MathTrunc | MathSign => {
            let n = realm.coerce_number(&a0)?;
            Value::Number(match f {
                MathFloor => n.floor(),
                MathCeil => n.ceil(),
                // JS rounds .5 up (towards +Infinity), keeping -0 for [-0.5, -0].
                // `n + 0.5` would round first: 0.49999999999999994 + 0.5 is 1.
                MathRound => {
                    let below = n.floor();
                    let r = if n - below >= 0.5 { below + 1.0 } else { below };
                    if r == 0.0 && n.is_sign_negative() {
                        -0.0
                    } else {
                        r
                    }
                }
                MathAbs => n.abs(),
                MathSqrt => n.sqrt(),
                MathTrunc => n.trunc(),
                _ => {
                    if n.is_nan() || n == 0.0 {
                        n
                    } else {
                        n.signum()
                    }
                }
            })
        }
        MathPow => {
            let (x, y) = (
                realm.coerce_number(&a0)?,
                realm.coerce_number(&arg(&args, 1))?,
            );
            Value::Number(super::ops::js_pow(x, y))
        }
        JsonStringify => {
            let indent = match arg(&args, 2) {
                Value::Number(n) => " ".repeat(n.clamp(0.0, 10.0) as usize),
                Value::String(s) => s.chars().take(10).collect(),
                _ => String::new(),
            };
            // The replacer is read before the indent; one that is neither a
            // function nor an array is ignored.
            let replacer = json_replacer(realm, &arg(&args, 1))?;
            match json_stringify_with(realm, &a0, replacer, &indent)? {
                Some(text) => string(text),
                None => Value::Undefined,
            }
        }
        JsonParse => {
            let text = realm.coerce_string(&a0)?;
            let v = super::json_parse::parse(realm, &text)?;
            // The reviver runs after the whole text is parsed, so a syntax error still shows.
            if arg(&args, 1).is_callable() {
                return Err(
                    realm.unsupported("`JSON.parse` with a reviver is not supported yet".into())
                );
            }
            v
        }
        _ => unreachable!("misc_call: {f:?}"),
    })
}

/// `new Array(n)`, `new Map(iterable)` and friends.
pub fn construct(realm: &mut Realm, f: StdFn, args: Vec<Value>) -> JsResult<Value> {
    match f {
        StdFn::ArrayCtor => {
            if let [Value::Number(n)] = args.as_slice() {
                let n = realm.array_length(*n)?;
                return Ok(realm.new_array(vec![Value::Hole; n]));
            }
            Ok(realm.new_array(args))
        }
        StdFn::ObjectCtor => misc_call(realm, f, Value::Undefined, args),
        StdFn::CollCtor(coll) => super::collections::construct(realm, coll, &arg(&args, 0)),
        StdFn::StringCtor | StdFn::NumberCtor | StdFn::BooleanCtor => Err(realm.unsupported(
            "wrapper objects (`new String(…)`, `new Number(…)`) are not supported".into(),
        )),
        // Methods and the other functions are not constructors.
        _ => Err(realm.not_a_constructor()),
    }
}

/// Own enumerable `[key, value]` pairs, as `Object.entries` lists them.
/// `EnumerableOwnProperties(v, key)`: the keys of `Object.keys`, without reading values.
pub(super) fn own_keys(realm: &mut Realm, v: &Value) -> JsResult<Vec<Rc<str>>> {
    match v {
        Value::Object(o) => {
            realm.refuse_unmodelled_keys(o)?;
            let d = o.borrow();
            let mut out: Vec<Rc<str>> = match &d.kind {
                ObjectKind::Array(xs) => element_keys(xs).collect(),
                _ => Vec::new(),
            };
            out.extend(d.keys());
            Ok(out)
        }
        Value::String(s) => Ok((0..s.encode_utf16().count())
            .map(|i| Rc::from(i.to_string()))
            .collect()),
        v if v.is_nullish() => Err(realm.to_object_error()),
        _ => Ok(Vec::new()),
    }
}

/// `Object.freeze(o)` of a plain object (shallow: the objects it holds stay
/// writable). Other objects keep state outside their property table
/// (elements, a function's `name`, …) that freezing would have to guard
/// in every built-in, so freezing them stops the run as unsupported.
fn freeze(realm: &mut Realm, o: &Obj) -> JsResult<()> {
    let what = match o.borrow().kind {
        _ if realm.is_global_object(o) => "the global object",
        ObjectKind::Ordinary => "",
        ObjectKind::Array(_) => "an array",
        ObjectKind::Function(_) => "a function",
        ObjectKind::Error(_) => "an error",
        ObjectKind::Promise(_) => "a promise",
        ObjectKind::Map(_)
        | ObjectKind::Set(_)
        | ObjectKind::WeakMap(_)
        | ObjectKind::WeakSet(_) => "a Map or Set",
        _ => "a built-in object",
    };
    if !what.is_empty() {
        return Err(realm.unsupported(format!(
            "`Object.freeze` of {what} is not supported (only plain objects)"
        )));
    }
    o.borrow_mut().frozen = true;
    Ok(())
}

/// The keys of an array's elements (its holes have none).
fn element_keys(xs: &[Value]) -> impl Iterator<Item = Rc<str>> + '_ {
    xs.iter()
        .enumerate()
        .filter(|(_, x)| !matches!(x, Value::Hole))
        .map(|(i, _)| Rc::from(i.to_string()))
}

/// `Object.getOwnPropertyNames(v)`: every own string key, enumerable or
/// not, in property order; an array's or a string's `length` comes right
/// after its indices. Functions, errors and Node's objects have own
/// properties jsorder does not keep (`arguments`, `stack`, `_idleTimeout`,
/// …), so listing theirs stops the run as unsupported.
fn own_property_names(realm: &mut Realm, v: &Value) -> JsResult<Vec<Rc<str>>> {
    let length = || Rc::from("length");
    let o = match v {
        Value::Object(o) => o,
        Value::String(_) => {
            let mut names = own_keys(realm, v)?;
            names.push(length());
            return Ok(names);
        }
        v if v.is_nullish() => return Err(realm.to_object_error()),
        _ => return Ok(Vec::new()),
    };
    realm.refuse_unmodelled_keys(o)?;
    let d = o.borrow();
    let unmodelled = match &d.kind {
        ObjectKind::Function(_) => Some("a function".to_string()),
        ObjectKind::Error(_) => Some("an error".to_string()),
        ObjectKind::Namespace(name) => Some(format!("`{name}`")),
        ObjectKind::Timeout(_) | ObjectKind::Immediate(_) => {
            Some("a Timeout or Immediate".to_string())
        }
        _ => None,
    };
    if let Some(what) = unmodelled {
        drop(d);
        return Err(realm.unsupported(format!(
            "`Object.getOwnPropertyNames` of {what} is not supported"
        )));
    }
    let mut names: Vec<Rc<str>> = match &d.kind {
        ObjectKind::Array(xs) => element_keys(xs).chain([length()]).collect(),
        _ => Vec::new(),
    };
    names.extend(d.all_keys());
    Ok(names)
}

/// `v.hasOwnProperty(key)`: the own properties jsorder keeps outside an
/// object's property table count too (array elements and `length`, a
/// function's `name` and `length`, a string's indexes and `length`).
fn has_own_property(realm: &mut Realm, v: &Value, key: &str) -> JsResult<bool> {
    let o = match v {
        Value::Object(o) => o,
        Value::String(s) => {
            let units = s.encode_utf16().count();
            return Ok(key == "length"
                || super::value::array_index(key).is_some_and(|i| (i as usize) < units));
        }
        _ => return Ok(false),
    };
    let d = o.borrow();
    if d.props.contains_key(key) {
        return Ok(true);
    }
    Ok(match &d.kind {
        ObjectKind::Array(xs) => key == "length" || super::props::has_element(xs, key),
        ObjectKind::Function(_) if key == "prototype" => {
            drop(d);
            return Err(
                realm.unsupported("whether a function owns a `prototype` is not modelled".into())
            );
        }
        ObjectKind::Function(_) => matches!(key, "name" | "length"),
        // An own accessor in Node.
        ObjectKind::Namespace("process") if key == "exitCode" => true,
        // jsorder has a few of a namespace's members: the others may exist.
        ObjectKind::Namespace(name) => {
            let message = format!("`{name}.hasOwnProperty('{key}')` is not supported yet");
            drop(d);
            return Err(realm.unsupported(message));
        }
        _ => false,
    })
}

fn own_entries(realm: &mut Realm, v: &Value) -> JsResult<Vec<(Rc<str>, Value)>> {
    match v {
        Value::Object(o) => {
            realm.refuse_unmodelled_keys(o)?;
            let mut out = Vec::new();
            let items = match &o.borrow().kind {
                ObjectKind::Array(xs) => xs.to_vec(),
                _ => Vec::new(),
            };
            for (i, x) in items.into_iter().enumerate() {
                if !matches!(x, Value::Hole) {
                    out.push((Rc::from(i.to_string()), x));
                }
            }
            // The keys are listed first; one that an earlier getter deleted is
            // skipped when its turn comes.
            let keys = o.borrow().keys();
            for k in keys {
                if !o.borrow().props.contains_key(&k) {
                    continue;
                }
                let val = realm.get_named(v, &k)?;
                out.push((k, val));
            }
            Ok(out)
        }
        Value::String(s) => Ok(unit_strings(realm, s)?
            .into_iter()
            .enumerate()
            .map(|(i, c)| (Rc::from(i.to_string()), c))
            .collect()),
        v if v.is_nullish() => Err(realm.to_object_error()),
        _ => Ok(Vec::new()),
    }
}

/// An object being serialised: its address, how it was reached from its
/// parent (`property 'x'` / `index 1`), and its constructor's name.
struct JsonFrame {
    addr: usize,
    via: String,
    ctor: &'static str,
}

/// Deepest nesting `JSON.stringify` writes before a `RangeError`.
const MAX_JSON_DEPTH: usize = 4000;

/// `JSON.stringify(v, null, indent)`: `None` when `v` has no JSON form.
pub fn json_stringify(realm: &mut Realm, v: &Value, indent: &str) -> JsResult<Option<String>> {
    json_stringify_with(realm, v, JsonReplacer::None, indent)
}

/// The second argument of `JSON.stringify`.
pub enum JsonReplacer {
    None,
    /// Called as `replacer.call(holder, key, value)` for every value written.
    Function(Value),
    /// The only keys written of every object (arrays keep all their elements).
    Keys(Vec<Rc<str>>),
}

/// Reads a replacer: a function, or an array whose strings and numbers
/// (as strings, each once, in order) become the property list.
fn json_replacer(realm: &mut Realm, replacer: &Value) -> JsResult<JsonReplacer> {
    if replacer.is_callable() {
        return Ok(JsonReplacer::Function(replacer.clone()));
    }
    if !is_array_value(replacer) {
        return Ok(JsonReplacer::None);
    }
    let len = realm.get_named(replacer, "length")?;
    let len = realm.coerce_number(&len)? as usize;
    let mut keys: Vec<Rc<str>> = Vec::new();
    for i in 0..len {
        let key = match realm.get_named(replacer, &i.to_string())? {
            Value::String(s) => s,
            Value::Number(n) => Rc::from(number_to_string(n)),
            _ => continue,
        };
        if !keys.contains(&key) {
            keys.push(key);
        }
    }
    Ok(JsonReplacer::Keys(keys))
}

/// What one `JSON.stringify` call carries down the value.
struct JsonState<'a> {
    replacer: JsonReplacer,
    indent: &'a str,
    /// The objects being serialised, outermost first.
    stack: Vec<JsonFrame>,
}

fn json_stringify_with(
    realm: &mut Realm,
    v: &Value,
    replacer: JsonReplacer,
    indent: &str,
) -> JsResult<Option<String>> {
    let mut out = String::new();
    // A replacer function sees the value as the "" property of a wrapper object.
    let holder = if let JsonReplacer::Function(_) = replacer {
        let wrapper = realm.alloc(ObjectKind::Ordinary)?;
        wrapper
            .borrow_mut()
            .props
            .insert(Rc::from(""), Property::data(v.clone()));
        Value::Object(wrapper)
    } else {
        Value::Undefined
    };
    let mut state = JsonState {
        replacer,
        indent,
        stack: Vec::new(),
    };
    Ok(json(realm, &holder, v.clone(), "", "", &mut out, &mut state)?.then_some(out))
}

/// V8's message for a cycle: where it starts, the path (the first two and
/// the last step, `...` between), and the property that closes it.
fn circular_message(stack: &[JsonFrame], from: usize, closing: &str) -> String {
    let mut m = format!(
        "Converting circular structure to JSON\n    --> starting at object with constructor '{}'",
        stack[from].ctor
    );
    let path = &stack[from + 1..];
    let step = |f: &JsonFrame| {
        format!(
            "\n    |     {} -> object with constructor '{}'",
            f.via, f.ctor
        )
    };
    if path.len() > 3 {
        m.push_str(&step(&path[0]));
        m.push_str(&step(&path[1]));
        m.push_str("\n    |     ...");
        m.push_str(&step(&path[path.len() - 1]));
    } else {
        for f in path {
            m.push_str(&step(f));
        }
    }
    m.push_str(&format!("\n    --- {closing} closes the circle"));
    m
}

/// Appends the JSON text of `v`, the value of `holder[key]` (SerializeJSONProperty);
/// returns false for values JSON omits (undefined, functions).
fn json(
    realm: &mut Realm,
    holder: &Value,
    v: Value,
    key: &str,
    cur: &str,
    out: &mut String,
    state: &mut JsonState,
) -> JsResult<bool> {
    // A `toJSON` method replaces the value, called with the key; then the
    // replacer function replaces that, called on the holder.
    let mut v = v;
    if let Value::Object(_) = v {
        let to_json = realm.get_named(&v, "toJSON")?;
        if to_json.is_callable() {
            v = realm.call(&to_json, v.clone(), vec![string(key)])?;
        }
    }
    if let JsonReplacer::Function(f) = &state.replacer {
        let f = f.clone();
        v = realm.call(&f, holder.clone(), vec![string(key), v])?;
    }
    let stack = &state.stack;
    let via = match stack.last() {
        Some(parent) if parent.ctor == "Array" => format!("index {key}"),
        _ => format!("property '{key}'"),
    };
    match &v {
        Value::Undefined | Value::Hole => return Ok(false),
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => out.push_str(&if n.is_finite() {
            number_to_string(*n)
        } else {
            "null".into()
        }),
        Value::String(s) => json_quote(s, out),
        Value::Object(o) => {
            let ctor =
                match &o.borrow().kind {
                    ObjectKind::Function(_) => return Ok(false),
                    ObjectKind::Timeout(_) | ObjectKind::Immediate(_) => {
                        return Err(realm.unsupported_timer_value())
                    }
                    ObjectKind::Emitter(_) => return Err(realm.unsupported(
                        "`JSON.stringify` of an EventEmitter is not supported (Node writes its \
                         internal fields)"
                            .into(),
                    )),
                    ObjectKind::Array(_) => "Array",
                    ObjectKind::Promise(_) => "Promise",
                    ObjectKind::Error(ty) => ty.name(),
                    ObjectKind::Map(_) => "Map",
                    ObjectKind::Set(_) => "Set",
                    ObjectKind::WeakMap(_) => "WeakMap",
                    ObjectKind::WeakSet(_) => "WeakSet",
                    ObjectKind::Ordinary
                    | ObjectKind::Namespace(_)
                    | ObjectKind::ArrayIterator(_)
                    | ObjectKind::MapIterator(_)
                    | ObjectKind::SetIterator(_) => "Object",
                };
            if let Some(from) = stack.iter().position(|f| f.addr == o.addr()) {
                let message = circular_message(stack, from, &via);
                return Err(realm.type_error(message));
            }
            if out.len() > MAX_STRING_LEN {
                return Err(realm.string_too_long(None));
            }
            // V8 runs out of stack about 4,000 objects deep.
            if stack.len() >= MAX_JSON_DEPTH {
                return Err(realm.range_error("Maximum call stack size exceeded"));
            }
            state.stack.push(JsonFrame {
                addr: o.addr(),
                via,
                ctor,
            });
            let indent = state.indent;
            let inner = format!("{cur}{indent}");
            let (open, close) = if ctor == "Array" {
                ('[', ']')
            } else {
                ('{', '}')
            };
            out.push(open);
            let mut first = true;
            let sep = |out: &mut String, first: &mut bool| {
                if !*first {
                    out.push(',');
                }
                *first = false;
                if !indent.is_empty() {
                    out.push('\n');
                    out.push_str(&inner);
                }
            };
            // Each element or property is read when its turn comes, so a
            // getter, `toJSON` or replacer sees what the earlier ones changed.
            if open == '[' {
                let len = realm.get_named(&v, "length")?;
                let len = realm.coerce_number(&len)? as usize;
                for i in 0..len {
                    sep(out, &mut first);
                    let k = i.to_string();
                    let item = realm.get_named(&v, &k)?;
                    if !with_stack(|| json(realm, &v, item, &k, &inner, out, state))? {
                        out.push_str("null");
                    }
                }
            } else {
                let keys = match &state.replacer {
                    JsonReplacer::Keys(keys) => keys.clone(),
                    _ => own_keys(realm, &v)?,
                };
                for k in keys {
                    let val = realm.get_named(&v, &k)?;
                    let mark = out.len();
                    sep(out, &mut first);
                    json_quote(&k, out);
                    out.push(':');
                    if !indent.is_empty() {
                        out.push(' ');
                    }
                    if !with_stack(|| json(realm, &v, val, &k, &inner, out, state))? {
                        out.truncate(mark);
                        first = out.ends_with(open);
                    }
                }
            }
            if !first && !indent.is_empty() {
                out.push('\n');
                out.push_str(cur);
            }
            out.push(close);
            state.stack.pop();
        }
    }
    Ok(true)
}

/// Appends `s` as a JSON string literal (as `JSON.stringify` writes it).
pub(super) fn json_quote(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

/// `x.toFixed(a)`, `x.toExponential(a)` or `x.toPrecision(a)`, with the
/// spec's order of checks: an omitted precision prints `x` as `String(x)`
/// does, a number that is not finite ignores the digits (except in
/// `toFixed`), and digits out of range are a `RangeError`.
fn format_number(realm: &mut Realm, f: StdFn, x: f64, a: &Value) -> JsResult<String> {
    use super::number_format::{to_exponential, to_fixed, to_precision};
    if f == StdFn::ToPrecision && a.is_undefined() {
        return Ok(number_to_string(x));
    }
    let omitted = a.is_undefined();
    let d = to_integer(realm, a)?;
    if !x.is_finite() && f != StdFn::ToFixed {
        return Ok(number_to_string(x));
    }
    let (name, low, what) = match f {
        StdFn::ToFixed => ("toFixed", 0.0, "digits argument"),
        StdFn::ToExponential => ("toExponential", 0.0, "argument"),
        _ => ("toPrecision", 1.0, "argument"),
    };
    if !(low..=100.0).contains(&d) {
        return Err(realm.range_error(&format!("{name}() {what} must be between {low} and 100")));
    }
    let d = d as usize;
    Ok(match f {
        StdFn::ToFixed => to_fixed(x, d),
        StdFn::ToExponential => to_exponential(x, (!omitted).then_some(d)),
        _ => to_precision(x, d),
    })
}

/// V8's `DoubleToRadixCString`: integer digits exactly, fraction digits only
/// as far as the double's precision goes (`(0.5).toString(2)` is `0.1`).
fn double_to_radix(value: f64, radix: u32) -> String {
    const CHARS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let next_up = |v: f64| f64::from_bits(v.to_bits() + 1);
    let negative = value < 0.0;
    let value = value.abs();
    let r = f64::from(radix);
    let mut integer = value.floor();
    let mut fraction = value - integer;
    let mut delta = (0.5 * (next_up(value) - value)).max(next_up(0.0));
    let mut frac_digits: Vec<u8> = Vec::new();
    if fraction >= delta {
        loop {
            fraction *= r;
            delta *= r;
            let digit = fraction as usize;
            frac_digits.push(CHARS[digit]);
            fraction -= digit as f64;
            // Round to even.
            if (fraction > 0.5 || (fraction == 0.5 && digit & 1 == 1)) && fraction + delta > 1.0 {
                // Carry into the digits already written (or the integer part).
                loop {
                    let Some(c) = frac_digits.pop() else {
                        integer += 1.0;
                        break;
                    };
                    let d = (c as char).to_digit(36).unwrap_or(0);
                    if d + 1 < radix {
                        frac_digits.push(CHARS[d as usize + 1]);
                        break;
                    }
                }
                break;
            }
            if fraction < delta {
                break;
            }
        }
    }
    // Integer digits; those below the double's precision are zeros.
    let mut int_digits: Vec<u8> = Vec::new();
    while integer / r >= 9007199254740992.0 {
        integer /= r;
        int_digits.push(b'0');
    }
    loop {
        let remainder = integer % r;
        int_digits.push(CHARS[remainder as usize]);
        integer = (integer - remainder) / r;
        if integer <= 0.0 {
            break;
        }
    }
    let mut out = String::new();
    if negative {
        out.push('-');
    }
    out.extend(int_digits.iter().rev().map(|&b| b as char));
    if !frac_digits.is_empty() {
        out.push('.');
        out.extend(frac_digits.iter().map(|&b| b as char));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn globals_lists_exactly_what_install_defines() {
        let mut realm = Realm::new("", &crate::engine::Options::default());
        let before: BTreeSet<String> = realm.globals.keys().map(|k| k.to_string()).collect();
        realm.ensure_stdlib();
        let added: BTreeSet<String> = realm
            .globals
            .keys()
            .map(|k| k.to_string())
            .filter(|k| !before.contains(k))
            .collect();
        let listed: BTreeSet<String> = GLOBALS.iter().map(|g| g.to_string()).collect();
        assert_eq!(added, listed);
        assert!(before.iter().all(|k| !GLOBALS.contains(&k.as_str())));
    }
}
