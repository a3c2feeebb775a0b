//! The instruction set and compiled function bodies.
//!
//! A stack machine: operands live on the frame's value stack, variables in
//! scope records addressed by `(hops, slot)` resolved at compile time. Every
//! instruction keeps the span it came from, for error messages and provenance.

use crate::syntax::ast::BinaryOp;
use crate::syntax::span::Span;
use std::rc::Rc;

/// Index of a jump target in [`FunctionCode::ops`].
pub type Label = u32;

/// One instruction. Stack effects are written `[before] → [after]`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Op {
    /// `[] → [undefined]`
    Undefined,
    /// `[] → [uninitialised]`: stored into a parameter to put it in its TDZ.
    Uninitialized,
    /// `[] → [null]`
    Null,
    /// `[] → [bool]`
    Bool(bool),
    /// `[] → [number]`
    Number(f64),
    /// `[] → [string]` from the string table.
    Str(u32),
    /// `[] → [this]`
    This,
    /// `[a] → []`
    Pop,
    /// `[a] → [a, a]`
    Dup,
    /// `[a, b] → [a, b, a, b]`
    Dup2,
    /// `[a, b] → [b, a]`
    Swap,
    /// `[a, b, c] → [c, a, b]`: moves the top below the next two.
    RotDown3,
    /// `[a, b, c, d] → [d, a, b, c]`: moves the top below the next three.
    RotDown4,

    /// `[] → [value]`: a variable `hops` scopes out; `name` is for the TDZ error.
    Load {
        /// Scopes to walk outward.
        hops: u16,
        /// Slot in that scope.
        slot: u16,
        /// Name (string table) for error messages.
        name: u32,
    },
    /// `[value] → []`: assigns a variable (throws in its TDZ when `checked`).
    Store {
        /// Scopes to walk outward.
        hops: u16,
        /// Slot in that scope.
        slot: u16,
        /// Name (string table) for error messages.
        name: u32,
        /// Whether assigning a not-yet-initialised binding throws (`let x` before `x = …`).
        checked: bool,
    },
    /// `[] → [value]`: a global (`console`, `Promise`, an undeclared name).
    LoadGlobal(u32),
    /// `[value] → []`: assigns a global (sloppy-mode implicit global).
    StoreGlobal(u32),
    /// `[] → [string]`: `typeof name` for an unresolved name (no ReferenceError).
    TypeofGlobal(u32),
    /// Throws `TypeError: Assignment to constant variable.`
    ThrowConstAssign,
    /// Throws a `ReferenceError` with this message (string table): an
    /// assignment to a call (`f()++`), once the call has run.
    ThrowInvalidTarget(u32),
    /// The time a counting loop of this many turns, compiled away, takes
    /// Node (see `counting_loop`): the clock moves on.
    Spin(f64),

    /// Enters a block scope with `n` uninitialised slots.
    PushScope(u16),
    /// Leaves the innermost block scope.
    PopScope,
    /// Replaces the innermost scope by a copy (per-iteration `let` bindings).
    CopyScope,

    /// `[obj] → [value]`
    GetProp(u32),
    /// `[obj, value] → [value]`
    SetProp(u32),
    /// `[obj, key] → [value]`
    GetIndex,
    /// `[obj, key, value] → [value]`
    SetIndex,
    /// `[obj] → [deleted]`: `delete obj.name`.
    DeleteProp(u32),
    /// `[obj, key] → [deleted]`: `delete obj[key]`.
    DeleteIndex,

    /// `[] → [array]`
    NewArray,
    /// `[array, value] → [array]`
    ArrayPush,
    /// `[array] → [array]`, a hole appended (`[1, , 2]`)
    ArrayHole,
    /// `[array, iterable] → [array]`
    ArraySpread,
    /// Like `ArraySpread`, for the spread arguments of a call (`f(...xs)`).
    ArgSpread,
    /// `[] → [object]`
    NewObject,
    /// `[object, value] → [object]`: defines an own enumerable property.
    DefineField(u32),
    /// `[object, key, value] → [object]`
    DefineComputed,
    /// `[object, key, function] → [object]`: like `DefineComputed` for an
    /// anonymous function, which takes the key as its name (`{ [k]: () => {} }`).
    DefineComputedNamed,
    /// `[object, function] → [object]`: a getter (`false`) or a setter (`true`).
    DefineAccessor(u32, bool),
    /// `[object, key, function] → [object]`: a getter (`false`) or a setter (`true`).
    DefineAccessorComputed(bool),
    /// `[object, source] → [object]`: `{ ...source }`
    ObjectSpread,
    /// `[] → [function]`: closes nested function `n` over the current scope.
    Closure(u32),

    /// `[callee, args × n] → [result]`
    Call(u16),
    /// `[this, callee, args × n] → [result]`
    CallMethod(u16),
    /// `[callee, args-array] → [result]`
    CallSpread,
    /// `[this, callee, args-array] → [result]`
    CallMethodSpread,
    /// `[callee, args × n] → [object]`
    New(u16),
    /// `[callee, args-array] → [object]`
    NewSpread,

    /// Binary operators `[a, b] → [a op b]`.
    Binary(BinaryOp),
    /// `[a] → [!a]`
    Not,
    /// `[a] → [-a]`
    Neg,
    /// `[a] → [+a]` (ToNumber)
    ToNumber,
    /// `[a] → [typeof a]`
    Typeof,
    /// `[a] → [String(a)]` (template literal pieces)
    ToStr,
    /// `[n] → [n + 1]` on a number already converted
    Inc,
    /// `[n] → [n - 1]`
    Dec,

    /// Unconditional jump.
    Jump(Label),
    /// `[a] → []`, jumps when falsy.
    JumpIfFalse(Label),
    /// `[a] → []`, jumps when truthy.
    JumpIfTrue(Label),
    /// `&&`: `[a] → [a]` and jump when falsy, else `[a] → []`.
    JumpIfFalseKeep(Label),
    /// `||`: `[a] → [a]` and jump when truthy, else `[a] → []`.
    JumpIfTrueKeep(Label),
    /// `??`: `[a] → [a]` and jump when not nullish, else `[a] → []`.
    JumpIfNotNullishKeep(Label),
    /// Optional chaining: `[a] → [undefined]` and jump when nullish, else `[a] → [a]`.
    JumpIfNullishUndefined(Label),
    /// `[a] → [a]`, jumps when `a` is not `undefined` (parameter defaults).
    JumpIfNotUndefined(Label),

    /// `[iterable] → [array, index]`: starts a `for…of` loop.
    IterStart,
    /// `[array, index] → [array, index+1, item]`, or jumps when done.
    IterNext(Label),
    /// `[item] → [promise]`: one step of `for await` over a sync iterable
    /// (the async-from-sync iterator's `next`): a promise that settles one
    /// tick after `item` does, as `item` does; awaiting it costs one more.
    AsyncFromSync,
    /// `[object] → [object, keys, index]`: starts a `for…in` loop over the
    /// keys `object` has now.
    ForInStart,
    /// `[object, keys, index] → [object, keys, next index, key]`: the next key
    /// the object still has (deleted ones are skipped), or jumps when done
    /// (dropping the state).
    ForInNext(Label),

    /// `[x, …n values] → [x, …n values, x]`: copies the value `n` below the top.
    Pick(u16),
    /// `[value] → [value]`: throws V8's TypeError when an object pattern
    /// destructures `undefined` or `null`. `what` names the value (a string, or
    /// [`DESCRIBE_VALUE`] / [`NESTED_PATTERN`]); `key` is the first property's
    /// name (a string, or [`NO_KEY`]).
    RequireObject {
        /// How the error names the value.
        what: u32,
        /// The first property the pattern reads.
        key: u32,
    },
    /// `[value] → [array, 0]`: starts an array pattern (arrays and strings,
    /// as `for…of` iterates them). Otherwise throws the TypeError in the
    /// string table at this index, or V8's default wording for
    /// [`DESCRIBE_VALUE`].
    IterOpen(u32),
    /// `[array, index, …n] → [array, index+1, …n, item]`: the next item of an
    /// array pattern, `undefined` once the items are used up.
    IterStep(u16),
    /// `[array, index, …n] → [array, length, …n, rest]`: the remaining items.
    IterRest(u16),
    /// `[source, key × n] → [source, rest]`: the own enumerable properties of
    /// `source` except the `n` keys (an object pattern's `...rest`).
    ObjectRest(u16),

    /// `[value] → …`: returns from the function.
    Return,
    /// `[value] → …`: throws.
    Throw,
    /// `[value] → [result]`: suspends the async function.
    Await,
    /// Installs an exception handler that jumps to the label with the error on the stack.
    EnterTry(Label),
    /// Removes the innermost exception handler.
    LeaveTry,
}

