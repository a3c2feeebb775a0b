//! `Map`, `Set`, `WeakMap` and `WeakSet`: their tables, methods and iterators.
//!
//! A weak collection is a table that only takes objects as keys and offers
//! no way to list them; jsorder has no garbage collector a program could
//! observe (`WeakRef` and `FinalizationRegistry` are refused), so holding its
//! keys strongly changes nothing but memory.
//!
//! A table keeps its entries in insertion order in a vector, with a hash index
//! from key to position, so every operation is O(1) on average. A deleted
//! entry leaves an empty slot (the specification's `empty`) instead of moving
//! the rest: an iterator or a `forEach` holds a position in the vector, and JS
//! iteration is live (entries added during a loop are reached, entries deleted
//! before their turn are skipped, a deleted and re-added key comes again at the
//! end). Empty slots are given back once nothing iterates the table.

use super::props::hole_to_undefined;
use super::realm::Realm;
use super::value::{IterKind, Obj, ObjectKind, Value};
use super::{Exc, JsResult};
use std::collections::HashMap;
use std::rc::Rc;

/// V8's limit on the entries of one Map or Set (2^24).
const MAX_ENTRIES: usize = 1 << 24;

/// Fewest empty slots worth compacting: below this, a rebuild costs more
/// than the memory it gives back.
const MIN_COMPACT: usize = 16;

/// A key as the index hashes it: SameValueZero (`NaN` is `NaN`, `-0` is `+0`),
/// objects by identity. An object's address is stable while the table holds
/// the object, so it cannot be reused by another key.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Key {
    Undefined,
    Null,
    Bool(bool),
    Number(u64),
    String(Rc<str>),
    Object(usize),
}

fn key_of(v: &Value) -> Key {
    match v {
        Value::Undefined | Value::Hole => Key::Undefined,
        Value::Null => Key::Null,
        Value::Bool(b) => Key::Bool(*b),
        Value::Number(n) if n.is_nan() => Key::Number(f64::NAN.to_bits()),
        Value::Number(n) if *n == 0.0 => Key::Number(0),
        Value::Number(n) => Key::Number(n.to_bits()),
        Value::String(s) => Key::String(s.clone()),
        Value::Object(o) => Key::Object(o.addr()),
    }
}

/// The key a collection stores: `-0` becomes `+0`, as `set` and `add` do.
pub fn canonical_key(key: Value) -> Value {
    match key {
        // The pattern compares with `==`, so it matches `-0` too.
        Value::Number(0.0) => Value::Number(0.0),
        Value::Hole => Value::Undefined,
        key => key,
    }
}

/// The entries of a Map or a Set (a Set stores each value as key and value).
#[derive(Debug, Default)]
pub struct Table {
    /// Entries in insertion order; `None` where one was deleted.
    slots: Vec<Option<(Value, Value)>>,
    /// Where each live key sits in `slots`.
    index: HashMap<Key, usize, rustc_hash::FxBuildHasher>,
    /// No live entry sits before this position: a Map used as a queue
    /// (deleting its first key, then reading `keys().next()`) finds its
    /// first entry without stepping over every slot deleted so far.
    head: usize,
    /// Cloned by every iteration in progress: while one exists, positions
    /// must not move, so empty slots are kept.
    cursors: Rc<()>,
}

impl Table {
    /// The number of live entries (`size`).
    pub fn len(&self) -> usize {
        self.index.len()
    }

    /// Whether the table has no live entries.
    pub fn is_empty(&self) -> bool {
        self.index.is_empty()
    }

    /// The value stored under `key`.
    pub fn get(&self, key: &Value) -> Option<&Value> {
        let at = *self.index.get(&key_of(key))?;
        self.slots[at].as_ref().map(|(_, v)| v)
    }

    /// Whether `key` is present.
    pub fn has(&self, key: &Value) -> bool {
        self.index.contains_key(&key_of(key))
    }

