//! `console.log` formatting (Node's `util.format` / `util.inspect`).
//!
//! This is a transcription of Node v20's `lib/internal/util/inspect.js` for the
//! value kinds the engine has (see SEMANTICS §5). The layout decisions — when a
//! container fits on one line, how long arrays are grouped into columns, how a
//! nested error's stack is indented — follow Node's functions of the same names
//! (`formatValue`, `formatRaw`, `reduceToSingleString`, `groupArrayElements`, …)
//! step by step, because any "simplification" changes where lines break.
//!
//! Known differences from Node (values the model cannot describe):
//! * `Timeout`/`Immediate` objects print as `Timeout { 5 }` / `Immediate { 5 }`
//!   (Node dumps its internal fields);
//! * class instances print as plain objects (the model has no prototypes), and
//!   `%o` does not show a function's hidden `[length]`/`[name]`/`[prototype]`;
//! * getters are never called: `[Getter]` (or `[Setter]`, `[Getter/Setter]`)
//!   is printed, and `%j` skips them;
//! * `%s` on an object with its own `toString` prints `String(obj)` without
//!   calling user code (so `[object Object]`).

use super::builtins::Native;
use super::bytecode::FunctionCode;
use super::collections::{with_table, Table, TableIter};
use super::number_parse::{parse_float, parse_int};
use super::promise::PromiseState;
use super::stdlib::{json_quote, StdFn};
use super::string_width::string_width;
use super::value::{
    array_index, number_to_string, Callable, FunctionData, FunctionFlavor, IterKind,
};
use super::value::{Obj, ObjectData, ObjectKind, Property, Value};
use super::Exc;
use std::collections::HashMap;
use std::rc::Rc;

/// Node's `breakLength` default.
const BREAK_LENGTH: usize = 80;
/// Node's `maxArrayLength` default.
const MAX_ARRAY_LENGTH: usize = 100;
/// Node's `maxStringLength` default (UTF-16 units).
const MAX_STRING_LENGTH: usize = 10_000;
/// Node's `compact` default: up to 3 inner levels may share one line.
const COMPACT: usize = 3;
/// Strings at most this long are never split at their newlines.
const MIN_LINE_LENGTH: usize = 16;
/// Node stops descending once one indentation level produced this much text.
const BUDGET_LIMIT: usize = 1 << 27;
/// `%j` gives up (prints `null` for the rest) below this nesting, instead of
/// overflowing the Rust stack where Node would throw a `RangeError`.
const JSON_MAX_DEPTH: usize = 1000;

/// What console.log prints for these arguments (without the trailing newline):
/// `util.format` semantics, including the `%` directives of a leading string.
pub fn format_log(args: &[Value]) -> String {
    match format_log_with(args, &mut Pure) {
        Ok(text) => text,
        Err(_) => unreachable!("pure conversions never throw"),
    }
}

/// The conversions of `util.format` directives that can run user code:
/// `String(v)` for `%s`/`%i`/`%f` (a `toString` method), `Number(v)` for `%d`
/// (`valueOf`), `JSON.stringify(v)` for `%j` (`toJSON`). `console.log` runs
/// them in the realm; [`Pure`] runs none.
pub trait Conversions {
    /// `String(v)`.
    fn string(&mut self, v: &Value) -> Result<String, Exc>;
    /// `Number(v)`.
    fn number(&mut self, v: &Value) -> Result<f64, Exc>;
    /// `JSON.stringify(v)` (`None` for undefined, functions); a circular
    /// structure gives `[Circular]`, as Node's `tryStringify` does.
    fn json(&mut self, v: &Value) -> Result<Option<String>, Exc>;
    /// Stops the run: the output would need something jsorder does not model.
    fn unsupported(&mut self, what: &str) -> Exc;
    /// Whether a call of `code` is on the call stack.
    fn running(&self, code: &Rc<FunctionCode>) -> bool;
}

/// Conversions that call no user code.
pub struct Pure;

impl Conversions for Pure {
    fn string(&mut self, v: &Value) -> Result<String, Exc> {
        Ok(to_string_safe(v))
    }
    fn number(&mut self, v: &Value) -> Result<f64, Exc> {
        Ok(to_number_safe(v))
    }
    fn json(&mut self, v: &Value) -> Result<Option<String>, Exc> {
        Ok(json_stringify(v))
    }
    fn unsupported(&mut self, what: &str) -> Exc {
        Exc::Halt(super::Halt::Unsupported(what.to_string(), None))
    }
    fn running(&self, _code: &Rc<FunctionCode>) -> bool {
        false
    }
}

/// What `%o` would show hidden state of within `depth` levels of `v`, which
/// jsorder does not model: a function's `length`, `name`, `prototype`…, an
/// array, Map or Set iterator's inherited `Symbol.toStringTag`.
fn shows_hidden_state(
    v: &Value,
    depth: usize,
    seen: &mut Vec<usize>,
    conv: &dyn Conversions,
) -> Option<&'static str> {
    let Value::Object(o) = v else {
        return None;
    };
    if depth > 4 || seen.contains(&o.addr()) {
        return None;
    }
    seen.push(o.addr());
    let d = o.borrow();
    match &d.kind {
        ObjectKind::Function(f) => match &f.call {
            // A sloppy function's `arguments` and `caller` show its running call.
            Callable::Closure(c) if has_arguments_and_caller(&c.code) && conv.running(&c.code) => {
                return Some("a function that is running")
            }
            Callable::Closure(_) | Callable::Native(Native::Bound { .. }) => {}
            // V8's own functions that are no constructors (`Math.max`,
            // `[].push`, a promise's resolve function) have only a length
            // and a name.
            Callable::Native(Native::Std(f)) if !is_std_constructor(*f) => {}
            Callable::Native(Native::Resolve(..) | Native::Reject(..)) => {}
            // Node's own functions and the constructors carry prototypes and
            // symbols of their own.
            Callable::Native(_) => return Some("built-in functions"),
        },
        ObjectKind::ArrayIterator(_) => return Some("array iterators"),
        ObjectKind::MapIterator(_) | ObjectKind::SetIterator(_) => {
            return Some("Map or Set iterators")
        }
        // `showHidden` lists a weak collection's entries in an order of its own.
        ObjectKind::WeakMap(_) | ObjectKind::WeakSet(_) => return Some("WeakMaps or WeakSets"),
        ObjectKind::Namespace(_) => return Some("built-in namespaces (`Math`, `JSON`, …)"),
        // `showHidden` prints the stack as a string: machine-specific frames.
        ObjectKind::Error(_) => return Some("errors"),
        _ => {}
    }
    let mut inner: Vec<Value> = d.props.iter().map(|(_, p)| p.value.clone()).collect();
    match &d.kind {
        ObjectKind::Array(items) => inner.extend(items.iter().cloned()),
        ObjectKind::Map(t) | ObjectKind::Set(t) => {
            inner.extend(t.entries().flat_map(|(k, v)| [k.clone(), v.clone()]));
        }
        _ => {}
    }
    drop(d);
    inner
        .iter()
        .find_map(|x| shows_hidden_state(x, depth + 1, seen, conv))
}

/// The language constructors among the language built-ins (`Array`, `Map`, …).
fn is_std_constructor(f: StdFn) -> bool {
    matches!(
        f,
        StdFn::ObjectCtor
            | StdFn::ArrayCtor
            | StdFn::StringCtor
            | StdFn::NumberCtor
            | StdFn::BooleanCtor
            | StdFn::CollCtor(_)
    )
}

/// A sloppy-mode `function` (not an arrow, method or async function) has own
/// `arguments` and `caller` properties.
fn has_arguments_and_caller(code: &FunctionCode) -> bool {
    !code.is_strict && has_prototype(code)
}

/// A `function` (not an arrow, method or async function) is a constructor,
/// with its own `prototype` object.
fn has_prototype(code: &FunctionCode) -> bool {
    !code.is_arrow && !code.is_method && !code.is_async
}

/// `util.format(...args)` with the given conversions.
pub fn format_log_with(args: &[Value], conv: &mut dyn Conversions) -> Result<String, Exc> {
    let mut out = String::new();
    let mut next = 0;
    let mut join = "";
    if let Some(Value::String(first)) = args.first() {
        if args.len() == 1 {
            // A plain copy: `to_string` on an `Rc<str>` goes through the
            // formatting machinery, and this is most `console.log` calls.
            return Ok(String::from(&**first));
        }
        let (text, consumed) = apply_directives(first, args, conv)?;
        if consumed > 0 {
            out = text;
            next = consumed;
            join = " ";
        }
    }
    if next == 0 {
        // Room for the strings and a short inspection of anything else, so
        // `console.log('label', x)` seldom grows the line.
        let room = args.iter().map(|a| match a {
            Value::String(s) => s.len() + 1,
            _ => 8,
        });
        out.reserve(room.sum());
    }
    for value in &args[next..] {
        out.push_str(join);
        match value {
            Value::String(s) => out.push_str(s),
            other => out.push_str(&inspect(other)),
        }
        join = " ";
    }
    Ok(out)
}

/// util.inspect(v) with Node's defaults (depth 2, breakLength 80, maxArrayLength 100).
pub fn inspect(v: &Value) -> String {
    inspect_with(v, 2, false)
}

/// util.inspect(v, { depth }) (`console.dir`).
pub fn inspect_to_depth(v: &Value, depth: i64) -> String {
    inspect_with(v, depth, false)
}

/// `inspect` with an explicit depth and `showHidden` (used by `%s` and `%o`).
fn inspect_with(v: &Value, depth: i64, show_hidden: bool) -> String {
    let mut ctx = Ctx::new(depth, show_hidden);
    format_value(&mut ctx, v, 0)
}

// ---------------------------------------------------------------------------
// util.format: the `%` directives
// ---------------------------------------------------------------------------

