//! The bytecode interpreter: frames, calls, exceptions and `await` suspension.
//!
//! Frames are heap data, not Rust recursion: a JS call pushes a [`Frame`] and
//! the dispatch loop carries on, and `await` moves the whole frame into the
//! promise reaction that will resume it. Only built-ins that call back into JS
//! (an array's `map`, a thenable's `then`) re-enter the loop, one level each.

use super::bytecode::{FunctionCode, IterationError, Op};
use super::promise::{Handler, Reaction, Work};
use super::props::{hole_to_undefined, is_builtin_iterable, still_has};
use super::realm::Realm;
use super::value::{Callable, ErrorType, FunctionData, FunctionFlavor, Obj, ObjectKind, Value};
use super::{Exc, Halt, JsResult};
use crate::syntax::ast::BinaryOp as BinOp;
use std::cell::RefCell;
use std::rc::Rc;

mod pattern;

/// Deepest JS call stack before `RangeError: Maximum call stack size exceeded`
/// (Node's default stack allows about ten thousand simple frames).
pub const MAX_FRAMES: usize = 10_000;
/// Deepest nesting of built-ins calling back into JS (each level also holds a
/// JS frame, so [`MAX_FRAMES`] is normally reached first).
pub const MAX_NATIVE_DEPTH: usize = 5_000;
/// Stack left below which a re-entry switches to a fresh stack segment.
const STACK_RED_ZONE: usize = 128 * 1024;
/// Size of each fresh stack segment.
const STACK_GROWTH: usize = 4 * 1024 * 1024;

/// Runs `f` with room on the native stack: a built-in calling back into JS
/// calls this, and so do the built-ins that recurse over nested values
/// (`JSON.stringify`, `join`, `flat`) at each level, so only the JS frame
/// limit and their own depth limits (V8's, roughly) decide.
pub fn with_stack<R>(f: impl FnOnce() -> R) -> R {
    stacker::maybe_grow(STACK_RED_ZONE, STACK_GROWTH, f)
}

/// A runtime scope record: the slots of one function or block.
#[derive(Debug)]
pub struct Scope {
    /// Variable slots, resolved by the compiler.
    pub slots: RefCell<Vec<Value>>,
    /// The enclosing scope.
    pub parent: Option<Rc<Scope>>,
}

/// The names CommonJS gives every file, which an ES module does not have.
pub(super) const COMMONJS_NAMES: [&str; 5] =
    ["require", "module", "exports", "__filename", "__dirname"];

impl Scope {
    fn nth(self: &Rc<Scope>, hops: u16) -> &Rc<Scope> {
        let mut s = self;
        for _ in 0..hops {
            s = s
                .parent
                .as_ref()
                .expect("compiler resolved hops within the chain");
        }
        s
    }
}

/// A user function value: code plus captured scope.
#[derive(Debug, Clone)]
pub struct Closure {
    /// The compiled body.
    pub code: Rc<FunctionCode>,
    /// The scope the function was created in.
    pub scope: Rc<Scope>,
    /// `this` captured by arrows.
    pub this: Option<Value>,
}

/// An active `try`: where a throw goes and what to restore.
#[derive(Debug)]
struct TryHandler {
    target: u32,
    stack_len: usize,
    scope: Rc<Scope>,
}

/// One activation of a user function.
#[derive(Debug)]
pub struct Frame {
    code: Rc<FunctionCode>,
    pc: usize,
    stack: Vec<Value>,
    scope: Rc<Scope>,
    this: Value,
    handlers: Vec<TryHandler>,
    /// The promise of an async function.
    async_promise: Option<Obj>,
    /// Whether the caller still waits for this frame's first completion
    /// (an async function's caller gets the promise at the first `await`).
    has_caller: bool,
}

impl Frame {
    /// The function's name, for stack traces and the trace table.
    pub fn name(&self) -> &str {
        &self.code.name
    }

    /// 1-based line of the instruction being executed.
    pub fn line(&self) -> u32 {
        let pc = self.pc.saturating_sub(1);
        self.code.lines.get(pc).copied().unwrap_or(self.code.line)
    }

    /// The function's name, shared.
    pub fn name_rc(&self) -> Rc<str> {
        self.code.name.clone()
    }

    /// Source line of the instruction being executed.
    pub fn span(&self) -> crate::syntax::span::Span {
        let pc = self
            .pc
            .saturating_sub(1)
            .min(self.code.spans.len().saturating_sub(1));
        self.code.spans.get(pc).copied().unwrap_or_default()
    }
}

/// Whether sloppy-mode code would see `this` as a wrapper object: V8 boxes
/// a primitive receiver (`f.call(5)`, a `thisArg` of `map`), which jsorder
/// does not model.
fn boxes_this(this: &Value) -> bool {
    matches!(this, Value::Number(_) | Value::String(_) | Value::Bool(_))
}