    /// Stores `value` under `key` (see [`canonical_key`]): an existing key
    /// keeps its position, a new one goes last. False when the table is full.
    pub fn set(&mut self, key: Value, value: Value) -> bool {
        let key = canonical_key(key);
        let k = key_of(&key);
        if let Some(&at) = self.index.get(&k) {
            if let Some(entry) = &mut self.slots[at] {
                entry.1 = value;
            }
            return true;
        }
        if self.len() >= MAX_ENTRIES {
            return false;
        }
        self.index.insert(k, self.slots.len());
        self.slots.push(Some((key, value)));
        true
    }

    /// Removes `key`; whether it was present.
    pub fn delete(&mut self, key: &Value) -> bool {
        let Some(at) = self.index.remove(&key_of(key)) else {
            return false;
        };
        self.slots[at] = None;
        if at == self.head {
            let skipped = self.slots[at..].iter().take_while(|s| s.is_none()).count();
            self.head += skipped;
        }
        self.compact_if_sparse();
        true
    }

    /// Removes every entry. Iterations in progress go on with entries added later.
    pub fn clear(&mut self) {
        self.index.clear();
        if self.iterated() {
            self.slots.iter_mut().for_each(|s| *s = None);
            self.head = self.slots.len();
        } else {
            self.slots.clear();
            self.head = 0;
        }
    }

    /// The first live entry at or after position `from`, with its position.
    pub fn entry_from(&self, from: usize) -> Option<(usize, &Value, &Value)> {
        let from = from.max(self.head);
        let slots = self.slots.get(from..)?;
        let (offset, (k, v)) = slots
            .iter()
            .enumerate()
            .find_map(|(i, s)| s.as_ref().map(|e| (i, e)))?;
        Some((from + offset, k, v))
    }

    /// The live entries in order.
    pub fn entries(&self) -> impl Iterator<Item = (&Value, &Value)> {
        self.entries_from(0)
    }

    /// The live entries at or after position `from`, in order.
    pub fn entries_from(&self, from: usize) -> impl Iterator<Item = (&Value, &Value)> {
        let slots = self.slots.get(from.max(self.head)..).unwrap_or_default();
        slots.iter().flatten().map(|(k, v)| (k, v))
    }

    /// A token to hold while iterating by position: positions stay valid until
    /// every token is dropped.
    pub fn cursor(&self) -> Rc<()> {
        self.cursors.clone()
    }

    fn iterated(&self) -> bool {
        Rc::strong_count(&self.cursors) > 1
    }

    /// Drops the empty slots once they outnumber the entries (so each
    /// deletion costs amortized O(1)), unless an iteration holds positions.
    fn compact_if_sparse(&mut self) {
        let empty = self.slots.len() - self.len();
        if empty < MIN_COMPACT || empty <= self.len() || self.iterated() {
            return;
        }
        self.slots.retain(Option::is_some);
        self.head = 0;
        for (at, slot) in self.slots.iter().enumerate() {
            if let Some((k, _)) = slot {
                self.index.insert(key_of(k), at);
            }
        }
    }
}

/// The state of a Map or Set iterator.
#[derive(Debug)]
pub struct TableIter {
    /// The Map or Set and the cursor that keeps its positions, until the
    /// iterator runs past its end (then it stays done).
    pub source: Option<(Obj, Rc<()>)>,
    /// What each step yields.
    pub kind: IterKind,
    /// The position the next step reads from.
    pub next: usize,
}

impl TableIter {
    /// An iterator at the start of `source`.
    pub fn new(source: &Obj, kind: IterKind) -> TableIter {
        let cursor = with_table(source, Table::cursor);
        TableIter {
            source: cursor.map(|c| (source.clone(), c)),
            kind,
            next: 0,
        }
    }
}

/// Runs `f` on the table of a Map or Set.
pub fn with_table<R>(o: &Obj, f: impl FnOnce(&Table) -> R) -> Option<R> {
    match &o.borrow().kind {
        ObjectKind::Map(t) | ObjectKind::Set(t) => Some(f(t)),
        ObjectKind::WeakMap(t) | ObjectKind::WeakSet(t) => Some(f(t)),
        _ => None,
    }
}