/// Expands the directives of `first` (which is `args[0]`). Returns the text and
/// the index of the first argument not consumed, or 0 when no directive (not
/// even `%%`) was seen, in which case Node prints `first` like any other string.
fn apply_directives(
    first: &str,
    args: &[Value],
    conv: &mut dyn Conversions,
) -> Result<(String, usize), Exc> {
    let bytes = first.as_bytes();
    let mut out = String::new();
    let mut a = 0;
    let mut last = 0;
    let mut i = 0;
    // Byte positions are fine: every slice boundary is next to an ASCII `%` or
    // directive letter. The last byte never starts a directive, as in Node.
    while i + 1 < bytes.len() {
        if bytes[i] != b'%' {
            i += 1;
            continue;
        }
        i += 1;
        let next = bytes[i];
        if a + 1 != args.len() {
            let replacement = match next {
                b's' | b'j' | b'd' | b'O' | b'o' | b'i' | b'f' | b'c' => {
                    a += 1;
                    directive(next, &args[a], conv)?
                }
                b'%' => {
                    out.push_str(&first[last..i]);
                    last = i + 1;
                    i += 1;
                    continue;
                }
                _ => {
                    i += 1;
                    continue;
                }
            };
            if last != i - 1 {
                out.push_str(&first[last..i - 1]);
            }
            out.push_str(&replacement);
            last = i + 1;
        } else if next == b'%' {
            out.push_str(&first[last..i]);
            last = i + 1;
        }
        i += 1;
    }
    if last == 0 {
        return Ok((String::new(), 0));
    }
    if last < first.len() {
        out.push_str(&first[last..]);
    }
    Ok((out, a + 1))
}

/// The text one directive letter makes of its argument.
fn directive(letter: u8, arg: &Value, conv: &mut dyn Conversions) -> Result<String, Exc> {
    let number = |conv: &mut dyn Conversions, v: &Value| match v {
        Value::Object(_) => conv.number(v),
        other => Ok(other.to_number()),
    };
    let text = |conv: &mut dyn Conversions, v: &Value| match v {
        Value::Object(_) => conv.string(v),
        other => Ok(other.to_js_string().to_string()),
    };
    Ok(match letter {
        b's' => format_s(arg, conv)?,
        b'j' => conv.json(arg)?.unwrap_or_else(|| "undefined".to_string()),
        b'd' => format_number(number(conv, arg)?),
        b'i' => format_number(parse_int(&text(conv, arg)?, 0)),
        b'f' => format_number(parse_float(&text(conv, arg)?)),
        b'O' => inspect(arg),
        b'o' => match shows_hidden_state(arg, 0, &mut Vec::new(), conv) {
            Some(what) => {
                let message = format!("`%o` of a value holding {what} is not supported");
                return Err(conv.unsupported(&message));
            }
            None => inspect_with(arg, 4, true),
        },
        _ => String::new(), // %c: consumed, prints nothing
    })
}

/// `%s`: numbers keep `-0`; plain objects, arrays, errors and promises (whose
/// `toString` is the built-in one) are inspected at depth 0; the rest is `String(v)`.
fn format_s(arg: &Value, conv: &mut dyn Conversions) -> Result<String, Exc> {
    Ok(match arg {
        Value::Number(n) => format_number(*n),
        Value::Object(o) => {
            // Functions and objects with their own `toString` function go
            // through `String(v)`; so does a `Timeout`, whose
            // `Symbol.toPrimitive` gives its id. Node counts an own `toString`
            // that is not a function as built-in.
            let builtin = {
                let data = o.borrow();
                let own_function = data
                    .props
                    .get("toString")
                    .is_some_and(|p| p.is_accessor() || p.value.is_callable());
                !matches!(data.kind, ObjectKind::Function(_) | ObjectKind::Timeout(_))
                    && !own_function
            };
            if builtin {
                inspect_with(arg, 0, false)
            } else {
                conv.string(arg)?
            }
        }
        other => other.to_js_string().to_string(),
    })
}

/// `String(v)`, but arrays are joined here with JS's cycle rule (a cyclic
/// element joins as `''`) so self-containing arrays cannot recurse forever.
fn to_string_safe(v: &Value) -> String {
    let mut seen = Vec::new();
    to_string_guarded(v, &mut seen)
}

/// [`to_string_safe`] with the arrays currently being joined.
fn to_string_guarded(v: &Value, seen: &mut Vec<usize>) -> String {
    let Value::Object(o) = v else {
        return v.to_js_string().to_string();
    };
    let data = o.borrow();
    let ObjectKind::Array(items) = &data.kind else {
        drop(data);
        return v.to_js_string().to_string();
    };
    if seen.contains(&o.addr()) || seen.len() > JSON_MAX_DEPTH {
        return String::new();
    }
    seen.push(o.addr());
    let parts: Vec<String> = items
        .iter()
        .map(|item| {
            if item.is_nullish() {
                String::new()
            } else {
                to_string_guarded(item, seen)
            }
        })
        .collect();
    seen.pop();
    parts.join(",")
}

/// `Number(v)` without the unbounded recursion of nested arrays.
fn to_number_safe(v: &Value) -> f64 {
    match v {
        Value::Object(_) => super::value::string_to_number(&to_string_safe(v)),
        other => other.to_number(),
    }
}

/// `JSON.stringify(v)`; `None` where JS returns `undefined`. A cycle makes the
/// whole result `[Circular]`, as Node's `tryStringify` does.
fn json_stringify(v: &Value) -> Option<String> {
    let mut seen = Vec::new();
    let mut out = String::new();
    match json_value(v, &mut seen, &mut out) {
        Err(Cycle) => Some("[Circular]".to_string()),
        Ok(false) => None,
        Ok(true) => Some(out),
    }
}

/// A cycle was found while serialising.
struct Cycle;

/// Appends the JSON of `v`; `Ok(false)` when `v` has no JSON form (undefined, functions).
fn json_value(v: &Value, seen: &mut Vec<usize>, out: &mut String) -> Result<bool, Cycle> {
    match v {
        Value::Undefined | Value::Hole => return Ok(false),
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) if n.is_finite() => out.push_str(&number_to_string(*n)),
        Value::Number(_) => out.push_str("null"),
        Value::String(s) => json_quote(s, out),
        Value::Object(o) => return json_object(o, seen, out),
    }
    Ok(true)
}

/// JSON of an object or array.
fn json_object(o: &Obj, seen: &mut Vec<usize>, out: &mut String) -> Result<bool, Cycle> {
    let data = o.borrow();
    if matches!(data.kind, ObjectKind::Function(_)) {
        return Ok(false);
    }
    if seen.contains(&o.addr()) {
        return Err(Cycle);
    }
    if seen.len() >= JSON_MAX_DEPTH {
        out.push_str("null");
        return Ok(true);
    }
    seen.push(o.addr());
    if let ObjectKind::Array(items) = &data.kind {
        out.push('[');
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            if !json_value(item, seen, out)? {
                out.push_str("null");
            }
        }
        out.push(']');
    } else {
        out.push('{');
        let mut first = true;
        for key in data.keys() {
            let Some(prop) = data.props.get(&key) else {
                continue;
            };
            if prop.is_accessor() {
                continue;
            }
            let mut piece = String::new();
            json_quote(&key, &mut piece);
            piece.push(':');
            if json_value(&prop.value, seen, &mut piece)? {
                if !first {
                    out.push(',');
                }
                out.push_str(&piece);
                first = false;
            }
        }
        out.push('}');
    }
    seen.pop();
    Ok(true)
}

// ---------------------------------------------------------------------------
// util.inspect
// ---------------------------------------------------------------------------

/// Node's inspection context (`ctx`).
struct Ctx {
    /// Objects deeper than this print as `[Object]`; -1 once the budget is spent.
    depth: i64,
    /// `showHidden` (`%o`): non-enumerable properties as `[key]: value`.
    show_hidden: bool,
    /// `ctx.indentationLvl`: spaces before the current entry.
    indentation: usize,
    /// `ctx.currentDepth`: depth of the most recently entered container.
    current_depth: usize,
    /// Addresses of the containers being formatted (cycle detection).
    seen: Vec<usize>,
    /// Addresses found to be cyclic; position + 1 is the `*N` label.
    circular: Vec<usize>,
    /// Output produced per indentation level (Node's `ctx.budget`).
    budget: HashMap<usize, usize>,
}

impl Ctx {
    fn new(depth: i64, show_hidden: bool) -> Ctx {
        Ctx {
            depth,
            show_hidden,
            indentation: 0,
            current_depth: 0,
            seen: Vec::new(),
            circular: Vec::new(),
            budget: HashMap::new(),
        }
    }

    /// The `*N` label of a cyclic object, if one was assigned.
    fn circular_index(&self, addr: usize) -> Option<usize> {
        self.circular.iter().position(|a| *a == addr).map(|i| i + 1)
    }
}

/// Whether an entry is an array element, an array's extra property or an
/// object property (Node's `kArrayType`, `kArrayExtrasType`, `kObjectType`).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Extras {
    Object,
    Array,
}

/// One own property to print.
struct Entry {
    key: Rc<str>,
    value: Shown,
    enumerable: bool,
}