impl Frame {
    /// Runs `op` if it only reads and writes this frame (constants, stack
    /// shuffles, initialised variables, jumps, arithmetic on numbers) and
    /// returns whether it did. Anything else, including every case that
    /// throws, is left untouched for [`Realm::op`], which handles every
    /// instruction in full.
    #[inline(always)]
    fn run_local(&mut self, op: Op) -> bool {
        let stack = &mut self.stack;
        match op {
            Op::Undefined => stack.push(Value::Undefined),
            Op::Uninitialized => stack.push(Value::Hole),
            Op::Null => stack.push(Value::Null),
            Op::Bool(b) => stack.push(Value::Bool(b)),
            Op::Number(n) => stack.push(Value::Number(n)),
            Op::Str(id) => stack.push(Value::String(self.code.strings[id as usize].clone())),
            Op::This if !self.code.is_strict && boxes_this(&self.this) => return false,
            Op::This => stack.push(self.this.clone()),
            Op::Pop => {
                stack.pop();
            }
            Op::Dup => {
                let v = stack.last().expect("dup operand").clone();
                stack.push(v);
            }
            Op::Load { hops, slot, .. } => {
                let v = self.scope.nth(hops).slots.borrow()[slot as usize].clone();
                if let Value::Hole = v {
                    return false; // the TDZ error
                }
                stack.push(v);
            }
            Op::Store {
                hops,
                slot,
                checked,
                ..
            } => {
                let mut slots = self.scope.nth(hops).slots.borrow_mut();
                let target = &mut slots[slot as usize];
                if checked && matches!(target, Value::Hole) {
                    return false; // the TDZ error
                }
                *target = stack.pop().expect("store operand");
            }
            Op::ToNumber => {
                if !matches!(stack.last(), Some(Value::Number(_))) {
                    return false;
                }
            }
            Op::Inc | Op::Dec => {
                let Some(Value::Number(n)) = stack.last_mut() else {
                    return false;
                };
                *n += if matches!(op, Op::Inc) { 1.0 } else { -1.0 };
            }
            Op::Binary(b) => return binary_local(stack, b),
            Op::Not => {
                let v = stack.pop().expect("not operand");
                stack.push(Value::Bool(!v.truthy()));
            }
            Op::Jump(t) => self.pc = t as usize,
            Op::JumpIfFalse(t) | Op::JumpIfTrue(t) => {
                let v = stack.pop().expect("condition");
                if v.truthy() == matches!(op, Op::JumpIfTrue(_)) {
                    self.pc = t as usize;
                }
            }
            _ => return false,
        }
        true
    }
}

/// The binary operators whose result on these operands needs no conversion:
/// strict equality on anything, arithmetic and comparison on two numbers.
/// Returns whether it applied `op`.
#[inline(always)]
fn binary_local(stack: &mut Vec<Value>, op: BinOp) -> bool {
    let n = stack.len();
    let (a, b) = (&stack[n - 2], &stack[n - 1]);
    let v = match (op, a, b) {
        (BinOp::StrictEq, a, b) => Value::Bool(a.strict_equals(b)),
        (BinOp::StrictNe, a, b) => Value::Bool(!a.strict_equals(b)),
        (_, Value::Number(x), Value::Number(y)) => {
            let (x, y) = (*x, *y);
            match op {
                BinOp::Add => Value::Number(x + y),
                BinOp::Sub => Value::Number(x - y),
                BinOp::Mul => Value::Number(x * y),
                BinOp::Lt => Value::Bool(x < y),
                BinOp::Le => Value::Bool(x <= y),
                BinOp::Gt => Value::Bool(x > y),
                BinOp::Ge => Value::Bool(x >= y),
                _ => return false,
            }
        }
        _ => return false,
    };
    stack.truncate(n - 2);
    stack.push(v);
    true
}

/// Names an anonymous function after the computed key it is defined under,
/// as the spec's SetFunctionName does for `{ [k]: () => {} }` and `{ [k]() {} }`.
fn name_anonymous_function(v: &Value, key: &Rc<str>) {
    if let Value::Object(o) = v {
        if let ObjectKind::Function(fd) = &mut o.borrow_mut().kind {
            if fd.name.is_empty() {
                fd.name = key.clone();
            }
        }
    }
}

/// A suspended async function, shared by its fulfil and reject reactions.
pub type AsyncCont = Rc<RefCell<Option<Frame>>>;

/// How a frame ended.
enum Completion {
    Normal(Value),
    Throw(Value),
}

impl Realm {
    /// Whether a call of `code` is on the call stack (a sloppy function's
    /// `arguments` and `caller` then show that call).
    pub(super) fn is_running(&self, code: &Rc<FunctionCode>) -> bool {
        self.frames.iter().any(|f| Rc::ptr_eq(&f.code, code))
    }

    /// Calls any callable with `this` and arguments, running JS to completion
    /// (or to its first `await`).
    pub fn call(&mut self, f: &Value, this: Value, args: Vec<Value>) -> JsResult<Value> {
        // Every job and every callback of a built-in starts here: it counts
        // as a call from bytecode does, so that an endless stream of them (an
        // interval with an empty callback) reaches the limit as soon.
        self.charge_call()?;
        let callable = match f {
            Value::Object(o) => match &o.borrow().kind {
                ObjectKind::Function(fd) => fd.call.clone(),
                _ => return Err(self.type_error(format!("{} is not a function", self.describe(f)))),
            },
            _ => return Err(self.type_error(format!("{} is not a function", self.describe(f)))),
        };
        match callable {
            Callable::Native(n) => self.call_native(&n, this, args),
            Callable::Closure(c) => {
                if self.native_depth >= MAX_NATIVE_DEPTH {
                    return Err(self.range_error("Maximum call stack size exceeded"));
                }
                self.native_depth += 1;
                let base = self.frames.len();
                // Re-entering the loop from a built-in nests Rust calls: grow the
                // stack on demand so only the JS frame limit decides.
                let r = if self.native_depth < 8 {
                    // Shallow: plenty of stack left, skip the check (every job starts here).
                    self.push_frame(&c, this, args)
                        .and_then(|()| self.execute(base))
                } else {
                    with_stack(|| {
                        self.push_frame(&c, this, args)
                            .and_then(|()| self.execute(base))
                    })
                };
                self.native_depth -= 1;
                r
            }
        }
    }

