//! Promises as ECMA-262 §27.2 writes them, step for step, because the order of
//! output depends on exactly how many jobs each operation queues.
//!
//! Job names follow the spec: a `PromiseReactionJob` runs one handler; a
//! `PromiseResolveThenableJob` calls a thenable's `then` to adopt its state.

use super::builtins::Native;
use super::event::{QueueKind, TaskInfo, TaskKind};
use super::realm::Realm;
use super::value::{ErrorType, Obj, ObjectKind, Value};
use super::vm::AsyncCont;
use super::{Exc, JsResult};
use smallvec::SmallVec;
use std::cell::Cell;
use std::rc::Rc;

/// A promise's internal slots.
#[derive(Debug)]
pub struct PromiseData {
    /// `[[PromiseState]]` with its result.
    pub state: PromiseState,
    /// A small number naming the promise in traces ("promise #3").
    pub id: u32,
    /// `[[PromiseIsHandled]]`.
    pub is_handled: bool,
    /// `[[PromiseFulfillReactions]]` and `[[PromiseRejectReactions]]`, kept as the
    /// pairs `then` registers together (the spec's two lists always have equal
    /// length); one `then` per promise is the common case and needs no allocation.
    pub reactions: SmallVec<[ReactionPair; 1]>,
}

/// The two reactions one `then` registers, sharing the derived promise.
#[derive(Debug, Clone)]
pub struct ReactionPair {
    /// The derived promise (`None` for `await`).
    pub capability: Option<Obj>,
    /// Runs on fulfilment.
    pub on_fulfilled: Handler,
    /// Runs on rejection.
    pub on_rejected: Handler,
}

impl ReactionPair {
    /// The reaction for one outcome.
    fn into_reaction(self, on_reject: bool) -> Reaction {
        let handler = if on_reject {
            self.on_rejected
        } else {
            self.on_fulfilled
        };
        Reaction {
            capability: self.capability,
            on_reject,
            handler,
        }
    }
}

/// `pending`, `fulfilled` or `rejected`, with the value or reason.
#[derive(Debug, Clone)]
pub enum PromiseState {
    /// Not settled yet.
    Pending,
    /// Fulfilled with a value.
    Fulfilled(Value),
    /// Rejected with a reason.
    Rejected(Value),
}

/// A `PromiseReaction` record.
#[derive(Debug, Clone)]
pub struct Reaction {
    /// The derived promise to settle with the handler's result (`None` for `await`).
    pub capability: Option<Obj>,
    /// Whether this reaction runs on fulfilment or rejection.
    pub on_reject: bool,
    /// What runs.
    pub handler: Handler,
}

/// A reaction's handler.
#[derive(Debug, Clone)]
pub enum Handler {
    /// No callable handler: pass the value (or reason) through to the derived promise.
    Pass,
    /// A function (user code or a built-in such as a resolve-element function).
    Call(Value),
    /// Resume the async function suspended at `await`.
    Await(AsyncCont),
    /// Fulfil the derived promise with the value: the async-from-sync
    /// iterator's unwrapping step (the specification wraps the value in an
    /// iterator result, which is never a thenable, so nothing else is read).
    Unwrap,
}

/// A job in the nextTick or microtask queue.
#[derive(Debug)]
pub struct Job {
    /// Provenance.
    pub task: TaskInfo,
    /// What to do.
    pub work: Work,
}

/// The work of a job.
#[derive(Debug)]
pub enum Work {
    /// `PromiseReactionJob(reaction, argument)`.
    Reaction(Reaction, Value),
    /// `PromiseResolveThenableJob(promise, thenable, then)`.
    ResolveThenable(Obj, Value, Value),
    /// A plain callback: `queueMicrotask(f)`, `process.nextTick(f, ...args)`.
    Callback(Value, Vec<Value>),
}

impl Realm {
    /// Appends a job to the microtask queue.
    pub fn enqueue_microtask(&mut self, task: TaskInfo, work: Work) {
        let shown = self.traced(&task);
        self.microtasks.push_back(Job { task, work });
        self.emit_enqueued(QueueKind::Microtask, shown);
    }

    pub(super) fn reaction_task(&mut self, reaction: &Reaction) -> TaskInfo {
        match &reaction.handler {
            Handler::Call(f) => self.new_task(TaskKind::PromiseReaction, Some(f)),
            Handler::Pass | Handler::Unwrap => self.new_task(TaskKind::PromiseReaction, None),
            Handler::Await(cont) => {
                let mut t = self.new_task(TaskKind::AwaitContinuation, None);
                if let Some(frame) = cont.borrow().as_ref() {
                    t.callback = frame.name_rc();
                    t.callback_line = frame.line();
                }
                t
            }
        }
    }