/// What an entry shows: its value, or for an accessor what it has
/// (`[Getter]`, `[Setter]`, `[Getter/Setter]`), since inspecting runs no getter.
enum Shown {
    Value(Value),
    Accessor(&'static str),
}

impl Shown {
    fn of(p: &Property) -> Shown {
        match (&p.getter, &p.setter) {
            (Some(_), Some(_)) => Shown::Accessor("[Getter/Setter]"),
            (Some(_), None) => Shown::Accessor("[Getter]"),
            (None, Some(_)) => Shown::Accessor("[Setter]"),
            (None, None) => Shown::Value(p.value.clone()),
        }
    }
}

/// Node's `formatValue`.
fn format_value(ctx: &mut Ctx, v: &Value, recurse: usize) -> String {
    let Value::Object(o) = v else {
        return format_primitive(ctx, v);
    };
    let addr = o.addr();
    if ctx.seen.contains(&addr) {
        let index = match ctx.circular_index(addr) {
            Some(i) => i,
            None => {
                ctx.circular.push(addr);
                ctx.circular.len()
            }
        };
        return format!("[Circular *{index}]");
    }
    format_raw(ctx, o, recurse)
}

/// Node's `formatPrimitive` (plus `undefined`/`null`).
fn format_primitive(ctx: &Ctx, v: &Value) -> String {
    match v {
        Value::String(s) => format_string(ctx, s),
        Value::Number(n) => format_number(*n),
        Value::Bool(b) => b.to_string(),
        Value::Null => "null".to_string(),
        Value::Undefined | Value::Hole | Value::Object(_) => "undefined".to_string(),
    }
}

/// `-0` keeps its sign; everything else is JS `ToString`.
fn format_number(n: f64) -> String {
    if n == 0.0 && n.is_sign_negative() {
        "-0".to_string()
    } else {
        number_to_string(n)
    }
}

/// A quoted string; long ones with newlines are split into `'a\n' +` lines.
fn format_string(ctx: &Ctx, s: &str) -> String {
    let mut value = s;
    let mut trailer = String::new();
    let len = utf16_len(s);
    if len > MAX_STRING_LENGTH {
        let cut = byte_index_of_utf16(s, MAX_STRING_LENGTH);
        value = &s[..cut];
        let remaining = len - utf16_len(value);
        trailer = format!("... {remaining} more character{}", plural(remaining));
    }
    let len = utf16_len(value);
    if len > MIN_LINE_LENGTH && len + ctx.indentation + 4 > BREAK_LENGTH {
        let separator = format!(" +\n{}", " ".repeat(ctx.indentation + 2));
        let lines: Vec<String> = value.split_inclusive('\n').map(str_escape).collect();
        return lines.join(&separator) + &trailer;
    }
    str_escape(value) + &trailer
}

/// Node's `strEscape`: pick the quote, escape control characters, `\` and the quote.
fn str_escape(s: &str) -> String {
    let quote = if !s.contains('\'') {
        '\''
    } else if !s.contains('"') {
        '"'
    } else if !s.contains('`') && !s.contains("${") {
        '`'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        if c == quote && c == '\'' {
            out.push_str("\\'");
        } else {
            push_escaped(&mut out, c);
        }
    }
    out.push(quote);
    out
}

/// Appends `c`, escaped as Node's `meta` table does for control characters and `\`.
fn push_escaped(out: &mut String, c: char) {
    match c {
        '\\' => out.push_str("\\\\"),
        '\u{8}' => out.push_str("\\b"),
        '\t' => out.push_str("\\t"),
        '\n' => out.push_str("\\n"),
        '\u{c}' => out.push_str("\\f"),
        '\r' => out.push_str("\\r"),
        c if (c as u32) < 0x20 || (0x7f..0xa0).contains(&(c as u32)) => {
            out.push_str(&format!("\\x{:02X}", c as u32));
        }
        c => out.push(c),
    }
}

/// What a container prints besides its properties.
enum Body<'a> {
    Nothing,
    Items(&'a [Value]),
    Promise(&'a PromiseState),
    Id(u32),
    Table(TableView),
    /// A weak collection's entries, which Node does not list.
    Unknown,
}

/// The entries of a Map or Set, or those an iterator over one has left,
/// as Node previews them (at most `maxArrayLength`).
struct TableView {
    entries: Vec<(Value, Value)>,
    /// Entries past the preview.
    remaining: usize,
    show: Show,
}

/// How each entry of a [`TableView`] prints.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Show {
    /// `key => value` (a Map).
    Arrows,
    /// The key (a keys iterator).
    Keys,
    /// The value (a Set, a values iterator).
    Values,
    /// `[ key, value ]` (an entries iterator).
    Pairs,
}

impl TableView {
    /// The live entries of `table` from position `from` on.
    fn new(table: &Table, from: usize, show: Show) -> TableView {
        let mut rest = table.entries_from(from);
        let entries: Vec<(Value, Value)> = rest
            .by_ref()
            .take(MAX_ARRAY_LENGTH)
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        TableView {
            entries,
            remaining: rest.count(),
            show,
        }
    }

    /// What an iterator has left; an exhausted one shows nothing.
    fn of_iterator(it: &TableIter) -> TableView {
        let show = match it.kind {
            IterKind::Entries => Show::Pairs,
            IterKind::Keys => Show::Keys,
            IterKind::Values => Show::Values,
        };
        let view = it
            .source
            .as_ref()
            .and_then(|(o, _)| with_table(o, |t| TableView::new(t, it.next, show)));
        view.unwrap_or(TableView {
            entries: Vec::new(),
            remaining: 0,
            show,
        })
    }
}

/// Node's `formatRaw`: one object (not yet known to be cyclic).
fn format_raw(ctx: &mut Ctx, o: &Obj, recurse: usize) -> String {
    o.materialize_stack();
    let data = o.borrow();
    let mut keys = own_entries(&data, ctx.show_hidden);
    let mut base = String::new();
    let mut open = "{".to_string();
    let mut close = "}";
    let mut extras = Extras::Object;
    let mut body = Body::Nothing;
    let label: String;
    match &data.kind {
        ObjectKind::Array(items) => {
            keys.retain(|e| array_index(&e.key).is_none());
            if ctx.show_hidden {
                let length = Value::Number(items.len() as f64);
                keys.insert(
                    0,
                    Entry {
                        key: Rc::from("length"),
                        value: Shown::Value(length),
                        enumerable: false,
                    },
                );
            }
            if items.is_empty() && keys.is_empty() {
                return "[]".to_string();
            }
            open = "[".to_string();
            close = "]";
            extras = Extras::Array;
            body = Body::Items(items);
            label = "Array".to_string();
        }
        ObjectKind::Ordinary => {
            if keys.is_empty() {
                return "{}".to_string();
            }
            label = "Object".to_string();
        }
        ObjectKind::Map(t) | ObjectKind::Set(t) => {
            let name = if matches!(data.kind, ObjectKind::Map(_)) {
                "Map"
            } else {
                "Set"
            };
            open = format!("{name}({}) {{", t.len());
            if t.is_empty() && keys.is_empty() {
                return format!("{name}(0) {{}}");
            }
            label = name.to_string();
            let show = if name == "Map" {
                Show::Arrows
            } else {
                Show::Values
            };
            body = Body::Table(TableView::new(t, 0, show));
        }
        ObjectKind::WeakMap(_) | ObjectKind::WeakSet(_) => {
            label = if matches!(data.kind, ObjectKind::WeakMap(_)) {
                "WeakMap"
            } else {
                "WeakSet"
            }
            .to_string();
            open = format!("{label} {{");
            body = Body::Unknown;
        }
        // Node's `formatIterator`: braces name the iterator without its
        // constructor, which only shows when it is too deep to print.
        ObjectKind::MapIterator(it) | ObjectKind::SetIterator(it) => {
            let name = if matches!(data.kind, ObjectKind::MapIterator(_)) {
                "Map"
            } else {
                "Set"
            };
            label = format!("Object [{name} Iterator]");
            let view = TableView::of_iterator(it);
            open = match view.show {
                Show::Pairs => format!("[{name} Entries] {{"),
                _ => format!("[{name} Iterator] {{"),
            };
            body = Body::Table(view);
        }
        // Node names objects with a `Symbol.toStringTag` by constructor and tag.
        ObjectKind::ArrayIterator(_) | ObjectKind::Namespace(_) => {
            let tag = data.kind.to_string_tag().unwrap_or("Object");
            label = format!("Object [{tag}]");
            if keys.is_empty() {
                return format!("{label} {{}}");
            }
            open = format!("{label} {{");
        }
        ObjectKind::Function(f) => {
            base = function_base(f);
            if ctx.show_hidden {
                let (own, inherited) = hidden_function_entries(o, f);
                keys.splice(0..0, own);
                keys.extend(inherited);
            }
            keys.extend(promisify_custom(f));
            // With `showHidden` every function has own keys (`length`,
            // `name`), so past the depth limit it prints as `[Function]`.
            if keys.is_empty() && !(ctx.show_hidden && recurse as i64 > ctx.depth) {
                return base;
            }
            // Named by its constructor: a bound function inherits its
            // target's prototype (`[AsyncFunction]`).
            label = bound_target_type(f).unwrap_or(function_type(f)).to_string();
        }
        ObjectKind::Error(ty) => {
            base = format_error(ctx, &data, ty.name(), &mut keys);
            if keys.is_empty() {
                return base;
            }
            label = ty.name().to_string();
        }
        ObjectKind::Promise(p) => {
            open = "Promise {".to_string();
            body = Body::Promise(&p.state);
            label = "Promise".to_string();
        }
        ObjectKind::Timeout(id) | ObjectKind::Immediate(id) => {
            label = if matches!(data.kind, ObjectKind::Timeout(_)) {
                "Timeout"
            } else {
                "Immediate"
            }
            .to_string();
            open = format!("{label} {{");
            body = Body::Id(*id);
        }
        // Only reached inside messages (`console.log` refuses emitters):
        // Node's internal fields are left out.
        ObjectKind::Emitter(_) => {
            label = "EventEmitter".to_string();
            if keys.is_empty() {
                return format!("{label} {{}}");
            }
            open = format!("{label} {{");
        }
    }
    if recurse as i64 > ctx.depth {
        return format!("[{label}]");
    }
    let recurse = recurse + 1;
    let addr = o.addr();
    ctx.seen.push(addr);
    ctx.current_depth = recurse;
    let mut output = match &body {
        Body::Nothing => Vec::new(),
        Body::Items(items) => format_array(ctx, items, recurse),
        Body::Promise(state) => format_promise(ctx, state, recurse),
        Body::Id(id) => vec![id.to_string()],
        Body::Table(view) => format_table(ctx, view, recurse),
        Body::Unknown => vec!["<items unknown>".to_string()],
    };
    for entry in &keys {
        output.push(format_property(ctx, entry, recurse));
    }
    if let Some(index) = ctx.circular_index(addr) {
        let reference = format!("<ref *{index}>");
        base = if base.is_empty() {
            reference
        } else {
            format!("{reference} {base}")
        };
    }
    ctx.seen.pop();
    let items = match body {
        Body::Items(items) => Some(items),
        _ => None,
    };
    let frame = Frame {
        base: &base,
        open: &open,
        close,
        extras,
        recurse,
        items,
    };
    let res = reduce_to_single_string(ctx, output, &frame);
    spend_budget(ctx, res.len());
    res
}

/// Node's `ctx.budget`: a huge output (a shared array referenced thousands of
/// times) stops further descent instead of growing without bound.
fn spend_budget(ctx: &mut Ctx, produced: usize) {
    let spent = ctx.budget.entry(ctx.indentation).or_insert(0);
    *spent += produced;
    if *spent > BUDGET_LIMIT {
        ctx.depth = -1;
    }
}

/// Own properties in JS order (integer keys first); hidden ones only with `showHidden`.
fn own_entries(data: &ObjectData, show_hidden: bool) -> Vec<Entry> {
    let mut entries: Vec<(Option<u32>, Entry)> = data
        .props
        .iter()
        .filter(|(_, p)| show_hidden || p.enumerable)
        .map(|(k, p)| {
            (
                array_index(k),
                Entry {
                    key: k.clone(),
                    value: Shown::of(p),
                    enumerable: p.enumerable,
                },
            )
        })
        .collect();
    // Stable sort: integer keys ascending, the rest keep insertion order.
    entries.sort_by_key(|(index, _)| index.map_or(u64::MAX, u64::from));
    entries.into_iter().map(|(_, e)| e).collect()
}

/// Node's global `setTimeout` and `setImmediate` carry an enumerable
/// `util.promisify.custom` accessor, which prints after their other keys.
fn promisify_custom(f: &FunctionData) -> Option<Entry> {
    use crate::engine::builtins::{HostFn, Native};
    let Callable::Native(Native::Host(HostFn::SetTimeout | HostFn::SetImmediate)) = &f.call else {
        return None;
    };
    Some(Entry {
        key: Rc::from("Symbol(nodejs.util.promisify.custom)"),
        value: Shown::Accessor("[Getter]"),
        // Printed in brackets, as symbol keys are.
        enumerable: false,
    })
}

/// What `showHidden` adds to a function's own keys: before them the
/// non-enumerable `length` and `name`, a sloppy function's `arguments` and
/// `caller` (null while it is not running) and a constructor's `prototype`
/// (an object whose `constructor` is the function); after them what Node
/// lists of a non-built-in prototype, `AsyncFunction.prototype`'s
/// `Symbol.toStringTag` (a bound function inherits its target's prototype).
fn hidden_function_entries(o: &Obj, f: &FunctionData) -> (Vec<Entry>, Option<Entry>) {
    let hidden = |key: &str, value: Value| Entry {
        key: Rc::from(key),
        value: Shown::Value(value),
        enumerable: false,
    };
    let length = super::stdlib::function_length(o);
    let mut own = vec![
        hidden("length", Value::Number(f64::from(length))),
        hidden("name", Value::String(f.name.clone())),
    ];
    if let Callable::Closure(c) = &f.call {
        if has_arguments_and_caller(&c.code) {
            own.push(hidden("arguments", Value::Null));
            own.push(hidden("caller", Value::Null));
        }
        if has_prototype(&c.code) {
            let prototype = Obj::new(ObjectKind::Ordinary);
            prototype.borrow_mut().props.insert(
                Rc::from("constructor"),
                Property::hidden(Value::Object(o.clone())),
            );
            own.push(hidden("prototype", Value::Object(prototype)));
        }
    }
    let constructor = bound_target_type(f).unwrap_or(function_type(f));
    let inherited = (constructor == "AsyncFunction").then(|| {
        hidden(
            "Symbol(Symbol.toStringTag)",
            Value::String(Rc::from("AsyncFunction")),
        )
    });
    (own, inherited)
}

/// `Function`, `AsyncFunction` — the constructor name of a function.
fn function_type(f: &FunctionData) -> &'static str {
    match f.flavor {
        FunctionFlavor::Normal => "Function",
        FunctionFlavor::Async => "AsyncFunction",
    }
}