    /// Pushes the frame of a user function call.
    fn push_frame(&mut self, c: &Closure, this: Value, mut args: Vec<Value>) -> JsResult<()> {
        if self.frames.len() >= MAX_FRAMES {
            return Err(self.range_error("Maximum call stack size exceeded"));
        }
        let code = &c.code;
        let n_params = code.n_params as usize;
        let rest = match code.rest_slot {
            Some(_) if args.len() > n_params => args.split_off(n_params),
            _ => Vec::new(),
        };
        // Most calls pass exactly the declared parameters to a function
        // without locals: then the arguments already are the slots.
        let n_slots = code.n_slots as usize;
        if args.len() != n_slots || n_slots != n_params {
            args.resize(n_params, Value::Undefined);
            args.resize(n_params + code.n_vars as usize, Value::Undefined);
            args.resize(n_slots, Value::Hole);
        }
        if let Some(slot) = code.rest_slot {
            args[slot as usize] = self.new_array(rest);
        }
        let scope = Rc::new(Scope {
            slots: RefCell::new(args),
            parent: Some(c.scope.clone()),
        });
        let async_promise = code.is_async.then(|| self.new_promise());
        let this = match &c.this {
            Some(captured) => captured.clone(),
            // Sloppy mode: a missing receiver is the global object.
            None if this.is_nullish() && !code.is_strict => self
                .intrinsics
                .global_object
                .clone()
                .map_or(this, Value::Object),
            None => this,
        };
        self.frames.push(Frame {
            code: code.clone(),
            pc: 0,
            stack: self.intrinsics.stack_pool.pop().unwrap_or_default(),
            scope,
            this,
            handlers: Vec::new(),
            async_promise,
            has_caller: true,
        });
        self.trace_call(&c.code.name, c.code.span);
        Ok(())
    }

    /// Runs the script's top-level code as a function with a fresh scope.
    /// (An ES module's top level is an async function: see
    /// `compile_program`.)
    pub fn run_script(&mut self, code: Rc<FunctionCode>) -> JsResult<Value> {
        let code_is_module = code.is_async;
        let global_scope = Rc::new(Scope {
            slots: RefCell::new(Vec::new()),
            parent: None,
        });
        let closure = Closure {
            code,
            scope: global_scope,
            this: None,
        };
        // CommonJS: `module.exports`, an empty object; a module: undefined.
        let this = match code_is_module {
            true => Value::Undefined,
            false => Value::Object(Obj::new(ObjectKind::Ordinary)),
        };
        let base = self.frames.len();
        self.push_frame(&closure, this, Vec::new())?;
        self.execute(base)
    }

    /// Resumes a suspended async function with the settled value of its `await`.
    pub fn resume(&mut self, cont: &AsyncCont, value: Value, is_throw: bool) -> JsResult<()> {
        // Resuming puts a frame back on the stack, as a call does: an endless
        // `for (;;) await null` reaches the step limit as soon as a loop of calls.
        self.charge_call()?;
        let Some(mut frame) = cont.borrow_mut().take() else {
            return Ok(()); // both reactions share the continuation; only one ever runs
        };
        frame.has_caller = false;
        let base = self.frames.len();
        let (name, span) = (frame.code.name.clone(), frame.code.span);
        self.frames.push(frame);
        self.trace_call(&name, span);
        if is_throw {
            if let Some(done) = self.throw_in_top(value, base) {
                return done.map(|_| ());
            }
        } else {
            self.top().stack.push(value);
        }
        self.execute(base).map(|_| ())
    }

    #[inline]
    fn top(&mut self) -> &mut Frame {
        self.frames.last_mut().expect("a frame is running")
    }

    /// The span of the instruction running in the innermost frame.
    pub fn current_span(&self) -> Option<crate::syntax::span::Span> {
        self.frames.last().map(Frame::span)
    }

    /// Runs frames until the frame at index `base` completes.
    fn execute(&mut self, base: usize) -> JsResult<Value> {
        loop {
            let op = match self.next_general_op() {
                Ok(op) => op,
                Err(halt) => {
                    self.frames.truncate(base);
                    return Err(halt);
                }
            };
            let result = self.op(op, base);
            match result {
                Ok(None) => {}
                Ok(Some(Completion::Normal(v))) => return Ok(v),
                Ok(Some(Completion::Throw(e))) => return Err(Exc::Throw(e)),
                Err(Exc::Throw(e)) => {
                    if let Some(done) = self.throw_in_top(e, base) {
                        return done;
                    }
                }
                Err(halt) => {
                    self.frames.truncate(base);
                    return Err(halt);
                }
            }
        }
    }

    /// Counts and fetches instructions of the innermost frame, running those
    /// that only touch the frame itself ([`Frame::run_local`]) right here, and
    /// returns the first one that needs the realm. Most instructions are local,
    /// and running them without the general dispatch (which looks the frame
    /// up again for every push and pop, and builds a completion) halves the
    /// cost of each.
    fn next_general_op(&mut self) -> JsResult<Op> {
        let frame = self.frames.last_mut().expect("execute: a frame is running");
        loop {
            self.steps += 1;
            if self.steps > self.max_steps {
                return Err(Exc::Halt(Halt::StepLimit));
            }
            if self.steps & 0x3ff == 0 && self.allocations > self.max_allocations {
                return Err(Exc::Halt(Halt::MemoryLimit));
            }
            let op = frame.code.ops[frame.pc];
            frame.pc += 1;
            if !frame.run_local(op) {
                return Ok(op);
            }
        }
    }