    /// `TriggerPromiseReactions`: one job per reaction, in registration order.
    fn trigger(
        &mut self,
        reactions: SmallVec<[ReactionPair; 1]>,
        on_reject: bool,
        argument: &Value,
    ) {
        for pair in reactions {
            let r = pair.into_reaction(on_reject);
            let task = self.reaction_task(&r);
            self.enqueue_microtask(task, Work::Reaction(r, argument.clone()));
        }
    }

    /// `FulfillPromise(promise, value)`.
    pub fn fulfill_promise(&mut self, p: &Obj, value: Value) {
        let reactions = {
            let mut d = p.borrow_mut();
            let ObjectKind::Promise(pd) = &mut d.kind else {
                return;
            };
            if !matches!(pd.state, PromiseState::Pending) {
                return;
            }
            pd.state = PromiseState::Fulfilled(value.clone());
            std::mem::take(&mut pd.reactions)
        };
        self.trigger(reactions, false, &value);
    }

    /// `RejectPromise(promise, reason)`, with the host's rejection tracker.
    pub fn reject_promise(&mut self, p: &Obj, reason: Value) {
        let (reactions, handled) = {
            let mut d = p.borrow_mut();
            let ObjectKind::Promise(pd) = &mut d.kind else {
                return;
            };
            if !matches!(pd.state, PromiseState::Pending) {
                return;
            }
            pd.state = PromiseState::Rejected(reason.clone());
            (std::mem::take(&mut pd.reactions), pd.is_handled)
        };
        if !handled {
            // HostPromiseRejectionTracker(promise, "reject")
            self.pending_rejections.push(p.clone());
        }
        self.trigger(reactions, true, &reason);
    }

    /// The body of a promise's resolve function (§27.2.1.3.2 steps 7–16), without
    /// the already-resolved check, which belongs to the caller.
    pub fn resolve_promise(&mut self, p: &Obj, resolution: Value) -> JsResult<()> {
        // 7. If SameValue(resolution, promise) is true, reject with a TypeError.
        if let Value::Object(o) = &resolution {
            if o.ptr_eq(p) {
                // V8 captures frames only when JavaScript code is running (a
                // resolve function called by user code, an async function's return).
                let message = "Chaining cycle detected for promise #<Promise>";
                let e = if self.frames.is_empty() && !self.returning_async {
                    self.make_frameless_error(ErrorType::TypeError, message)
                } else {
                    self.make_error(ErrorType::TypeError, message)
                };
                self.reject_promise(p, e);
                return Ok(());
            }
        }
        // 8. Not an object: fulfil.
        if !matches!(resolution, Value::Object(_)) {
            self.fulfill_promise(p, resolution);
            return Ok(());
        }
        // 9. Let then be Get(resolution, "then") — read now, synchronously (a getter runs here).
        let then = match self.get_named(&resolution, "then") {
            Ok(t) => t,
            Err(Exc::Throw(e)) => {
                self.reject_promise(p, e);
                return Ok(());
            }
            Err(halt) => return Err(halt),
        };
        // 12. Not callable: fulfil with the object itself.
        if !then.is_callable() {
            self.fulfill_promise(p, resolution);
            return Ok(());
        }
        // 14–15. Queue NewPromiseResolveThenableJob(promise, resolution, then).
        let mut task = self.new_task(TaskKind::ResolveThenable, Some(&then));
        if task.callback_line == 0 {
            task.callback = Rc::from("then");
        }
        self.enqueue_microtask(task, Work::ResolveThenable(p.clone(), resolution, then));
        Ok(())
    }

    /// `CreateResolvingFunctions(promise)`: a resolve/reject pair sharing one
    /// "already resolved" flag.
    pub fn resolving_functions(&mut self, p: &Obj) -> (Value, Value) {
        let already = Rc::new(Cell::new(false));
        let resolve = self.native_fn("", Native::Resolve(p.clone(), already.clone()));
        let reject = self.native_fn("", Native::Reject(p.clone(), already));
        (resolve, reject)
    }

    /// `PerformPromiseThen(promise, onFulfilled, onRejected, resultCapability)`.
    pub fn perform_then(
        &mut self,
        p: &Obj,
        on_fulfilled: Handler,
        on_rejected: Handler,
        capability: Option<Obj>,
    ) {
        let pair = ReactionPair {
            capability,
            on_fulfilled,
            on_rejected,
        };
        let state = {
            let mut d = p.borrow_mut();
            let ObjectKind::Promise(pd) = &mut d.kind else {
                return;
            };
            let was_handled = pd.is_handled;
            pd.is_handled = true;
            if let PromiseState::Pending = pd.state {
                pd.reactions.push(pair);
                return;
            }
            (pd.state.clone(), was_handled)
        };
        match state {
            (PromiseState::Pending, _) => unreachable!("pending promises returned above"),
            (PromiseState::Fulfilled(v), _) => {
                let fulfill = pair.into_reaction(false);
                let task = self.reaction_task(&fulfill);
                self.enqueue_microtask(task, Work::Reaction(fulfill, v));
            }
            (PromiseState::Rejected(r), was_handled) => {
                if !was_handled {
                    // HostPromiseRejectionTracker(promise, "handle")
                    self.pending_rejections.retain(|q| !q.ptr_eq(p));
                }
                let reject = pair.into_reaction(true);
                let task = self.reaction_task(&reject);
                self.enqueue_microtask(task, Work::Reaction(reject, r));
            }
        }
    }