/// Node's `getFunctionBase`: `[Function: f]`, `[AsyncFunction (anonymous)]`, `[class A]`.
fn function_base(f: &FunctionData) -> String {
    if let Callable::Closure(c) = &f.call {
        if let Some(class) = class_base(c.code.source(), &f.name) {
            return class;
        }
    }
    let ty = function_type(f);
    let base = if f.name.is_empty() {
        format!("[{ty} (anonymous)]")
    } else {
        format!("[{ty}: {}]", f.name)
    };
    // A bound function is never itself async, but it inherits its target's
    // prototype, and Node names a constructor that differs from the type.
    match bound_target_type(f) {
        Some(constructor) if constructor != ty => format!("{base} {constructor}"),
        _ => base,
    }
}

/// The constructor name of a bound function's innermost target.
fn bound_target_type(f: &FunctionData) -> Option<&'static str> {
    let Callable::Native(crate::engine::builtins::Native::Bound { target, .. }) = &f.call else {
        return None;
    };
    match &target.borrow().kind {
        ObjectKind::Function(t) => Some(bound_target_type(t).unwrap_or(function_type(t))),
        _ => None,
    }
}

/// `[class A extends B]` when the source text is a class (Node checks the
/// source the same way). The superclass name is read from the `extends` clause.
fn class_base(source: &str, name: &str) -> Option<String> {
    let inner = source.strip_prefix("class")?.strip_suffix('}')?;
    let header = &inner[..inner.find('{')?];
    if header.contains('(') {
        return None;
    }
    let name = if name.is_empty() { "(anonymous)" } else { name };
    let mut tokens = header.split_whitespace();
    let parent = tokens
        .by_ref()
        .find(|t| *t == "extends")
        .and_then(|_| tokens.next());
    Some(match parent {
        Some(p) => {
            let short = p.rsplit('.').next().unwrap_or(p);
            format!("[class {name} extends {short}]")
        }
        None => format!("[class {name}]"),
    })
}

/// A string property of an error (own, else the prototype's default).
fn error_prop(data: &ObjectData, key: &str) -> Option<Value> {
    data.props.get(key).map(|p| p.value.clone())
}

/// Node's `formatError`: the stack (or `[Name: message]` without frames), with
/// `cause`/`errors` added to the keys and continuation lines indented.
fn format_error(ctx: &Ctx, data: &ObjectData, type_name: &str, keys: &mut Vec<Entry>) -> String {
    // `err.name != null ? String(err.name) : 'Error'` (inherited: the constructor's).
    let name = match error_prop(data, "name") {
        Some(v) if !v.is_nullish() => v.to_js_string().to_string(),
        Some(_) => "Error".to_string(),
        None => type_name.to_string(),
    };
    let message = match error_prop(data, "message") {
        Some(v) => v.to_js_string().to_string(),
        None => String::new(),
    };
    let mut stack = match error_prop(data, "stack") {
        Some(v) if v.truthy() => v.to_js_string().to_string(),
        _ => error_to_string(&name, &message),
    };
    remove_duplicate_error_keys(ctx, keys, data, &stack);
    for extra in ["cause", "errors"] {
        let Some(prop) = data.props.get(extra) else {
            continue;
        };
        let wanted = extra == "cause" || is_array(&prop.value);
        if wanted && !keys.iter().any(|e| &*e.key == extra) {
            keys.push(Entry {
                key: Rc::from(extra),
                value: Shown::of(prop),
                enumerable: prop.enumerable,
            });
        }
    }
    stack = improve_stack(stack, type_name, &name);
    // Frames are searched after the message, so a message containing
    // "\n    at" is not mistaken for them (JS: `indexOf(...) || -1`, so a
    // message at position 0 searches from the start).
    let from = match stack.find(message.as_str()) {
        Some(pos) if !message.is_empty() && pos > 0 => pos + message.len(),
        _ => 0,
    };
    if !stack[from..].contains("\n    at") {
        stack = format!("[{stack}]");
    }
    if ctx.indentation != 0 {
        stack = stack.replace('\n', &format!("\n{}", " ".repeat(ctx.indentation)));
    }
    stack
}

/// Node's `improveStack`: a "regular" stack whose name (ending in `Error`) is
/// not the constructor's gets the constructor as prefix: `Error [TypeError]: m`
/// for an `Error` renamed to `TypeError`. Errors always have a constructor here.
fn improve_stack(stack: String, constructor: &str, name: &str) -> String {
    let len = name.len();
    let regular = name.ends_with("Error")
        && stack.starts_with(name)
        && matches!(stack.as_bytes().get(len), None | Some(b':') | Some(b'\n'));
    if !regular || name == constructor {
        return stack;
    }
    if constructor.contains(name) {
        format!("{constructor}{}", &stack[len..])
    } else {
        format!("{constructor} [{name}]{}", &stack[len..])
    }
}