fn with_table_mut<R>(o: &Obj, f: impl FnOnce(&mut Table) -> R) -> Option<R> {
    match &mut o.borrow_mut().kind {
        ObjectKind::Map(t) | ObjectKind::Set(t) => Some(f(t)),
        ObjectKind::WeakMap(t) | ObjectKind::WeakSet(t) => Some(f(t)),
        _ => None,
    }
}

/// Which of the collections.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Coll {
    /// `Map`
    Map,
    /// `Set`
    Set,
    /// `WeakMap`
    WeakMap,
    /// `WeakSet`
    WeakSet,
}

impl Coll {
    /// The constructor's name.
    pub fn name(self) -> &'static str {
        match self {
            Coll::Map => "Map",
            Coll::Set => "Set",
            Coll::WeakMap => "WeakMap",
            Coll::WeakSet => "WeakSet",
        }
    }

    /// Whether it keeps a value per key (a Map or a WeakMap).
    fn keyed(self) -> bool {
        matches!(self, Coll::Map | Coll::WeakMap)
    }

    /// Whether it is a WeakMap or a WeakSet: object keys only, no size, no iteration.
    pub fn is_weak(self) -> bool {
        matches!(self, Coll::WeakMap | Coll::WeakSet)
    }

    /// The collection `o` is, if it is one.
    pub fn of(o: &Obj) -> Option<Coll> {
        match o.borrow().kind {
            ObjectKind::Map(_) => Some(Coll::Map),
            ObjectKind::Set(_) => Some(Coll::Set),
            ObjectKind::WeakMap(_) => Some(Coll::WeakMap),
            ObjectKind::WeakSet(_) => Some(Coll::WeakSet),
            _ => None,
        }
    }

    /// The iterator `o` is, if it is one of a Map or a Set.
    pub fn of_iterator(o: &Obj) -> Option<Coll> {
        match o.borrow().kind {
            ObjectKind::MapIterator(_) => Some(Coll::Map),
            ObjectKind::SetIterator(_) => Some(Coll::Set),
            _ => None,
        }
    }

    /// A new, empty collection of this kind.
    fn kind(self) -> ObjectKind {
        match self {
            Coll::Map => ObjectKind::Map(Box::default()),
            Coll::Set => ObjectKind::Set(Box::default()),
            Coll::WeakMap => ObjectKind::WeakMap(Box::default()),
            Coll::WeakSet => ObjectKind::WeakSet(Box::default()),
        }
    }

    /// A new iterator over a collection of this kind (weak ones have none:
    /// they have no method that makes one).
    fn iterator(self, state: TableIter) -> ObjectKind {
        match self.keyed() {
            true => ObjectKind::MapIterator(state),
            false => ObjectKind::SetIterator(state),
        }
    }
}

/// The methods of `Map.prototype` and `Set.prototype` (and their iterators' `next`).
#[allow(missing_docs)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CollFn {
    Get,
    Set,
    Add,
    Has,
    Delete,
    Clear,
    ForEach,
    Keys,
    Values,
    Entries,
    Next,
}

impl CollFn {
    /// The method named `name` of a collection (a Set's `keys` is its
    /// `values` function).
    pub fn lookup(coll: Coll, name: &str) -> Option<CollFn> {
        let f = match name {
            "get" => CollFn::Get,
            "set" => CollFn::Set,
            "add" => CollFn::Add,
            "has" => CollFn::Has,
            "delete" => CollFn::Delete,
            "clear" => CollFn::Clear,
            "forEach" => CollFn::ForEach,
            "keys" if coll == Coll::Set => CollFn::Values,
            "keys" => CollFn::Keys,
            "values" => CollFn::Values,
            "entries" => CollFn::Entries,
            _ => return None,
        };
        let present = match f {
            CollFn::Get | CollFn::Set => coll.keyed(),
            CollFn::Add => !coll.keyed(),
            CollFn::Has | CollFn::Delete => true,
            _ => !coll.is_weak(),
        };
        present.then_some(f)
    }

    /// The method's `length`.
    pub fn length(self) -> u16 {
        match self {
            CollFn::Set => 2,
            CollFn::Clear | CollFn::Keys | CollFn::Values | CollFn::Entries | CollFn::Next => 0,
            _ => 1,
        }
    }