    /// Delivers a throw to the innermost frame's handlers, unwinding frames as needed.
    /// `Some` when the frame at `base` itself completed.
    fn throw_in_top(&mut self, mut e: Value, base: usize) -> Option<JsResult<Value>> {
        loop {
            let frame = self.top();
            if let Some(h) = frame.handlers.pop() {
                frame.stack.truncate(h.stack_len);
                frame.stack.push(e);
                frame.scope = h.scope;
                frame.pc = h.target as usize;
                return None;
            }
            match self.finish_frame(Completion::Throw(e), base) {
                Ok(None) => return None,
                Ok(Some(Completion::Normal(v))) => return Some(Ok(v)),
                Ok(Some(Completion::Throw(e))) => return Some(Err(Exc::Throw(e))),
                // the throw continues in the caller frame
                Err(Exc::Throw(next)) => e = next,
                Err(halt) => return Some(Err(halt)),
            }
        }
    }

    /// Pops the top frame with a completion. Returns `Some` when it was the base
    /// frame; otherwise hands the result to the caller frame (a throw comes back as `Err`).
    fn finish_frame(&mut self, c: Completion, base: usize) -> JsResult<Option<Completion>> {
        let mut frame = self.frames.pop().expect("finish_frame: a frame is running");
        self.trace_return(&frame.code.name, false);
        let mut stack = std::mem::take(&mut frame.stack);
        stack.clear();
        self.intrinsics.stack_pool.push(stack);
        let c = match (&frame.async_promise, c) {
            (Some(p), Completion::Normal(v)) => {
                // The returning function still counts as running for error stacks.
                self.returning_async = true;
                let r = self.resolve_promise(p, v);
                self.returning_async = false;
                r?;
                Completion::Normal(if frame.has_caller {
                    Value::Object(p.clone())
                } else {
                    Value::Undefined
                })
            }
            (Some(p), Completion::Throw(e)) => {
                self.reject_promise(p, e);
                Completion::Normal(if frame.has_caller {
                    Value::Object(p.clone())
                } else {
                    Value::Undefined
                })
            }
            (None, c) => c,
        };
        if self.frames.len() == base {
            return Ok(Some(c));
        }
        match c {
            Completion::Normal(v) => {
                self.top().stack.push(v);
                Ok(None)
            }
            Completion::Throw(e) => Err(Exc::Throw(e)),
        }
    }

    /// Suspends the top (async) frame at `await value`.
    fn suspend(&mut self, value: Value, base: usize) -> JsResult<Option<Completion>> {
        let mut frame = self.frames.pop().expect("suspend: a frame is running");
        self.trace_return(&frame.code.name, true);
        let promise = frame
            .async_promise
            .clone()
            .expect("compiler allows await only in async functions");
        let has_caller = frame.has_caller;
        frame.has_caller = false;
        let cont: AsyncCont = Rc::new(RefCell::new(Some(frame)));
        if matches!(value, Value::Object(_)) {
            // V8's await: PromiseResolve(value), then attach the continuation directly.
            let awaited = self.promise_resolve(value)?;
            self.perform_then(
                &awaited,
                Handler::Await(cont.clone()),
                Handler::Await(cont),
                None,
            );
        } else {
            // For a primitive, PromiseResolve makes a fresh fulfilled promise that no code
            // can see, and PerformPromiseThen on it queues the continuation at once: queue
            // that same job directly.
            let reaction = Reaction {
                capability: None,
                on_reject: false,
                handler: Handler::Await(cont),
            };
            let task = self.reaction_task(&reaction);
            self.enqueue_microtask(task, Work::Reaction(reaction, value));
        }
        let result = if has_caller {
            Value::Object(promise)
        } else {
            Value::Undefined
        };
        if self.frames.len() == base {
            return Ok(Some(Completion::Normal(result)));
        }
        self.top().stack.push(result);
        Ok(None)
    }

    #[inline]
    fn pop(&mut self) -> Value {
        self.top().stack.pop().expect("compiler balanced the stack")
    }

    #[inline]
    fn push(&mut self, v: Value) {
        self.top().stack.push(v);
    }

    #[inline]
    fn string_const(&mut self, id: u32) -> Rc<str> {
        self.top().code.strings[id as usize].clone()
    }