/// How `Error.prototype.toString` joins an error's name and message.
pub(super) fn error_to_string(name: &str, message: &str) -> String {
    match (name.is_empty(), message.is_empty()) {
        (_, true) => name.to_string(),
        (true, false) => message.to_string(),
        (false, false) => format!("{name}: {message}"),
    }
}

/// Node hides enumerable `name`/`message`/`stack` already visible in the stack.
fn remove_duplicate_error_keys(ctx: &Ctx, keys: &mut Vec<Entry>, data: &ObjectData, stack: &str) {
    if ctx.show_hidden || keys.is_empty() {
        return;
    }
    for name in ["name", "message", "stack"] {
        let Some(pos) = keys.iter().position(|e| &*e.key == name) else {
            continue;
        };
        let text = data
            .props
            .get(name)
            .map(|p| p.value.to_js_string())
            .unwrap_or_else(|| Rc::from("undefined"));
        if stack.contains(&*text) {
            keys.remove(pos);
        }
    }
}

/// Whether `v` is an array object.
fn is_array(v: &Value) -> bool {
    matches!(v, Value::Object(o) if matches!(o.borrow().kind, ObjectKind::Array(_)))
}

/// Node's `formatArray`/`formatSpecialArray`: at most 100 entries, where a run
/// of holes counts as one entry, then `... N more items`.
fn format_array(ctx: &mut Ctx, items: &[Value], recurse: usize) -> Vec<String> {
    let max = items.len().min(MAX_ARRAY_LENGTH);
    let mut output = Vec::new();
    let mut i = 0;
    while i < items.len() && output.len() < max {
        if matches!(items[i], Value::Hole) {
            let run = items[i..]
                .iter()
                .take_while(|v| matches!(v, Value::Hole))
                .count();
            output.push(format!("<{run} empty item{}>", plural(run)));
            i += run;
            continue;
        }
        ctx.indentation += 2;
        output.push(format_value(ctx, &items[i], recurse));
        ctx.indentation -= 2;
        i += 1;
    }
    let remaining = items.len() - i;
    if remaining > 0 {
        output.push(format!("... {remaining} more item{}", plural(remaining)));
    }
    output
}

/// Node's `formatMap`, `formatSet` and `formatMapIterInner`/`formatSetIterInner`.
fn format_table(ctx: &mut Ctx, view: &TableView, recurse: usize) -> Vec<String> {
    ctx.indentation += 2;
    let mut output = Vec::with_capacity(view.entries.len() + 1);
    for (k, v) in &view.entries {
        output.push(match view.show {
            Show::Keys => format_value(ctx, k, recurse),
            Show::Values => format_value(ctx, v, recurse),
            Show::Arrows => {
                let key = format_value(ctx, k, recurse);
                format!("{key} => {}", format_value(ctx, v, recurse))
            }
            Show::Pairs => {
                let pair = vec![format_value(ctx, k, recurse), format_value(ctx, v, recurse)];
                let frame = Frame {
                    base: "",
                    open: "[",
                    close: "]",
                    extras: Extras::Array,
                    recurse,
                    items: None,
                };
                reduce_to_single_string(ctx, pair, &frame)
            }
        });
    }
    ctx.indentation -= 2;
    if view.remaining > 0 {
        let n = view.remaining;
        output.push(format!("... {n} more item{}", plural(n)));
    }
    output
}

/// Node's `formatPromise`.
fn format_promise(ctx: &mut Ctx, state: &PromiseState, recurse: usize) -> Vec<String> {
    let (prefix, value) = match state {
        PromiseState::Pending => return vec!["<pending>".to_string()],
        PromiseState::Fulfilled(v) => ("", v),
        PromiseState::Rejected(v) => ("<rejected> ", v),
    };
    ctx.indentation += 2;
    let text = format_value(ctx, value, recurse);
    ctx.indentation -= 2;
    vec![format!("{prefix}{text}")]
}

/// Node's `formatProperty` for a named property: `key: value`.
fn format_property(ctx: &mut Ctx, entry: &Entry, recurse: usize) -> String {
    let text = match &entry.value {
        Shown::Accessor(label) => label.to_string(),
        Shown::Value(v) if v.is_undefined() => "undefined".to_string(),
        Shown::Value(v) => {
            ctx.indentation += 2;
            let s = format_value(ctx, v, recurse);
            ctx.indentation -= 2;
            s
        }
    };
    format!("{}: {text}", property_name(entry))
}

/// How a key prints: bare identifier, quoted string, or `[hidden]`.
fn property_name(entry: &Entry) -> String {
    let key = &*entry.key;
    if key == "__proto__" {
        "['__proto__']".to_string()
    } else if !entry.enumerable {
        let mut out = String::from("[");
        key.chars().for_each(|c| {
            if c == '\'' {
                out.push_str("\\'")
            } else {
                push_escaped(&mut out, c)
            }
        });
        out.push(']');
        out
    } else if is_plain_key(key) {
        key.to_string()
    } else {
        str_escape(key)
    }
}

/// Node's `keyStrRegExp`: `^[a-zA-Z_][a-zA-Z_0-9]*$`.
fn is_plain_key(key: &str) -> bool {
    let mut chars = key.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// The parts of a container around its entries.
struct Frame<'a> {
    /// Text before the opening brace (`[Function: f]`, a stack, `<ref *1>`).
    base: &'a str,
    /// `{`, `[`, `Promise {`.
    open: &'a str,
    /// `}` or `]`.
    close: &'a str,
    extras: Extras,
    /// The depth of the entries (Node's incremented `recurseTimes`).
    recurse: usize,
    /// The array's elements, for grouping.
    items: Option<&'a [Value]>,
}

/// Node's `reduceToSingleString` with `compact: 3`.
fn reduce_to_single_string(ctx: &Ctx, output: Vec<String>, frame: &Frame) -> String {
    let entries = output.len();
    let output = match (frame.extras, frame.items) {
        (Extras::Array, Some(items)) if entries > 6 => group_array_elements(ctx, output, items),
        _ => output,
    };
    let prefix = if frame.base.is_empty() {
        String::new()
    } else {
        format!("{} ", frame.base)
    };
    // Only containers whose most recently entered descendant is fewer than
    // `compact` levels down may share one line (Node's `currentDepth` rule).
    if ctx.current_depth.saturating_sub(frame.recurse) < COMPACT && entries == output.len() {
        let start =
            output.len() + ctx.indentation + utf16_len(frame.open) + utf16_len(frame.base) + 10;
        if is_below_break_length(&output, start, frame.base) {
            let joined = output.join(", ");
            if !joined.contains('\n') {
                return format!("{prefix}{} {joined} {}", frame.open, frame.close);
            }
        }
    }
    let indentation = format!("\n{}", " ".repeat(ctx.indentation));
    let separator = format!(",{indentation}  ");
    format!(
        "{prefix}{}{indentation}  {}{indentation}{}",
        frame.open,
        output.join(&separator),
        frame.close
    )
}

/// Node's `isBelowBreakLength` (lengths in UTF-16 units, as in JS).
fn is_below_break_length(output: &[String], start: usize, base: &str) -> bool {
    let mut total = output.len() + start;
    if total + output.len() > BREAK_LENGTH {
        return false;
    }
    for entry in output {
        total += utf16_len(entry);
        if total > BREAK_LENGTH {
            return false;
        }
    }
    !base.contains('\n')
}

/// Node's `groupArrayElements`: lays out > 6 short entries in aligned columns.
fn group_array_elements(ctx: &Ctx, output: Vec<String>, items: &[Value]) -> Vec<String> {
    // The "... more items" entry is not laid out in columns.
    let data_len_count = if output.len() > MAX_ARRAY_LENGTH {
        output.len() - 1
    } else {
        output.len()
    };
    let data_len: Vec<usize> = output[..data_len_count]
        .iter()
        .map(|s| string_width(s))
        .collect();
    let total: usize = data_len.iter().map(|l| l + 2).sum();
    let max_len = data_len.iter().copied().max().unwrap_or(0);
    let actual_max = max_len + 2;
    let total_f = total as f64;
    let actual_max_f = actual_max as f64;
    if actual_max * 3 + ctx.indentation >= BREAK_LENGTH
        || !(total_f / actual_max_f > 5.0 || max_len <= 6)
    {
        return output;
    }
    let average_bias = (actual_max_f - total_f / output.len() as f64).sqrt();
    let biased_max = (actual_max_f - 3.0 - average_bias).max(1.0);
    let by_area = ((2.5 * biased_max * data_len_count as f64).sqrt() / biased_max).round();
    let by_width = ((BREAK_LENGTH - ctx.indentation) / actual_max) as f64;
    let columns = by_area.min(by_width).min((COMPACT * 4) as f64).min(15.0);
    if columns.is_nan() || columns <= 1.0 {
        return output;
    }
    let columns = columns as usize;
    let max_line_length: Vec<usize> = (0..columns)
        .map(|col| {
            data_len
                .iter()
                .skip(col)
                .step_by(columns)
                .copied()
                .max()
                .unwrap_or(0)
                + 2
        })
        .collect();
    // Node checks `typeof value[i]` for every output index, holes included.
    let pad_start = (0..output.len()).all(|i| matches!(items.get(i), Some(Value::Number(_))));
    let mut grouped = Vec::new();
    for row_start in (0..data_len_count).step_by(columns) {
        let row_end = (row_start + columns).min(data_len_count);
        let mut line = String::new();
        for j in row_start..row_end {
            let last = j + 1 == row_end;
            let cell = if last {
                output[j].clone()
            } else {
                format!("{}, ", output[j])
            };
            let width = data_len[j] + if last { 0 } else { 2 };
            let target = max_line_length[j - row_start] - if last { 2 } else { 0 };
            let pad = " ".repeat(target.saturating_sub(width));
            if pad_start {
                line.push_str(&pad);
                line.push_str(&cell);
            } else {
                line.push_str(&cell);
                if !last {
                    line.push_str(&pad);
                }
            }
        }
        grouped.push(line);
    }
    if output.len() > MAX_ARRAY_LENGTH {
        if let Some(more) = output.last() {
            grouped.push(more.clone());
        }
    }
    grouped
}