/// [`Op::RequireObject`] / [`Op::IterOpen`]: name the value by its type and
/// value, as V8 does where no source expression names it (parameters).
pub const DESCRIBE_VALUE: u32 = u32::MAX;
/// [`Op::RequireObject`]: a pattern nested in another one, where V8 reports a
/// plain property read on `undefined`.
pub const NESTED_PATTERN: u32 = u32::MAX - 1;
/// [`Op::RequireObject`]: the pattern reads no named property first.
pub const NO_KEY: u32 = u32::MAX;

/// The TypeError V8 throws where an iteration fails: its `CallPrinter`
/// names the iterable (`o.items is not iterable`, `o.f is not a function or
/// its return value is not iterable`).
#[derive(Debug)]
pub enum IterationError {
    /// This message.
    Message(Rc<str>),
    /// `for await`: this message, but a nullish iterable fails reading its
    /// `Symbol.asyncIterator`.
    Async(Rc<str>),
    /// The one spread argument of a call, written last: a nullish value is
    /// named by this text (`o.x is not iterable (cannot read property
    /// null)`), anything else fails as `Spread syntax requires …`.
    FinalSpread(Rc<str>),
    /// Named by its type and value, as a built-in names what it cannot
    /// iterate: a spread argument among others or before others, and the
    /// conditional or logical expression a `for…of` iterates.
    ByValue,
}