    /// Executes one instruction.
    #[inline(always)]
    fn op(&mut self, op: Op, base: usize) -> JsResult<Option<Completion>> {
        match op {
            Op::Undefined => self.push(Value::Undefined),
            Op::Uninitialized => self.push(Value::Hole),
            Op::Null => self.push(Value::Null),
            Op::Bool(b) => self.push(Value::Bool(b)),
            Op::Number(n) => self.push(Value::Number(n)),
            Op::Str(id) => {
                let s = self.string_const(id);
                self.push(Value::String(s))
            }
            Op::This => {
                let t = self.top().this.clone();
                if !self.top().code.is_strict && boxes_this(&t) {
                    return Err(self.unsupported(
                        "`this` of a sloppy-mode function called with a primitive receiver \
                         (which Node wraps in an object such as `[Number: 5]`) is not supported"
                            .into(),
                    ));
                }
                self.push(t)
            }
            Op::Pop => {
                self.pop();
            }
            Op::Dup => {
                let v = self.top().stack.last().expect("dup operand").clone();
                self.push(v)
            }
            Op::Dup2 => {
                let st = &mut self.top().stack;
                let n = st.len();
                let (a, b) = (st[n - 2].clone(), st[n - 1].clone());
                st.push(a);
                st.push(b);
            }
            Op::Swap => {
                let st = &mut self.top().stack;
                let n = st.len();
                st.swap(n - 1, n - 2);
            }
            Op::RotDown3 => {
                let st = &mut self.top().stack;
                let v = st.pop().expect("rot operand");
                let n = st.len();
                st.insert(n - 2, v);
            }
            Op::RotDown4 => {
                let st = &mut self.top().stack;
                let v = st.pop().expect("rot operand");
                let n = st.len();
                st.insert(n - 3, v);
            }
            Op::Load { hops, slot, name } => {
                let frame = self.top();
                let v = frame.scope.nth(hops).slots.borrow()[slot as usize].clone();
                if let Value::Hole = v {
                    let n = self.string_const(name);
                    return Err(self.error(
                        ErrorType::ReferenceError,
                        format!("Cannot access '{n}' before initialization"),
                    ));
                }
                self.push(v)
            }
            Op::Store {
                hops,
                slot,
                name,
                checked,
            } => {
                let v = self.pop();
                let frame = self.top();
                let scope = frame.scope.nth(hops).clone();
                let mut slots = scope.slots.borrow_mut();
                if checked && matches!(slots[slot as usize], Value::Hole) {
                    drop(slots);
                    let n = self.string_const(name);
                    return Err(self.error(
                        ErrorType::ReferenceError,
                        format!("Cannot access '{n}' before initialization"),
                    ));
                }
                slots[slot as usize] = v;
            }
            Op::LoadGlobal(id) => {
                let frame = self.frames.last().expect("a frame is running");
                // A global that exists is read without copying its name first.
                if let Some(v) = self.globals.get(&*frame.code.strings[id as usize]) {
                    let v = v.clone();
                    self.push(v);
                    return Ok(None);
                }
                let name = self.string_const(id);
                match self.global(&name) {
                    Some(v) => self.push(v),
                    None if self.module && COMMONJS_NAMES.contains(&&*name) => {
                        let message = format!("{name} is not defined");
                        return Err(self.error(ErrorType::ReferenceError, message));
                    }
                    None if super::stdlib::unsupported_global(&name) => {
                        return Err(self.unsupported(format!("`{name}` is not supported yet")));
                    }
                    None => {
                        return Err(
                            self.error(ErrorType::ReferenceError, format!("{name} is not defined"))
                        )
                    }
                }
            }
            Op::StoreGlobal(id) => {
                let name = self.string_const(id);
                // Strict code may not create a global by assigning to it.
                if self.top().code.is_strict && self.global(&name).is_none() {
                    if super::stdlib::unsupported_global(&name) && !self.module {
                        return Err(self.unsupported(format!("`{name}` is not supported yet")));
                    }
                    let message = format!("{name} is not defined");
                    return Err(self.error(ErrorType::ReferenceError, message));
                }
                let v = self.pop();
                // Build the global now so it cannot overwrite this assignment later.
                self.build_global(&name);
                self.globals.insert(name, v);
            }
            Op::TypeofGlobal(id) => {
                let name = self.string_const(id);
                let t = match self.global(&name) {
                    Some(v) => v.type_of(),
                    None if self.module && COMMONJS_NAMES.contains(&&*name) => "undefined",
                    None => super::stdlib::unsupported_global_type(&name).unwrap_or("undefined"),
                };
                self.push(Value::str(t))
            }
            Op::Spin(turns) => self.spin(turns),
            Op::ThrowConstAssign => {
                return Err(self.type_error("Assignment to constant variable.".to_string()));
            }
            Op::ThrowInvalidTarget(id) => {
                let message = self.string_const(id).to_string();
                return Err(self.error(ErrorType::ReferenceError, message));
            }
            Op::PushScope(n) => {
                let frame = self.top();
                let parent = frame.scope.clone();
                frame.scope = Rc::new(Scope {
                    slots: RefCell::new(vec![Value::Hole; n as usize]),
                    parent: Some(parent),
                });
            }
            Op::PopScope => {
                let frame = self.top();
                let parent = frame
                    .scope
                    .parent
                    .clone()
                    .expect("PopScope matches a PushScope");
                frame.scope = parent;
            }
            Op::CopyScope => {
                let frame = self.top();
                let slots = frame.scope.slots.borrow().clone();
                let parent = frame.scope.parent.clone();
                frame.scope = Rc::new(Scope {
                    slots: RefCell::new(slots),
                    parent,
                });
            }
            Op::GetProp(id) => {
                let key = self.string_const(id);
                let obj = self.pop();
                let v = self.get_named(&obj, &key)?;
                self.push(v)
            }
            Op::SetProp(id) => {
                let key = self.string_const(id);
                let v = self.pop();
                let obj = self.pop();
                self.set_named(&obj, &key, v.clone())?;
                self.push(v)
            }
            Op::GetIndex => {
                let key = self.pop();
                let obj = self.pop();
                let v = self.get_index(&obj, &key)?;
                self.push(v)
            }
            Op::SetIndex => {
                let v = self.pop();
                let key = self.pop();
                let obj = self.pop();
                self.set_index(&obj, &key, v.clone())?;
                self.push(v)
            }
            Op::DeleteProp(id) => {
                let key = self.string_const(id);
                let obj = self.pop();
                let strict = self.top().code.is_strict;
                let deleted = self.delete_property(&obj, &key, strict)?;
                self.push(Value::Bool(deleted))
            }
            Op::DeleteIndex => {
                let key = self.pop();
                let obj = self.pop();
                let key = self.property_key(&key);
                let strict = self.top().code.is_strict;
                let deleted = self.delete_property(&obj, &key, strict)?;
                self.push(Value::Bool(deleted))
            }
            Op::NewArray => {
                let a = self.new_array(Vec::new());
                self.push(a)
            }
            Op::ArrayPush => {
                let v = self.pop();
                let arr = self.top().stack.last().expect("array below").clone();
                self.array_push(&arr, v)?;
            }
            Op::ArrayHole => {
                let arr = self.top().stack.last().expect("array below").clone();
                self.array_push(&arr, Value::Hole)?;
            }
            Op::ArraySpread | Op::ArgSpread => {
                let src = self.pop();
                if !is_builtin_iterable(&src) {
                    if let Some(failure) = self.iteration_failure(&src) {
                        return Err(failure);
                    }
                }
                let items = self.iterate(&src)?;
                let arr = self.top().stack.last().expect("array below").clone();
                for v in items {
                    self.array_push(&arr, v)?;
                }
            }
            Op::NewObject => {
                let o = Value::Object(self.alloc(ObjectKind::Ordinary)?);
                self.push(o)
            }
            Op::DefineField(id) => {
                let key = self.string_const(id);
                let v = self.pop();
                let obj = self.top().stack.last().expect("object below").clone();
                self.define(&obj, key, v);
            }
            Op::DefineComputed => {
                let v = self.pop();
                let key = self.pop();
                let key = self.property_key(&key);
                let obj = self.top().stack.last().expect("object below").clone();
                self.define(&obj, key, v);
            }
            Op::DefineComputedNamed => {
                let v = self.pop();
                let key = self.pop();
                let key = self.property_key(&key);
                name_anonymous_function(&v, &key);
                let obj = self.top().stack.last().expect("object below").clone();
                self.define(&obj, key, v);
            }
            Op::DefineAccessor(id, is_setter) => {
                let key = self.string_const(id);
                let f = self.pop();
                let obj = self.top().stack.last().expect("object below").clone();
                self.define_accessor(&obj, key, f, is_setter);
            }
            Op::DefineAccessorComputed(is_setter) => {
                let f = self.pop();
                let key = self.pop();
                let key = self.property_key(&key);
                let obj = self.top().stack.last().expect("object below").clone();
                self.define_accessor(&obj, key, f, is_setter);
            }
            Op::ObjectSpread => {
                let src = self.pop();
                let obj = self.top().stack.last().expect("object below").clone();
                self.object_spread(&obj, &src)?;
            }
            Op::Closure(i) => {
                let frame = self.top();
                let code = frame.code.functions[i as usize].clone();
                let this = code.is_arrow.then(|| frame.this.clone());
                let closure = Closure {
                    code: code.clone(),
                    scope: frame.scope.clone(),
                    this,
                };
                let flavor = if code.is_async {
                    FunctionFlavor::Async
                } else {
                    FunctionFlavor::Normal
                };
                let f = self.alloc(ObjectKind::Function(FunctionData {
                    name: code.name.clone(),
                    flavor,
                    call: Callable::Closure(closure),
                }))?;
                self.push(Value::Object(f))
            }
            Op::Call(argc) => {
                let args = self.pop_args(argc);
                let callee = self.pop();
                return self.call_op(callee, Value::Undefined, args);
            }
            Op::CallMethod(argc) => {
                let args = self.pop_args(argc);
                let callee = self.pop();
                let this = self.pop();
                return self.call_op(callee, this, args);
            }
            Op::CallSpread => {
                let args = self.pop();
                let callee = self.pop();
                let args = self.iterate(&args)?;
                return self.call_op(callee, Value::Undefined, args);
            }
            Op::CallMethodSpread => {
                let args = self.pop();
                let callee = self.pop();
                let this = self.pop();
                let args = self.iterate(&args)?;
                return self.call_op(callee, this, args);
            }
            Op::New(argc) => {
                let args = self.pop_args(argc);
                let callee = self.pop();
                let v = self.construct(&callee, args)?;
                self.push(v)
            }
            Op::NewSpread => {
                let args = self.pop();
                let callee = self.pop();
                let args = self.iterate(&args)?;
                let v = self.construct(&callee, args)?;
                self.push(v)
            }
            Op::Binary(b) => {
                let rhs = self.pop();
                let lhs = self.pop();
                let v = self.binary(b, &lhs, &rhs)?;
                self.push(v)
            }
            Op::Not => {
                let v = self.pop();
                self.push(Value::Bool(!v.truthy()))
            }
            Op::Neg => {
                let v = self.pop();
                let n = self.coerce_number(&v)?;
                self.push(Value::Number(-n))
            }
            Op::ToNumber => {
                let v = self.pop();
                let n = self.coerce_number(&v)?;
                self.push(Value::Number(n))
            }
            Op::Typeof => {
                let v = self.pop();
                self.push(Value::str(v.type_of()))
            }
            Op::ToStr => {
                let v = self.pop();
                let s = self.coerce_string(&v)?;
                self.push(Value::String(s))
            }
            Op::Inc | Op::Dec => {
                let v = self.pop();
                let n = if let Value::Number(n) = v {
                    n
                } else {
                    self.coerce_number(&v)?
                };
                self.push(Value::Number(if matches!(op, Op::Inc) {
                    n + 1.0
                } else {
                    n - 1.0
                }))
            }
            Op::Jump(t) => self.top().pc = t as usize,
            Op::JumpIfFalse(t) => {
                if !self.pop().truthy() {
                    self.top().pc = t as usize;
                }
            }
            Op::JumpIfTrue(t) => {
                if self.pop().truthy() {
                    self.top().pc = t as usize;
                }
            }
            Op::JumpIfFalseKeep(t) | Op::JumpIfTrueKeep(t) | Op::JumpIfNotNullishKeep(t) => {
                let frame = self.top();
                let v = frame.stack.last().expect("logical operand");
                let jump = match op {
                    Op::JumpIfFalseKeep(_) => !v.truthy(),
                    Op::JumpIfTrueKeep(_) => v.truthy(),
                    _ => !v.is_nullish(),
                };
                if jump {
                    frame.pc = t as usize;
                } else {
                    frame.stack.pop();
                }
            }
            Op::JumpIfNullishUndefined(t) => {
                let frame = self.top();
                if frame.stack.last().expect("chain operand").is_nullish() {
                    frame.stack.pop();
                    frame.stack.push(Value::Undefined);
                    frame.pc = t as usize;
                }
            }
            Op::JumpIfNotUndefined(t) => {
                let frame = self.top();
                if !frame.stack.last().expect("param value").is_undefined() {
                    frame.pc = t as usize;
                }
            }
            Op::IterStart => {
                let v = self.pop();
                if !is_builtin_iterable(&v) {
                    if let Some(failure) = self.iteration_failure(&v) {
                        return Err(failure);
                    }
                }
                let arr = self.live_iterable(v)?;
                self.push(arr);
                self.push(Value::Number(0.0));
            }
            Op::AsyncFromSync => {
                let item = self.pop();
                let settles = self.promise_resolve(item)?;
                let step = self.new_promise();
                self.perform_then(&settles, Handler::Unwrap, Handler::Pass, Some(step.clone()));
                self.push(Value::Object(step));
            }
            Op::IterNext(t) => {
                let stack = &self.top().stack;
                let n = stack.len();
                let Value::Number(i) = stack[n - 1] else {
                    unreachable!("IterNext: index below")
                };
                let src = stack[n - 2].clone();
                let item = self.step_iterable(&src, i);
                let frame = self.top();
                match item {
                    Some(v) => {
                        frame.stack[n - 1] = Value::Number(i + 1.0);
                        frame.stack.push(v);
                    }
                    None => {
                        frame.stack.truncate(n - 2);
                        frame.pc = t as usize;
                    }
                }
            }
            Op::ForInStart => {
                let obj = self.pop();
                let keys = self.for_in_keys(&obj)?;
                let keys = self.new_array(keys.into_iter().map(Value::String).collect());
                self.push(obj);
                self.push(keys);
                self.push(Value::Number(0.0));
            }
            Op::ForInNext(t) => {
                let frame = self.top();
                let n = frame.stack.len();
                let Value::Number(mut i) = frame.stack[n - 1] else {
                    unreachable!("ForInNext: index below")
                };
                let key = loop {
                    let key = match &frame.stack[n - 2] {
                        Value::Object(o) => match &o.borrow().kind {
                            ObjectKind::Array(keys) => keys.get(i as usize).cloned(),
                            _ => None,
                        },
                        _ => None,
                    };
                    i += 1.0;
                    match key {
                        Some(Value::String(k)) if !still_has(&frame.stack[n - 3], &k) => {}
                        key => break key,
                    }
                };
                match key {
                    Some(k) => {
                        frame.stack[n - 1] = Value::Number(i);
                        frame.stack.push(k);
                    }
                    None => {
                        frame.stack.truncate(n - 3);
                        frame.pc = t as usize;
                    }
                }
            }
            Op::Pick(_)
            | Op::RequireObject { .. }
            | Op::IterOpen(_)
            | Op::IterStep(_)
            | Op::IterRest(_)
            | Op::ObjectRest(_) => self.pattern_op(op)?,
            Op::Return => {
                let v = self.pop();
                return self.finish_frame(Completion::Normal(v), base);
            }
            Op::Throw => {
                // Unwinding to the handler costs about what a call does.
                self.charge_call()?;
                let v = self.pop();
                return Err(Exc::Throw(v));
            }
            Op::Await => {
                let v = self.pop();
                return self.suspend(v, base);
            }
            Op::EnterTry(t) => {
                let frame = self.top();
                let h = TryHandler {
                    target: t,
                    stack_len: frame.stack.len(),
                    scope: frame.scope.clone(),
                };
                frame.handlers.push(h);
            }
            Op::LeaveTry => {
                self.top().handlers.pop();
            }
        }
        Ok(None)
    }