/// JS `string.length`.
fn utf16_len(s: &str) -> usize {
    s.chars().map(char::len_utf16).sum()
}

/// The byte offset where the first `units` UTF-16 units of `s` end.
fn byte_index_of_utf16(s: &str, units: usize) -> usize {
    let mut seen = 0;
    for (i, c) in s.char_indices() {
        if seen + c.len_utf16() > units {
            return i;
        }
        seen += c.len_utf16();
    }
    s.len()
}

/// `s` for plural counts.
fn plural(n: usize) -> &'static str {
    if n > 1 {
        "s"
    } else {
        ""
    }
}

#[cfg(test)]
mod tests {
    //! Every expected string below was printed by Node v20.20.2
    //! (`util.format(...)`, which is what `console.log` writes).

    use super::*;
    use crate::engine::builtins::{HostFn, Native};
    use crate::engine::promise::PromiseData;
    use crate::engine::value::{ErrorType, Property};

    fn n(x: f64) -> Value {
        Value::Number(x)
    }

    fn s(x: &str) -> Value {
        Value::str(x)
    }

    fn nums(range: impl Iterator<Item = i32>) -> Value {
        arr(range.map(|i| n(f64::from(i))).collect())
    }

    fn arr(items: Vec<Value>) -> Value {
        Value::Object(Obj::new(ObjectKind::Array(items.into())))
    }

    fn obj(props: &[(&str, Value)]) -> Value {
        let o = Value::Object(Obj::new(ObjectKind::Ordinary));
        for (k, v) in props {
            set(&o, k, Property::data(v.clone()));
        }
        o
    }

    fn set(target: &Value, key: &str, prop: Property) {
        if let Value::Object(o) = target {
            o.borrow_mut().props.insert(Rc::from(key), prop);
        }
    }

    fn func(name: &str, flavor: FunctionFlavor) -> Value {
        let data = FunctionData {
            name: Rc::from(name),
            flavor,
            call: Callable::Native(Native::Host(HostFn::ConsoleLog)),
        };
        Value::Object(Obj::new(ObjectKind::Function(data)))
    }

    fn promise(state: PromiseState) -> Value {
        let data = PromiseData {
            state,
            id: 0,
            is_handled: true,
            reactions: Default::default(),
        };
        Value::Object(Obj::new(ObjectKind::Promise(Box::new(data))))
    }

    /// An error shaped like the engine makes them: hidden `stack` and `message`.
    fn error(ty: ErrorType, message: &str) -> Value {
        let e = Value::Object(Obj::new(ObjectKind::Error(ty)));
        let header = error_to_string(ty.name(), message);
        set(
            &e,
            "stack",
            Property::hidden(s(&format!("{header}\n    at <anonymous>"))),
        );
        set(&e, "message", Property::hidden(s(message)));
        e
    }

    /// Tests compare errors without their `    at …` frame lines.
    fn strip_frames(text: &str) -> String {
        text.lines()
            .filter(|l| !(l.trim_start().starts_with("at ") && l.starts_with(' ')))
            .collect::<Vec<_>>()
            .join("\n")
    }

    fn log(args: &[Value]) -> String {
        format_log(args)
    }

    #[test]
    fn e54_primitives_at_top_level_are_raw() {
        let args = [
            s("str"),
            n(42.0),
            n(-0.0),
            n(f64::NAN),
            n(1e21),
            n(0.1 + 0.2),
            Value::Bool(true),
            Value::Null,
            Value::Undefined,
        ];
        assert_eq!(
            log(&args),
            "str 42 -0 NaN 1e+21 0.30000000000000004 true null undefined"
        );
    }

    #[test]
    fn e54_quoting_and_depth() {
        let nested = arr(vec![
            s("a"),
            s("it's"),
            n(1.0),
            arr(vec![n(2.0), arr(vec![n(3.0), arr(vec![n(4.0)])])]),
        ]);
        assert_eq!(
            log(&[nested, obj(&[]), arr(vec![])]),
            "[ 'a', \"it's\", 1, [ 2, [ 3, [Array] ] ] ] {} []"
        );
        let deep = obj(&[("h", n(1.0))]);
        let value = obj(&[
            ("a", n(1.0)),
            ("b", s("x")),
            ("c-d", arr(vec![])),
            ("e", obj(&[("f", obj(&[("g", deep)]))])),
        ]);
        assert_eq!(
            log(&[value]),
            "{ a: 1, b: 'x', 'c-d': [], e: { f: { g: [Object] } } }"
        );
    }

    #[test]
    fn e54_functions() {
        let list = arr(vec![
            func("named", FunctionFlavor::Normal),
            func("", FunctionFlavor::Normal),
            func("af", FunctionFlavor::Async),
            func("", FunctionFlavor::Async),
        ]);
        assert_eq!(
            log(&[list]),
            "[\n  [Function: named],\n  [Function (anonymous)],\n  [AsyncFunction: af],\n  [AsyncFunction (anonymous)]\n]"
        );
    }

    #[test]
    fn function_with_properties() {
        let f = func("f", FunctionFlavor::Normal);
        set(&f, "prop", Property::data(n(1.0)));
        assert_eq!(log(&[f]), "[Function: f] { prop: 1 }");
    }

    #[test]
    fn class_sources_print_as_classes() {
        assert_eq!(class_base("class K {}", "K").as_deref(), Some("[class K]"));
        assert_eq!(
            class_base("class B extends A { x() {} }", "B").as_deref(),
            Some("[class B extends A]")
        );
        assert_eq!(
            class_base("class {}", "").as_deref(),
            Some("[class (anonymous)]")
        );
        assert_eq!(class_base("function f() {}", "f"), None);
    }

    #[test]
    fn e55_format_specifiers() {
        assert_eq!(
            log(&[s("%s has %d items (%i%%)"), s("cart"), s("3"), n(42.9)]),
            "cart has 3 items (42%)"
        );
        assert_eq!(
            log(&[s("%o vs %O"), arr(vec![n(1.0)]), arr(vec![n(1.0)])]),
            "[ 1, [length]: 1 ] vs [ 1 ]"
        );
        assert_eq!(
            log(&[s("%j %s"), obj(&[("a", n(1.0))]), s("x"), s("extra")]),
            "{\"a\":1} x extra"
        );
        assert_eq!(log(&[n(1.0), s("%s"), s("x")]), "1 %s x");
    }

    #[test]
    fn format_s() {
        let args = [
            s("%s|%s|%s|%s"),
            n(-0.0),
            obj(&[("a", obj(&[("b", n(1.0))]))]),
            arr(vec![n(1.0), arr(vec![n(2.0)])]),
            s("str"),
        ];
        assert_eq!(log(&args), "-0|{ a: [Object] }|[ 1, [Array] ]|str");
    }

    #[test]
    fn format_numbers() {
        let args = [
            s("%d %d %d %d %d"),
            s("42abc"),
            obj(&[]),
            arr(vec![n(5.0)]),
            n(-0.0),
            s("0x10"),
        ];
        assert_eq!(log(&args), "NaN NaN 5 -0 16");
        let args = [
            s("%i %f %i %f %i"),
            s("  -12.9px"),
            s("3.5e2x"),
            n(1e21),
            s(".5"),
            s("abc"),
        ];
        assert_eq!(log(&args), "-12 350 1 0.5 NaN");
    }

    #[test]
    fn format_literal_percent_and_missing_args() {
        assert_eq!(log(&[s("a%cb %x %"), s("css"), s("y")]), "ab %x % y");
        assert_eq!(log(&[s("%s %s %%"), s("a")]), "a %s %");
        assert_eq!(log(&[s("%%")]), "%%");
        assert_eq!(log(&[s("%%"), n(1.0)]), "% 1");
    }

    #[test]
    fn format_json() {
        let f = func("", FunctionFlavor::Normal);
        let value = obj(&[
            ("a", arr(vec![n(1.0), Value::Undefined, f])),
            ("u", Value::Undefined),
            ("s", s("q\"\n")),
            ("n", n(f64::NAN)),
            ("z", n(-0.0)),
        ]);
        let args = [s("%j|%j|%j"), Value::Undefined, value, s("x")];
        assert_eq!(
            log(&args),
            "undefined|{\"a\":[1,null,null],\"s\":\"q\\\"\\n\",\"n\":null,\"z\":0}|\"x\""
        );
        let cyclic = obj(&[]);
        set(&cyclic, "o", Property::data(cyclic.clone()));
        assert_eq!(log(&[s("%j"), cyclic]), "[Circular]");
    }

    #[test]
    fn e56_grouping() {
        let letters = arr(["a", "b", "c", "d", "e", "f", "g"]
            .iter()
            .map(|x| s(x))
            .collect());
        assert_eq!(
            log(&[letters]),
            "[\n  'a', 'b', 'c',\n  'd', 'e', 'f',\n  'g'\n]"
        );
        let numbers = arr([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 100]
            .iter()
            .map(|&i| n(f64::from(i)))
            .collect());
        assert_eq!(
            log(&[numbers]),
            "[\n    1, 2, 3, 4,  5,\n    6, 7, 8, 9, 10,\n  100\n]"
        );
        assert_eq!(log(&[nums(1..7)]), "[ 1, 2, 3, 4, 5, 6 ]");
    }