    /// `Promise.prototype.then` on a native promise: returns the derived promise.
    pub fn promise_then(&mut self, p: &Obj, on_fulfilled: &Value, on_rejected: &Value) -> Value {
        let derived = self.new_promise();
        let h = |v: &Value| {
            if v.is_callable() {
                Handler::Call(v.clone())
            } else {
                Handler::Pass
            }
        };
        self.perform_then(p, h(on_fulfilled), h(on_rejected), Some(derived.clone()));
        Value::Object(derived)
    }

    /// `PromiseResolve(%Promise%, x)`: a native promise whose `constructor` is
    /// `Promise` is returned as is; anything else (also a promise whose
    /// `constructor` the program replaced) is wrapped in a new promise.
    pub fn promise_resolve(&mut self, x: Value) -> JsResult<Obj> {
        if let Value::Object(o) = &x {
            if matches!(o.borrow().kind, ObjectKind::Promise(_)) {
                if o.borrow().props.is_empty() {
                    // No own properties: `constructor` is Promise.prototype's.
                    return Ok(o.clone());
                }
                let ctor = self.get_named(&x, "constructor")?;
                if let (Some(Value::Object(promise)), Value::Object(c)) =
                    (&self.intrinsics.promise, &ctor)
                {
                    if promise.ptr_eq(c) {
                        return Ok(o.clone());
                    }
                }
            }
        }
        let p = self.new_promise();
        self.resolve_promise(&p, x)?;
        Ok(p)
    }

    /// `Invoke(p, "then", « on_fulfilled, on_rejected »)`. Built-ins that chain
    /// onto a promise they did not create (`catch`, `finally`, the
    /// combinators) read `then` as a property, so a `then` the program put on
    /// the promise (or a thenable's own) is what runs.
    pub fn invoke_then(
        &mut self,
        p: &Value,
        on_fulfilled: Value,
        on_rejected: Value,
    ) -> JsResult<Value> {
        if let Value::Object(o) = p {
            let plain =
                matches!(o.borrow().kind, ObjectKind::Promise(_)) && o.borrow().props.is_empty();
            if plain {
                // The built-in `then`, without the property lookup.
                return Ok(self.promise_then(o, &on_fulfilled, &on_rejected));
            }
        }
        let then = self.get_named(p, "then")?;
        if !then.is_callable() {
            let shown = super::collections::describe_by_type(&then);
            return Err(self.type_error(format!("{shown} is not a function")));
        }
        self.call(&then, p.clone(), vec![on_fulfilled, on_rejected])
    }

    /// A promise already rejected with `reason`.
    pub fn rejected_promise(&mut self, reason: Value) -> Obj {
        let p = self.new_promise();
        self.reject_promise(&p, reason);
        p
    }

    /// Runs one job from a queue.
    pub fn run_job(&mut self, job: Job) -> JsResult<()> {
        self.start_task(job.task);
        match job.work {
            Work::Reaction(reaction, argument) => self.reaction_job(reaction, argument),
            Work::ResolveThenable(p, thenable, then) => {
                let (resolve, reject) = self.resolving_functions(&p);
                match self.call(&then, thenable, vec![resolve, reject.clone()]) {
                    Ok(_) => Ok(()),
                    Err(Exc::Throw(e)) => self.call(&reject, Value::Undefined, vec![e]).map(|_| ()),
                    Err(halt) => Err(halt),
                }
            }
            Work::Callback(f, args) => self.call(&f, Value::Undefined, args).map(|_| ()),
        }
    }

    /// `PromiseReactionJob(reaction, argument)`.
    fn reaction_job(&mut self, reaction: Reaction, argument: Value) -> JsResult<()> {
        let result = match &reaction.handler {
            Handler::Pass if reaction.on_reject => Err(Exc::Throw(argument)),
            Handler::Pass => Ok(argument),
            Handler::Call(f) => self.call(f, Value::Undefined, vec![argument]),
            Handler::Await(cont) => return self.resume(cont, argument, reaction.on_reject),
            Handler::Unwrap => {
                if let Some(derived) = &reaction.capability {
                    self.fulfill_promise(derived, argument);
                }
                return Ok(());
            }
        };
        let Some(derived) = reaction.capability else {
            return result.map(|_| ());
        };
        match result {
            Ok(v) => self.resolve_promise(&derived, v),
            Err(Exc::Throw(e)) => {
                self.reject_promise(&derived, e);
                Ok(())
            }
            Err(halt) => Err(halt),
        }
    }
}