    /// The method's `name`.
    pub fn name(self) -> &'static str {
        match self {
            CollFn::Get => "get",
            CollFn::Set => "set",
            CollFn::Add => "add",
            CollFn::Has => "has",
            CollFn::Delete => "delete",
            CollFn::Clear => "clear",
            CollFn::ForEach => "forEach",
            CollFn::Keys => "keys",
            CollFn::Values => "values",
            CollFn::Entries => "entries",
            CollFn::Next => "next",
        }
    }
}

/// Whether a collection has `key` as a property it inherits.
pub fn has_member(coll: Coll, key: &str) -> bool {
    (key == "size" && !coll.is_weak())
        || key == "constructor"
        || CollFn::lookup(coll, key).is_some()
}

/// `new Map(iterable)`, `new Set(iterable)`, …: `null` and `undefined` give
/// an empty collection; a Map or WeakMap takes `[key, value]` entry objects.
pub fn construct(realm: &mut Realm, coll: Coll, iterable: &Value) -> JsResult<Value> {
    let o = realm.alloc(coll.kind())?;
    if iterable.is_nullish() {
        return Ok(Value::Object(o));
    }
    realm.for_each_item(iterable, |realm, item| match coll.keyed() {
        false => add(realm, &o, coll, item, Value::Undefined),
        true => {
            if !matches!(item, Value::Object(_)) {
                let shown = super::node::no_side_effects_to_string(&item);
                let message = format!("Iterator value {shown} is not an entry object");
                return Err(realm.type_error(message));
            }
            let k = realm.get_named(&item, "0")?;
            let v = realm.get_named(&item, "1")?;
            add(realm, &o, coll, k, v)
        }
    })?;
    Ok(Value::Object(o))
}

/// Stores an entry (a Set's value is its key), or throws V8's TypeError for
/// a weak collection's primitive key, or its RangeError when full.
fn add(realm: &mut Realm, o: &Obj, coll: Coll, key: Value, value: Value) -> JsResult<()> {
    if coll.is_weak() && !matches!(key, Value::Object(_)) {
        let message = match coll {
            Coll::WeakMap => "Invalid value used as weak map key",
            _ => "Invalid value used in weak set",
        };
        return Err(realm.type_error(message.into()));
    }
    let key = canonical_key(key);
    let value = match coll.keyed() {
        true => hole_to_undefined(&value),
        false => key.clone(),
    };
    if with_table_mut(o, |t| t.set(key, value)) == Some(false) {
        let message = format!("{} maximum size exceeded", coll.name());
        return Err(realm.range_error(&message));
    }
    Ok(())
}

/// Calls a method of `Map.prototype` or `Set.prototype`, or an iterator's `next`.
pub fn call(
    realm: &mut Realm,
    coll: Coll,
    f: CollFn,
    this: &Value,
    args: &[Value],
) -> JsResult<Value> {
    if f == CollFn::Next {
        return next(realm, coll, this);
    }
    let o = match this {
        Value::Object(o) if Coll::of(o) == Some(coll) => o.clone(),
        _ => {
            let method = format!("{}.prototype.{}", coll.name(), f.name());
            return Err(realm.incompatible_receiver(&method, this));
        }
    };
    let a0 = args.first().cloned().unwrap_or(Value::Undefined);
    Ok(match f {
        CollFn::Get => with_table(&o, |t| t.get(&a0).cloned())
            .flatten()
            .unwrap_or(Value::Undefined),
        CollFn::Set | CollFn::Add => {
            let v = args.get(1).cloned().unwrap_or(Value::Undefined);
            add(realm, &o, coll, a0, v)?;
            this.clone()
        }
        CollFn::Has => Value::Bool(with_table(&o, |t| t.has(&a0)) == Some(true)),
        CollFn::Delete => Value::Bool(with_table_mut(&o, |t| t.delete(&a0)) == Some(true)),
        CollFn::Clear => {
            with_table_mut(&o, Table::clear);
            Value::Undefined
        }
        CollFn::ForEach => {
            let this_arg = args.get(1).cloned().unwrap_or(Value::Undefined);
            for_each(realm, &o, &a0, this_arg)?;
            Value::Undefined
        }
        CollFn::Keys | CollFn::Values | CollFn::Entries => {
            let kind = match f {
                CollFn::Keys => IterKind::Keys,
                CollFn::Values => IterKind::Values,
                _ => IterKind::Entries,
            };
            let state = TableIter::new(&o, kind);
            Value::Object(realm.alloc(coll.iterator(state))?)
        }
        CollFn::Next => unreachable!("handled above"),
    })
}