    #[test]
    fn grouping_of_number_arrays() {
        assert_eq!(log(&[nums(1..8)]), "[\n  1, 2, 3, 4,\n  5, 6, 7\n]");
        assert_eq!(
            log(&[nums(1..27)]),
            "[\n   1,  2,  3,  4,  5,  6,  7,  8,\n   9, 10, 11, 12, 13, 14, 15, 16,\n  17, 18, 19, 20, 21, 22, 23, 24,\n  25, 26\n]"
        );
    }

    #[test]
    fn more_than_100_items() {
        let expected = "[\n   0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11,\n  12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,\n  24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35,\n  36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47,\n  48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59,\n  60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71,\n  72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83,\n  84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95,\n  96, 97, 98, 99,\n  ... 1 more item\n]";
        assert_eq!(log(&[nums(0..101)]), expected);
        let expected = "[\n    0,   3,   6,   9,  12,  15,  18,  21,  24,  27,  30,  33,\n   36,  39,  42,  45,  48,  51,  54,  57,  60,  63,  66,  69,\n   72,  75,  78,  81,  84,  87,  90,  93,  96,  99, 102, 105,\n  108, 111, 114, 117, 120, 123, 126, 129, 132, 135, 138, 141,\n  144, 147, 150, 153, 156, 159, 162, 165, 168, 171, 174, 177,\n  180, 183, 186, 189, 192, 195, 198, 201, 204, 207, 210, 213,\n  216, 219, 222, 225, 228, 231, 234, 237, 240, 243, 246, 249,\n  252, 255, 258, 261, 264, 267, 270, 273, 276, 279, 282, 285,\n  288, 291, 294, 297,\n  ... 50 more items\n]";
        assert_eq!(log(&[nums((0..150).map(|i| i * 3))]), expected);
    }

    #[test]
    fn strings_of_various_lengths() {
        let fruits = [
            "apple",
            "banana",
            "cherry",
            "date",
            "elderberry",
            "fig",
            "grape",
            "honeydew",
        ];
        let expected = "[\n  'apple',\n  'banana',\n  'cherry',\n  'date',\n  'elderberry',\n  'fig',\n  'grape',\n  'honeydew'\n]";
        assert_eq!(log(&[arr(fruits.iter().map(|x| s(x)).collect())]), expected);
        let long = [
            "aaaaaaaaaaaaaaaaaaaa",
            "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb",
            "c",
            "dd",
            "eee",
            "ffff",
            "ggggg",
        ];
        let expected = "[\n  'aaaaaaaaaaaaaaaaaaaa',\n  'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb',\n  'c',\n  'dd',\n  'eee',\n  'ffff',\n  'ggggg'\n]";
        assert_eq!(log(&[arr(long.iter().map(|x| s(x)).collect())]), expected);
    }

    #[test]
    fn mixed_arrays_pad_at_the_end() {
        let mixed = arr(vec![n(1.0), s("a"), n(2.0), s("b"), n(3.0), s("c"), n(4.0)]);
        assert_eq!(log(&[mixed]), "[\n  1, 'a', 2, 'b',\n  3, 'c', 4\n]");
        let wide = arr(["日本", "中文", "abc", "de", "f", "gh", "ijk"]
            .iter()
            .map(|x| s(x))
            .collect());
        assert_eq!(
            log(&[wide]),
            "[\n  '日本', '中文',\n  'abc',  'de',\n  'f',    'gh',\n  'ijk'\n]"
        );
    }

    #[test]
    fn arrays_of_objects_and_arrays() {
        let objs = arr((1..8).map(|i| obj(&[("a", n(f64::from(i)))])).collect());
        assert_eq!(
            log(&[objs]),
            "[\n  { a: 1 }, { a: 2 },\n  { a: 3 }, { a: 4 },\n  { a: 5 }, { a: 6 },\n  { a: 7 }\n]"
        );
        let pairs = arr((0..7).map(|i| nums(2 * i + 1..2 * i + 3)).collect());
        let expected =
            "[\n  [ 1, 2 ],\n  [ 3, 4 ],\n  [ 5, 6 ],\n  [ 7, 8 ],\n  [ 9, 10 ],\n  [ 11, 12 ],\n  [ 13, 14 ]\n]";
        assert_eq!(log(&[pairs]), expected);
    }

    #[test]
    fn e31_all_settled_output() {
        let results = arr(vec![
            obj(&[("status", s("rejected")), ("reason", s("no"))]),
            obj(&[("status", s("fulfilled")), ("value", n(4.0))]),
        ]);
        assert_eq!(
            log(&[results]),
            "[\n  { status: 'rejected', reason: 'no' },\n  { status: 'fulfilled', value: 4 }\n]"
        );
    }

    #[test]
    fn e53_promise_states() {
        let args = [
            promise(PromiseState::Pending),
            promise(PromiseState::Rejected(s("no"))),
            promise(PromiseState::Fulfilled(nums(1..3))),
            promise(PromiseState::Fulfilled(Value::Undefined)),
            promise(PromiseState::Fulfilled(n(7.0))),
        ];
        let expected = "Promise { <pending> } Promise { <rejected> 'no' } Promise { [ 1, 2 ] } Promise { undefined } Promise { 7 }";
        assert_eq!(log(&args), expected);
    }

    #[test]
    fn promises_holding_objects() {
        let rejected = promise(PromiseState::Rejected(obj(&[("code", n(1.0))])));
        assert_eq!(log(&[rejected]), "Promise { <rejected> { code: 1 } }");
        let inner = obj(&[("a", n(1.0)), ("b", nums(1..4))]);
        let list = arr(vec![promise(PromiseState::Fulfilled(inner))]);
        assert_eq!(log(&[list]), "[ Promise { { a: 1, b: [Array] } } ]");
        let boom = promise(PromiseState::Rejected(error(ErrorType::Error, "boom")));
        assert_eq!(
            strip_frames(&log(&[boom])),
            "Promise {\n  <rejected> Error: boom\n}"
        );
    }

    #[test]
    fn holes() {
        let sparse = arr(vec![n(1.0), Value::Hole, Value::Hole, n(3.0), Value::Hole]);
        assert_eq!(log(&[sparse]), "[ 1, <2 empty items>, 3, <1 empty item> ]");
        let mut items = Vec::new();
        for i in 1..7 {
            items.push(n(f64::from(i)));
            items.push(Value::Hole);
        }
        items.push(n(7.0));
        let expected = "[\n  1, <1 empty item>,\n  2, <1 empty item>,\n  3, <1 empty item>,\n  4, <1 empty item>,\n  5, <1 empty item>,\n  6, <1 empty item>,\n  7\n]";
        assert_eq!(log(&[arr(items)]), expected);
        let mut long = vec![Value::Hole; 150];
        long[0] = n(1.0);
        long[120] = n(2.0);
        assert_eq!(
            log(&[arr(long)]),
            "[ 1, <119 empty items>, 2, <29 empty items> ]"
        );
    }

    #[test]
    fn array_extra_properties() {
        let a = nums(1..3);
        set(&a, "extra", Property::data(s("x")));
        assert_eq!(log(&[a]), "[ 1, 2, extra: 'x' ]");
    }

    #[test]
    fn getters() {
        let o = obj(&[]);
        let getter = match func("get g", FunctionFlavor::Normal) {
            Value::Object(f) => f,
            _ => unreachable!(),
        };
        set(
            &o,
            "g",
            Property {
                value: Value::Undefined,
                getter: Some(getter),
                setter: None,
                enumerable: true,
            },
        );
        set(&o, "a", Property::data(n(1.0)));
        assert_eq!(log(&[o]), "{ g: [Getter], a: 1 }");
    }

    #[test]
    fn circular_references() {
        let o = obj(&[]);
        set(&o, "a", Property::data(arr(vec![o.clone()])));
        assert_eq!(
            log(std::slice::from_ref(&o)),
            "<ref *1> { a: [ [Circular *1] ] }"
        );
        let a = obj(&[("name", s("a"))]);
        let b = obj(&[("a", a.clone())]);
        set(&a, "b", Property::data(b));
        assert_eq!(
            log(&[arr(vec![a.clone()])]),
            "[ <ref *1> { name: 'a', b: { a: [Circular *1] } } ]"
        );
        // Break the cycles so the test does not leak.
        set(&o, "a", Property::data(Value::Null));
        set(&a, "b", Property::data(Value::Null));
    }

    #[test]
    fn string_quoting() {
        let list = arr([
            "it's",
            "say \"hi\"",
            "both ' and \"",
            "all ' \" `",
            "a\nb",
            "tab\t",
            "\x07",
            "back\\slash",
        ]
        .iter()
        .map(|x| s(x))
        .collect());
        let expected = "[\n  \"it's\",\n  'say \"hi\"',\n  `both ' and \"`,\n  'all \\' \" `',\n  'a\\nb',\n  'tab\\t',\n  '\\x07',\n  'back\\\\slash'\n]";
        assert_eq!(log(&[list]), expected);
        assert_eq!(inspect(&s("a'b")), "\"a'b\"");
    }

    #[test]
    fn long_strings_split_at_newlines() {
        let short = obj(&[(
            "s",
            s("line one\nline two\nline three is long enough to break the line limit here"),
        )]);
        assert_eq!(
            log(&[short]),
            "{\n  s: 'line one\\nline two\\nline three is long enough to break the line limit here'\n}"
        );
        let long =
            "line one\nline two\nline three is long enough to break the line limit here for sure";
        assert_eq!(
            log(&[obj(&[("s", s(long))])]),
            "{\n  s: 'line one\\n' +\n    'line two\\n' +\n    'line three is long enough to break the line limit here for sure'\n}"
        );
    }