    /// Whether the running function is strict code.
    pub(super) fn in_strict_code(&self) -> bool {
        self.frames.last().is_some_and(|f| f.code.is_strict)
    }

    /// What `for…of` and array patterns step over `v` with an index: arrays
    /// and iterators live, a Map or Set through a new iterator (live too);
    /// other iterables (strings) are read up front into an array.
    pub(super) fn live_iterable(&mut self, v: Value) -> JsResult<Value> {
        if let Value::Object(o) = &v {
            if matches!(o.borrow().kind, ObjectKind::Array(_)) {
                return Ok(v);
            }
            if let Some(it) = self.iterator_of(o)? {
                return Ok(Value::Object(it));
            }
        }
        let items = self.iterate(&v)?;
        Ok(self.new_array(items))
    }

    /// The next item of an iterable that `for…of` or a pattern holds with the
    /// index it has reached: the element at `index` of an array, the next step
    /// of an iterator; `None` at the end.
    pub(super) fn step_iterable(&mut self, src: &Value, index: f64) -> Option<Value> {
        let Value::Object(o) = src else {
            return None;
        };
        if let ObjectKind::Array(items) = &o.borrow().kind {
            return items.get(index as usize).map(hole_to_undefined);
        }
        self.iterator_step(o)
    }

    fn pop_args(&mut self, argc: u16) -> Vec<Value> {
        let st = &mut self.top().stack;
        let at = st.len() - argc as usize;
        st.split_off(at)
    }