/// `forEach(cb, thisArg)`: `cb(value, key, collection)` for each entry,
/// stepping the live table.
fn for_each(realm: &mut Realm, o: &Obj, cb: &Value, this_arg: Value) -> JsResult<()> {
    if !cb.is_callable() {
        let shown = describe_by_type(cb);
        return Err(realm.type_error(format!("{shown} is not a function")));
    }
    let _cursor = with_table(o, Table::cursor);
    let collection = Value::Object(o.clone());
    let mut at = 0;
    loop {
        let entry = with_table(o, |t| {
            t.entry_from(at).map(|(i, k, v)| (i, k.clone(), v.clone()))
        });
        let Some(Some((i, k, v))) = entry else {
            return Ok(());
        };
        at = i + 1;
        realm.call(cb, this_arg.clone(), vec![v, k, collection.clone()])?;
    }
}

/// V8's `%TypeOf value` rendering in some messages: `number 5`,
/// `string "x"`, `object null`, `object`, `undefined`.
pub(super) fn describe_by_type(v: &Value) -> String {
    match v {
        Value::Undefined | Value::Hole => "undefined".into(),
        Value::Null => "object null".into(),
        Value::String(s) => format!("string \"{s}\""),
        Value::Object(_) => v.type_of().into(),
        _ => format!("{} {}", v.type_of(), v.to_js_string()),
    }
}

/// `%MapIteratorPrototype%.next` / `%SetIteratorPrototype%.next`: `{ value, done }`.
fn next(realm: &mut Realm, coll: Coll, this: &Value) -> JsResult<Value> {
    let it = match this {
        Value::Object(o) if Coll::of_iterator(o) == Some(coll) => o.clone(),
        _ => {
            let method = format!("{} Iterator.prototype.next", coll.name());
            return Err(realm.incompatible_receiver(&method, this));
        }
    };
    let step = realm.iterator_step(&it);
    realm.iterator_result(step)
}

impl Realm {
    /// V8's TypeError for a built-in method called on the wrong kind of
    /// object, naming the receiver without running any of its code.
    pub(super) fn incompatible_receiver(&mut self, method: &str, this: &Value) -> Exc {
        let shown = super::node::no_side_effects_to_string(this);
        self.type_error(format!(
            "Method {method} called on incompatible receiver {shown}"
        ))
    }

    /// What an iterator's `next()` returns: `{ value, done }`.
    pub(super) fn iterator_result(&mut self, step: Option<Value>) -> JsResult<Value> {
        let result = Value::Object(self.alloc(ObjectKind::Ordinary)?);
        let done = Value::Bool(step.is_none());
        self.define(&result, Rc::from("value"), step.unwrap_or(Value::Undefined));
        self.define(&result, Rc::from("done"), done);
        Ok(result)
    }

    /// One step of a Map or Set iterator: what it yields, or `None` once it
    /// has run past the table's current end.
    pub fn table_step(&mut self, it: &Obj) -> Option<Value> {
        let (source, kind, from) = match &it.borrow().kind {
            ObjectKind::MapIterator(s) | ObjectKind::SetIterator(s) => {
                (s.source.as_ref()?.0.clone(), s.kind, s.next)
            }
            _ => return None,
        };
        let entry = with_table(&source, |t| {
            t.entry_from(from)
                .map(|(i, k, v)| (i, k.clone(), v.clone()))
        })
        .flatten();
        if let ObjectKind::MapIterator(s) | ObjectKind::SetIterator(s) = &mut it.borrow_mut().kind {
            match &entry {
                Some((i, _, _)) => s.next = i + 1,
                None => s.source = None,
            }
        }
        let (_, k, v) = entry?;
        Some(match kind {
            IterKind::Keys => k,
            IterKind::Values => v,
            IterKind::Entries => self.new_array(vec![k, v]),
        })
    }