    #[test]
    fn objects_breaking_lines() {
        let value = obj(&[
            ("name", s("alpha")),
            ("description", s("a fairly long description string here")),
            ("tags", arr(vec![s("x"), s("y"), s("z")])),
            ("nested", obj(&[("deep", Value::Bool(true))])),
        ]);
        let expected = "{\n  name: 'alpha',\n  description: 'a fairly long description string here',\n  tags: [ 'x', 'y', 'z' ],\n  nested: { deep: true }\n}";
        assert_eq!(log(&[value]), expected);
        let keys = obj(&[
            ("a", n(1.0)),
            ("b", n(2.0)),
            ("c", n(3.0)),
            ("d", n(4.0)),
            ("e", n(5.0)),
        ]);
        assert_eq!(log(&[keys]), "{ a: 1, b: 2, c: 3, d: 4, e: 5 }");
        let second = obj(&[
            ("third", s("a long string value that pushes width")),
            ("other", n(12345.0)),
        ]);
        let value = obj(&[
            ("first", obj(&[("second", second)])),
            ("sibling", nums(1..4)),
        ]);
        let expected = "{\n  first: {\n    second: { third: 'a long string value that pushes width', other: 12345 }\n  },\n  sibling: [ 1, 2, 3 ]\n}";
        assert_eq!(log(&[value]), expected);
        let list = obj(&[("list", nums(1..27))]);
        let expected = "{\n  list: [\n     1,  2,  3,  4,  5,  6,  7,  8,\n     9, 10, 11, 12, 13, 14, 15, 16,\n    17, 18, 19, 20, 21, 22, 23, 24,\n    25, 26\n  ]\n}";
        assert_eq!(log(&[list]), expected);
    }

    #[test]
    fn key_quoting_and_order() {
        let value = obj(&[
            ("z", n(0.0)),
            ("3", n(1.0)),
            ("$d", n(2.0)),
            ("a b", n(3.0)),
            ("_ok", n(4.0)),
            ("it's", n(5.0)),
        ]);
        assert_eq!(
            log(&[value]),
            "{ '3': 1, z: 0, '$d': 2, 'a b': 3, _ok: 4, \"it's\": 5 }"
        );
    }

    #[test]
    fn depth_limit_and_empty_containers() {
        let args = [
            obj(&[("a", obj(&[("b", obj(&[("c", obj(&[]))]))]))]),
            obj(&[("a", obj(&[("b", obj(&[("c", arr(vec![]))]))]))]),
            obj(&[("a", obj(&[("b", obj(&[("c", nums(1..2))]))]))]),
        ];
        assert_eq!(
            log(&args),
            "{ a: { b: { c: {} } } } { a: { b: { c: [] } } } { a: { b: { c: [Array] } } }"
        );
    }

    #[test]
    fn nullish_and_numbers_in_containers() {
        let value = obj(&[
            ("u", Value::Undefined),
            ("n", Value::Null),
            ("t", Value::Bool(true)),
            ("neg", n(-1.5)),
            ("inf", n(f64::NEG_INFINITY)),
        ]);
        assert_eq!(
            log(&[value]),
            "{ u: undefined, n: null, t: true, neg: -1.5, inf: -Infinity }"
        );
        let list = arr(vec![
            Value::Undefined,
            Value::Null,
            n(1.0),
            s("x"),
            Value::Bool(true),
            n(-0.0),
            n(f64::NAN),
            n(2.0),
        ]);
        assert_eq!(
            log(&[list]),
            "[ undefined, null, 1, 'x', true, -0, NaN, 2 ]"
        );
    }

    #[test]
    fn percent_o_shows_hidden_and_goes_deeper() {
        let e = obj(&[("e", obj(&[]))]);
        let value = obj(&[
            ("a", obj(&[("b", obj(&[("c", obj(&[("d", e)]))]))])),
            ("f", nums(1..3)),
        ]);
        assert_eq!(
            log(&[s("%o"), value]),
            "{\n  a: {\n    b: { c: { d: { e: {} } } }\n  },\n  f: [ 1, 2, [length]: 2 ]\n}"
        );
    }

    #[test]
    fn errors() {
        assert_eq!(
            strip_frames(&log(&[error(ErrorType::Error, "x")])),
            "Error: x"
        );
        assert_eq!(
            strip_frames(&log(&[error(ErrorType::TypeError, "")])),
            "TypeError"
        );
        assert_eq!(
            strip_frames(&log(&[arr(vec![error(ErrorType::Error, "x")])])),
            "[\n  Error: x\n]"
        );
        let holder = obj(&[("e", error(ErrorType::RangeError, "bad"))]);
        assert_eq!(strip_frames(&log(&[holder])), "{\n  e: RangeError: bad\n}");
        let deep = obj(&[(
            "a",
            obj(&[("b", obj(&[("c", error(ErrorType::Error, "x"))]))]),
        )]);
        assert_eq!(
            strip_frames(&log(&[deep])),
            "{\n  a: {\n    b: {\n      c: Error: x\n    }\n  }\n}"
        );
        assert_eq!(
            strip_frames(&log(&[s("%s!"), error(ErrorType::Error, "y")])),
            "Error: y"
        );
    }

    #[test]
    fn errors_with_properties() {
        let coded = error(ErrorType::Error, "x");
        set(&coded, "code", Property::data(n(1.0)));
        assert_eq!(
            strip_frames(&log(std::slice::from_ref(&coded))),
            "Error: x\n  code: 1\n}"
        );
        let deep = obj(&[("a", obj(&[("b", obj(&[("c", coded)]))]))]);
        assert_eq!(log(&[deep]), "{ a: { b: { c: [Error] } } }");
        let agg = error(ErrorType::AggregateError, "All promises were rejected");
        set(&agg, "errors", Property::hidden(arr(vec![s("a"), s("b")])));
        assert_eq!(
            strip_frames(&log(&[agg])),
            "AggregateError: All promises were rejected\n  [errors]: [ 'a', 'b' ]\n}"
        );
        let agg = error(ErrorType::AggregateError, "m");
        set(&agg, "errors", Property::hidden(arr(vec![s("a")])));
        assert_eq!(
            strip_frames(&log(&[arr(vec![agg])])),
            "[\n  AggregateError: m\n    [errors]: [ 'a' ]\n  }\n]"
        );
    }

    #[test]
    fn errors_without_frames_are_bracketed() {
        let e = Value::Object(Obj::new(ObjectKind::Error(ErrorType::Error)));
        set(&e, "message", Property::hidden(s("bare")));
        assert_eq!(log(&[e]), "[Error: bare]");
    }

    #[test]
    fn timers_print_their_id() {
        let t = Value::Object(Obj::new(ObjectKind::Timeout(3)));
        assert_eq!(log(std::slice::from_ref(&t)), "Timeout { 3 }");
        // Node: `console.log('%s|%d', t, t)` prints the id twice.
        assert_eq!(log(&[s("%s|%d"), t.clone(), t]), "3|3");
        let i = Value::Object(Obj::new(ObjectKind::Immediate(4)));
        assert_eq!(inspect(&arr(vec![i])), "[ Immediate { 4 } ]");
    }

    #[test]
    fn inspect_quotes_top_level_strings() {
        assert_eq!(inspect(&s("hi")), "'hi'");
        assert_eq!(inspect(&n(-0.0)), "-0");
        assert_eq!(log(&[s("hi")]), "hi");
    }

    #[test]
    fn deep_and_cyclic_structures_do_not_blow_up() {
        let mut v = arr(vec![]);
        for _ in 0..10_000 {
            v = arr(vec![v]);
        }
        assert_eq!(log(&[v.clone()]), "[ [ [ [Array] ] ] ]");
        assert!(log(&[s("%j"), v.clone()]).starts_with("[[[["));
        assert!(log(&[s("%d"), v.clone()]).len() < 10);
        let cyclic = arr(vec![n(1.0)]);
        if let Value::Object(o) = &cyclic {
            if let ObjectKind::Array(items) = &mut o.borrow_mut().kind {
                items.push(cyclic.clone());
            }
        }
        assert_eq!(log(&[s("%d|%i"), cyclic.clone(), cyclic.clone()]), "NaN|1");
        assert_eq!(
            log(std::slice::from_ref(&cyclic)),
            "<ref *1> [ 1, [Circular *1] ]"
        );
        if let Value::Object(o) = &cyclic {
            o.borrow_mut().kind = ObjectKind::Array(Default::default());
        }
        // Dropping a 10 000-deep chain recursively is fine in tests' stacks? Flatten first.
        flatten_drop(v);
    }

    #[test]
    fn parse_float_and_int_edges() {
        let args = [s("%f|%f|%i"), s("1.e5"), s("-Infinity x"), s("08")];
        assert_eq!(log(&args), "100000|-Infinity|8");
    }

    #[test]
    fn percent_s_inspects_arrays_at_depth_zero() {
        let nested = arr(vec![arr(vec![n(1.0), arr(vec![n(2.0)])])]);
        assert_eq!(log(&[s("%s|%s"), n(-0.0), nested]), "-0|[ [Array] ]");
    }

    #[test]
    fn percent_d_on_multiline_string() {
        assert_eq!(log(&[s("%d"), s("x\ny")]), "NaN");
    }

    #[test]
    fn keys_with_control_characters_are_escaped() {
        assert_eq!(log(&[obj(&[("a\nb", n(1.0))])]), "{ 'a\\nb': 1 }");
    }

    #[test]
    fn one_long_string_breaks_its_array() {
        let long = "x".repeat(100);
        assert_eq!(log(&[arr(vec![s(&long)])]), format!("[\n  '{long}'\n]"));
    }

    /// Drops a deeply nested array chain iteratively.
    fn flatten_drop(mut v: Value) {
        loop {
            let next = match &v {
                Value::Object(o) => match &mut o.borrow_mut().kind {
                    ObjectKind::Array(items) => items.pop(),
                    _ => None,
                },
                _ => None,
            };
            match next {
                Some(inner) => v = inner,
                None => break,
            }
        }
    }
}