    /// A call from bytecode: user functions get a frame in this loop; built-ins run now.
    fn call_op(
        &mut self,
        callee: Value,
        this: Value,
        args: Vec<Value>,
    ) -> JsResult<Option<Completion>> {
        self.charge_call()?;
        let callable = match &callee {
            Value::Object(o) => match &o.borrow().kind {
                ObjectKind::Function(fd) => Some(fd.call.clone()),
                _ => None,
            },
            _ => None,
        };
        match callable {
            Some(Callable::Closure(c)) => self.push_frame(&c, this, args)?,
            Some(Callable::Native(n)) => {
                let v = self.call_native(&n, this, args)?;
                self.push(v);
            }
            None => {
                if let Some(failure) = self.iteration_failure(&callee) {
                    return Err(failure);
                }
                let what = self.callee_text();
                return Err(self.type_error(format!("{what} is not a function")));
            }
        }
        Ok(None)
    }

    /// The source text of the instruction being executed (empty outside user code).
    pub fn current_source_text(&self) -> String {
        let Some(frame) = self.frames.last() else {
            return String::new();
        };
        let span = frame.span();
        self.source
            .get(span.start as usize..span.end as usize)
            .unwrap_or("")
            .trim()
            .to_string()
    }

    /// V8's TypeError for the instruction being executed when it is an
    /// iteration (or a call that is its iterable) that fails on `v`, where
    /// the compiler noted one.
    fn iteration_failure(&mut self, v: &Value) -> Option<Exc> {
        let frame = self.frames.last()?;
        let pc = frame.pc.saturating_sub(1) as u32;
        let errors = &frame.code.iteration_errors;
        let error = &errors[errors.binary_search_by_key(&pc, |(at, _)| *at).ok()?].1;
        let value = v.to_js_string();
        let message = match error {
            IterationError::Async(_) if v.is_nullish() => {
                format!(
                    "Cannot read properties of {value} (reading 'Symbol(Symbol.asyncIterator)')"
                )
            }
            IterationError::Message(m) | IterationError::Async(m) => m.to_string(),
            IterationError::FinalSpread(text) if v.is_nullish() => {
                format!("{text} is not iterable (cannot read property {value})")
            }
            IterationError::FinalSpread(_) => {
                "Spread syntax requires ...iterable[Symbol.iterator] to be a function".to_string()
            }
            IterationError::ByValue => return Some(self.not_iterable(v)),
        };
        Some(self.type_error(message))
    }