    /// A new iterator over the entries of a Map (`[key, value]`) or the values
    /// of a Set, as `for…of` and spread step them (weak collections are not iterable).
    pub fn table_iterator(&mut self, o: &Obj) -> JsResult<Option<Obj>> {
        let (coll, kind) = match Coll::of(o) {
            Some(Coll::Map) => (Coll::Map, IterKind::Entries),
            Some(Coll::Set) => (Coll::Set, IterKind::Values),
            _ => return Ok(None),
        };
        let state = TableIter::new(o, kind);
        Ok(Some(self.alloc(coll.iterator(state))?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(x: f64) -> Value {
        Value::Number(x)
    }

    fn keys(t: &Table) -> Vec<String> {
        t.entries()
            .map(|(k, _)| k.to_js_string().to_string())
            .collect()
    }

    #[test]
    fn keys_are_same_value_zero() {
        let mut t = Table::default();
        t.set(n(f64::NAN), n(1.0));
        t.set(n(-0.0), n(2.0));
        t.set(Value::str("1"), n(3.0));
        assert!(t.has(&n(f64::NAN)));
        assert!(t.has(&n(0.0)));
        assert!(!t.has(&n(1.0)));
        assert!(matches!(t.get(&n(0.0)), Some(Value::Number(x)) if *x == 2.0));
        let zero = t.entries().nth(1).map(|(k, _)| k.clone());
        assert!(matches!(zero, Some(Value::Number(z)) if z.is_sign_positive()));
        let a = Obj::new(ObjectKind::Ordinary);
        let b = Obj::new(ObjectKind::Ordinary);
        t.set(Value::Object(a.clone()), n(4.0));
        assert!(t.has(&Value::Object(a)));
        assert!(!t.has(&Value::Object(b)));
    }

    #[test]
    fn order_is_insertion_order_and_resetting_keeps_the_position() {
        let mut t = Table::default();
        for k in ["a", "b", "c"] {
            t.set(Value::str(k), n(0.0));
        }
        t.set(Value::str("a"), n(9.0));
        assert_eq!(keys(&t), ["a", "b", "c"]);
        assert!(t.delete(&Value::str("a")));
        assert!(!t.delete(&Value::str("a")));
        t.set(Value::str("a"), n(1.0));
        assert_eq!(keys(&t), ["b", "c", "a"]);
    }

    /// Positions survive deletions while a cursor exists; without one, the
    /// empty slots are dropped once they outnumber the entries.
    #[test]
    fn compacts_only_when_nothing_iterates() {
        let mut t = Table::default();
        for i in 0..100 {
            t.set(n(f64::from(i)), n(0.0));
        }
        let cursor = t.cursor();
        for i in 0..90 {
            t.delete(&n(f64::from(i)));
        }
        assert_eq!(t.slots.len(), 100);
        assert_eq!(
            t.head, 90,
            "deleting the first entries moves the head past them"
        );
        assert_eq!(t.entry_from(50).map(|(i, _, _)| i), Some(90));
        drop(cursor);
        t.delete(&n(90.0));
        assert_eq!(t.slots.len(), 9);
        assert_eq!(t.len(), 9);
        assert!(t.has(&n(99.0)));
        assert!(matches!(t.entry_from(0), Some((0, Value::Number(k), _)) if *k == 91.0));
        let cursor = t.cursor();
        t.clear();
        assert_eq!(t.slots.len(), 9);
        t.set(n(1.0), n(1.0));
        assert_eq!(t.entry_from(3).map(|(i, _, _)| i), Some(9));
        drop(cursor);
        t.clear();
        assert!(t.is_empty() && t.slots.is_empty());
    }
}