/// A compiled function (or the whole script).
#[derive(Debug)]
pub struct FunctionCode {
    /// Declared or inferred name (`""` when anonymous).
    pub name: Rc<str>,
    /// The whole program's source text, shared; [`FunctionCode::source`]
    /// slices this function out of it.
    pub text: Rc<str>,
    /// Where the function is.
    pub span: Span,
    /// `async`.
    pub is_async: bool,
    /// `=>`: `this` comes from the closure.
    pub is_arrow: bool,
    /// A method or getter of an object literal: like an arrow, no `prototype`.
    pub is_method: bool,
    /// Strict mode (`'use strict'` here or in an enclosing function or the
    /// script): a call without a receiver leaves `this` undefined instead of
    /// the global object.
    pub is_strict: bool,
    /// Number of declared parameters (excluding a rest parameter).
    pub n_params: u16,
    /// The function's `length`: the parameters before the first one with a
    /// default value or the rest parameter.
    pub length: u16,
    /// A rest parameter collects the remaining arguments into this slot.
    pub rest_slot: Option<u16>,
    /// Slots `n_params .. n_params + n_vars` are `var`s (start `undefined`);
    /// the rest of the function scope is lexical (starts uninitialised).
    pub n_vars: u16,
    /// Total slots of the function scope.
    pub n_slots: u16,
    /// Instructions.
    pub ops: Vec<Op>,
    /// Source span of each instruction.
    pub spans: Vec<Span>,
    /// 1-based source line of each instruction (provenance reads these often).
    pub lines: Vec<u32>,
    /// 1-based line where the function starts.
    pub line: u32,
    /// String constants and names.
    pub strings: Vec<Rc<str>>,
    /// Calls whose callee V8 names differently from its source text in
    /// `… is not a function`, by the index of the call instruction.
    pub callee_texts: Vec<(u32, Rc<str>)>,
    /// V8's TypeErrors where the iterable of a spread, a `for…of` or an
    /// array pattern fails, by the index of the instruction that throws
    /// them (the iteration, or a call that is the iterable).
    pub iteration_errors: Vec<(u32, IterationError)>,
    /// Nested functions, referenced by [`Op::Closure`].
    pub functions: Vec<Rc<FunctionCode>>,
}

impl FunctionCode {
    /// Source text of the function, for `String(f)`.
    pub fn source(&self) -> &str {
        self.text
            .get(self.span.start as usize..self.span.end as usize)
            .unwrap_or("")
    }
}