    /// The source text of the callee of the call being executed (`obj.foo` in `obj.foo()`).
    pub(super) fn callee_text(&self) -> String {
        let Some(frame) = self.frames.last() else {
            return "value".into();
        };
        let pc = frame.pc.saturating_sub(1) as u32;
        let texts = &frame.code.callee_texts;
        if let Ok(i) = texts.binary_search_by_key(&pc, |(at, _)| *at) {
            return texts[i].1.to_string();
        }
        let span = frame.span();
        let src = &self.source;
        src.get(span.start as usize..span.end as usize)
            .unwrap_or("expression")
            .to_string()
    }

    /// Names a value in an error message.
    pub fn describe(&self, v: &Value) -> String {
        match v {
            Value::String(s) => format!("\"{s}\""),
            Value::Object(_) => v.type_of().to_string(),
            _ => v.to_js_string().to_string(),
        }
    }

    fn binary(&mut self, op: BinOp, a: &Value, b: &Value) -> JsResult<Value> {
        use super::ops;
        if let (Value::Number(x), Value::Number(y)) = (a, b) {
            let (x, y) = (*x, *y);
            match op {
                BinOp::Lt => return Ok(Value::Bool(x < y)),
                BinOp::Le => return Ok(Value::Bool(x <= y)),
                BinOp::Gt => return Ok(Value::Bool(x > y)),
                BinOp::Ge => return Ok(Value::Bool(x >= y)),
                BinOp::Sub => return Ok(Value::Number(x - y)),
                BinOp::Mul => return Ok(Value::Number(x * y)),
                _ => {}
            }
        }
        Ok(match op {
            BinOp::Add => self.add(a, b)?,
            BinOp::Sub => Value::Number(self.coerce_number(a)? - self.coerce_number(b)?),
            BinOp::Mul => Value::Number(self.coerce_number(a)? * self.coerce_number(b)?),
            BinOp::Div => Value::Number(self.coerce_number(a)? / self.coerce_number(b)?),
            BinOp::Rem => {
                Value::Number(ops::js_rem(self.coerce_number(a)?, self.coerce_number(b)?))
            }
            BinOp::Exp => {
                Value::Number(ops::js_pow(self.coerce_number(a)?, self.coerce_number(b)?))
            }
            BinOp::StrictEq => Value::Bool(a.strict_equals(b)),
            BinOp::StrictNe => Value::Bool(!a.strict_equals(b)),
            BinOp::LooseEq => Value::Bool(self.loose_equals(a, b)?),
            BinOp::LooseNe => Value::Bool(!self.loose_equals(a, b)?),
            BinOp::Lt => Value::Bool(self.less_than(a, b)? == Some(true)),
            BinOp::Gt => Value::Bool(self.less_than(b, a)? == Some(true)),
            BinOp::Le => Value::Bool(self.less_than(b, a)? == Some(false)),
            BinOp::Ge => Value::Bool(self.less_than(a, b)? == Some(false)),
            BinOp::InstanceOf => Value::Bool(self.instance_of(a, b)?),
            BinOp::BitAnd
            | BinOp::BitOr
            | BinOp::BitXor
            | BinOp::Shl
            | BinOp::Shr
            | BinOp::UShr => {
                let (x, y) = (self.coerce_number(a)?, self.coerce_number(b)?);
                Value::Number(ops::bitwise(op, x, y))
            }
            BinOp::In => {
                let Value::Object(o) = b else {
                    return Err(self.type_error(format!(
                        "Cannot use 'in' operator to search for '{}' in {}",
                        a.to_js_string(),
                        b.to_js_string()
                    )));
                };
                let key = self.property_key(a);
                // Which functions own a `prototype` (not arrows, methods or
                // async functions) is not modelled.
                if &*key == "prototype" && b.is_callable() {
                    return Err(
                        self.unsupported("`'prototype' in` a function is not supported yet".into())
                    );
                }
                Value::Bool(self.has_property(o, &key)?)
            }
        })
    }
}
