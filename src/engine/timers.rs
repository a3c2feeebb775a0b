//! Node's timer lists and the immediate queue, in virtual time.
//!
//! Timers are kept the way Node keeps them, not as one sorted queue: one FIFO
//! list per duration, each list with an expiry and an id that is renewed when
//! the list is rescheduled. When timers of different durations fall due at the
//! same millisecond, the list order — not the creation order — decides.
//!
//! Only ref'd timers and immediates keep the event loop alive (`unref()`).
//! The counts behind that are Node's own, with their quirks: the timers' ref
//! count (`timeoutInfo[0]`), and the immediates' count and ref count
//! (`immediateInfo[kCount]`, `[kRefCount]`: wrapping 32-bit counters) with the
//! idle handle they switch on and off. `clearImmediate` of a Timeout runs
//! Node's immediate code on a timer, so it upsets all of them as in Node.

use super::event::{TaskInfo, TaskKind};
use super::value::{Obj, ObjectKind, Value};
use rustc_hash::FxHashMap as HashMap;
use std::cmp::Reverse;
use std::collections::{BTreeMap, BinaryHeap, VecDeque};

/// Node's `TIMEOUT_MAX`: larger delays become 1 ms.
pub const TIMEOUT_MAX: f64 = 2_147_483_647.0;

/// One `setTimeout` / `setInterval`.
#[derive(Debug)]
pub struct TimerRecord {
    /// The callback.
    pub callback: Value,
    /// Extra arguments for it.
    pub args: Vec<Value>,
    /// `setInterval`.
    pub repeat: bool,
    /// The list (duration in whole ms) it lives in.
    key: u64,
    /// Clock reading when it was (re)armed.
    start: u64,
    /// Whether it currently sits in its list (an interval is out of it while it runs).
    in_list: bool,
    /// Node's `_destroyed`, as `clearImmediate` sets it on a running timer:
    /// an interval so marked keeps repeating, and no longer counts for or
    /// against the timers' ref count.
    destroyed: bool,
    /// Provenance.
    pub task: TaskInfo,
    /// The macrotask (script, timer, immediate) during whose run it was created.
    created_in: TaskKind,
    /// The `Timeout` object `setTimeout` returned: `this` in the callback.
    pub handle: Obj,
}

#[derive(Debug)]
struct TimerList {
    expiry: u64,
    list_id: u64,
    queue: VecDeque<u32>,
    /// Uncleared timers in `queue`; the list goes away when it reaches zero, as in Node.
    live: usize,
}

/// One `setImmediate`.
#[derive(Debug)]
pub struct ImmediateRecord {
    /// The callback.
    pub callback: Value,
    /// Extra arguments for it.
    pub args: Vec<Value>,
    /// Provenance.
    pub task: TaskInfo,
    /// Node's `kRefed`: whether it counts in the immediates' ref count
    /// (`unref()` clears it).
    refed: bool,
    /// The `Immediate` object `setImmediate` returned: `this` in the callback.
    pub handle: Obj,
}

/// All timers and immediates of a run, and the virtual clock.
#[derive(Debug, Default)]
pub struct Timers {
    /// Virtual clock in ms.
    pub now: u64,
    records: BTreeMap<u32, TimerRecord>,
    lists: HashMap<u64, TimerList>,
    /// `(expiry, list_id, key)`, smallest first; entries of renewed or deleted lists are stale.
    heap: BinaryHeap<Reverse<(u64, u64, u64)>>,
    next_list_id: u64,
    next_id: u32,
    /// The list whose timers are being run in the current timers phase.
    current: Option<u64>,
    immediates: VecDeque<u32>,
    immediate_records: BTreeMap<u32, ImmediateRecord>,
    /// Node's `kRefed` of the Timeouts where it is not `true`: `Some(false)`
    /// after `unref()`, `None` (`null`) after `clearImmediate`. Kept after
    /// the timer ran or was cleared, as Node keeps it on the object.
    timeout_refs: HashMap<u32, Option<bool>>,
    /// Node's `timeoutInfo[0]`: Timeouts that are ref'd and not done. One
    /// that `clearImmediate` cancels stays counted for good, as in Node.
    timer_refs: usize,
    /// Node's `immediateInfo[kCount]`, a wrapping 32-bit counter: the check
    /// phase runs only while it is not zero. `clearImmediate` of a timer
    /// decrements it too, so it can say zero with immediates waiting (they
    /// then never run) or wrap around.
    immediate_count: u32,
    /// Node's `immediateInfo[kRefCount]`, the ref'd immediates, wrapping
    /// too: `clearImmediate` of a ref'd Timeout also decrements it.
    immediate_refs: u32,
    /// Whether Node's idle handle is on (`toggleImmediateRef`): it keeps the
    /// loop alive and the poll phase from waiting. It goes on when
    /// `immediate_refs` leaves zero and off when it comes back there (or
    /// when a check phase ends with it at zero), so a wrapped count can
    /// leave it on with nothing to run, or off with ref'd immediates.
    idle: bool,
}

/// What the poll phase does (libuv's poll timeout).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Poll {
    /// Goes on at once: the idle handle is on and the check phase has
    /// something to do.
    Now,
    /// Waits (or, with the idle handle on, spins) until a timer list is due
    /// at this time.
    Until(u64),
    /// Spins forever: the idle handle is on, yet no immediate will ever run
    /// and no timer is left.
    Forever,
}

/// Node's delay coercion: `Number(delay)`, then anything outside `1..=TIMEOUT_MAX`
/// (0, negatives, NaN) becomes 1, and the list key is the integer part.
pub fn timer_key(delay: f64) -> u64 {
    if (1.0..=TIMEOUT_MAX).contains(&delay) {
        delay.trunc() as u64
    } else {
        1
    }
}

impl Timers {
    /// Arms a new timer in list `key`, started now, created while `created_in` runs.
    /// Returns its id.
    pub fn add(
        &mut self,
        (callback, args): (Value, Vec<Value>),
        (key, repeat): (u64, bool),
        mut task: TaskInfo,
        created_in: TaskKind,
    ) -> u32 {
        self.next_id += 1;
        let id = self.next_id;
        task.due = Some(self.now + key);
        let start = self.now;
        self.records.insert(
            id,
            TimerRecord {
                callback,
                args,
                repeat,
                key,
                start,
                in_list: false,
                destroyed: false,
                task,
                created_in,
                handle: Obj::new(ObjectKind::Timeout(id)),
            },
        );
        self.append(id, key);
        self.timer_refs += 1;
        id
    }

    /// Node's `kRefed` of the Timeout `id` (`None` is `null`).
    fn timeout_ref(&self, id: u32) -> Option<bool> {
        self.timeout_refs.get(&id).copied().unwrap_or(Some(true))
    }

    fn set_timeout_ref(&mut self, id: u32, refed: Option<bool>) {
        match refed {
            Some(true) => self.timeout_refs.remove(&id),
            other => self.timeout_refs.insert(id, other),
        };
    }

    /// Forgets a timer that ran or was cleared: it is done, and no longer
    /// counts as ref'd.
    fn remove(&mut self, id: u32) -> Option<TimerRecord> {
        let r = self.records.remove(&id)?;
        if !r.destroyed && self.timeout_ref(id) == Some(true) {
            self.timer_refs -= 1;
        }
        Some(r)
    }

    fn append(&mut self, id: u32, key: u64) {
        let now = self.now;
        if let Some(r) = self.records.get_mut(&id) {
            r.in_list = true;
        }
        match self.lists.get_mut(&key) {
            Some(list) => {
                list.queue.push_back(id);
                list.live += 1;
            }
            None => {
                self.next_list_id += 1;
                let list_id = self.next_list_id;
                let expiry = now + key;
                self.lists.insert(
                    key,
                    TimerList {
                        expiry,
                        list_id,
                        queue: VecDeque::from([id]),
                        live: 1,
                    },
                );
                self.heap.push(Reverse((expiry, list_id, key)));
            }
        }
    }

    /// `clearTimeout` / `clearInterval`: returns the cleared timer's
    /// provenance. As Node's `unenroll`, only a ref'd timer's emptied list is
    /// deleted: an unref'd one's stays until its expiry, and so does the
    /// list of an interval `clearImmediate` marked done (Node then only
    /// drops it unrun when it comes due).
    pub fn clear(&mut self, id: u32) -> Option<TaskInfo> {
        let deletes_list = self.timeout_ref(id) == Some(true);
        let r = self.remove(id)?;
        let deletes_list = deletes_list && !r.destroyed && self.current != Some(r.key);
        if r.in_list {
            if let Some(list) = self.lists.get_mut(&r.key) {
                list.live -= 1;
                if list.live == 0 && deletes_list {
                    self.lists.remove(&r.key);
                }
            }
        }
        Some(r.task)
    }

    /// The next timer due at `now` in this timers phase, following Node's
    /// `processTimers`/`listOnTimeout`: lists by `(expiry, id)`, each list in FIFO order;
    /// a list whose head is not due yet is rescheduled and the next list is tried.
    pub fn next_due(&mut self, now: u64) -> Option<u32> {
        loop {
            let key = match self.current {
                Some(k) => k,
                None => {
                    let Reverse((expiry, list_id, key)) = *self.heap.peek()?;
                    if expiry > now {
                        return None;
                    }
                    self.heap.pop();
                    match self.lists.get(&key) {
                        Some(l) if l.list_id == list_id && l.expiry == expiry => {}
                        _ => continue, // stale entry
                    }
                    self.current = Some(key);
                    key
                }
            };
            let Some(list) = self.lists.get_mut(&key) else {
                self.current = None;
                continue;
            };
            let Some(&id) = list.queue.front() else {
                self.lists.remove(&key);
                self.current = None;
                continue;
            };
            let Some(r) = self.records.get_mut(&id) else {
                list.queue.pop_front(); // cleared
                continue;
            };
            // (Node compares `now - start < key` in doubles: a timer created
            // after the phase read its clock has a negative difference.)
            if now < r.start + key {
                list.expiry = (r.start + key).max(now + 1);
                self.next_list_id += 1;
                list.list_id = self.next_list_id;
                self.heap.push(Reverse((list.expiry, list.list_id, key)));
                self.current = None;
                continue;
            }
            list.queue.pop_front();
            list.live -= 1;
            r.in_list = false;
            return Some(id);
        }
    }

    /// The record of a timer about to run.
    pub fn get(&self, id: u32) -> Option<&TimerRecord> {
        self.records.get(&id)
    }

    /// After a timer's callback: an interval that was not cleared goes back to the
    /// end of its list, started at the time its callback began; a timeout is forgotten.
    pub fn after_run(&mut self, id: u32, began: u64) {
        let Some(r) = self.records.get_mut(&id) else {
            return;
        };
        if r.repeat {
            r.start = began;
            r.task.due = Some(began + r.key);
            let key = r.key;
            self.append(id, key);
        } else {
            self.remove(id);
        }
    }

    /// Ends the timers phase.
    pub fn end_phase(&mut self) {
        if let Some(key) = self.current.take() {
            if self.lists.get(&key).is_some_and(|l| l.live == 0) {
                self.lists.remove(&key);
            }
        }
    }

    /// The earliest expiry of any list (also of one whose timers were all
    /// cleared, if Node keeps it: its expiry still wakes the loop).
    pub fn next_expiry(&mut self) -> Option<u64> {
        while let Some(&Reverse((expiry, list_id, key))) = self.heap.peek() {
            match self.lists.get(&key) {
                Some(l) if l.list_id == list_id && l.expiry == expiry => return Some(expiry),
                _ => {
                    self.heap.pop();
                }
            }
        }
        None
    }

    /// A timer that real Node may run before the pending immediates (SEMANTICS.md
    /// §2.2 items 1–2): due 1 ms after `now` and created by the main script or an
    /// immediate, so whether it is due when the loop next looks depends on real time.
    /// (One due at `now` already is due in Node too: the clock only moves by
    /// the least real time an operation takes.)
    /// (Created in a timer callback, the check phase always comes first.) A
    /// `beforeExit` listener races the same way. Returns the timer and what
    /// created it.
    pub fn racing_immediates(&self) -> Option<(&TaskInfo, TaskKind)> {
        if !self.has_immediates() {
            return None;
        }
        self.records
            .values()
            .filter(|r| r.in_list && r.start + r.key == self.now + 1)
            .find(|r| {
                matches!(
                    r.created_in,
                    TaskKind::Script | TaskKind::Immediate | TaskKind::BeforeExitListener
                )
            })
            .map(|r| (&r.task, r.created_in))
    }

    /// Intervals still armed and not unref'd (what keeps a program alive forever).
    pub fn active_intervals(&self) -> Vec<&TaskInfo> {
        self.records
            .iter()
            .filter(|(id, r)| r.repeat && self.timeout_ref(**id) != Some(false))
            .map(|(_, r)| &r.task)
            .collect()
    }

    /// Whether the event loop is alive (libuv's `uv_loop_alive` for what
    /// jsorder models): the timer handle is ref'd (Node's ref count is not
    /// zero) with a list waiting, or the idle handle is on.
    pub fn keep_loop_alive(&self) -> bool {
        (self.timer_refs > 0 && !self.lists.is_empty()) || self.idle
    }

    /// What the poll phase does next.
    pub fn poll(&mut self) -> Poll {
        // The check phase that follows runs the immediates, or (with
        // nothing to run) turns the idle handle off.
        let check_acts =
            self.immediate_count != 0 && (self.has_immediates() || self.immediate_refs == 0);
        if self.idle && check_acts {
            return Poll::Now;
        }
        match self.next_expiry() {
            // Without the idle handle the loop waits for the timer; with it,
            // it spins until the timer is due.
            Some(t) => Poll::Until(t),
            None if self.idle => Poll::Forever,
            None => Poll::Now,
        }
    }

    /// `hasRef()` of the Timeout (or the Immediate, `immediate`) `id`
    /// (`None` is `null`). An Immediate that ran or was cleared has none; a
    /// Timeout's is `null` once `clearImmediate` cancelled it.
    pub fn has_ref(&self, id: u32, immediate: bool) -> Option<bool> {
        match immediate {
            true => Some(self.immediate_records.get(&id).is_some_and(|r| r.refed)),
            false => self.timeout_ref(id),
        }
    }

    /// `ref()` (`refed`) or `unref()` of the Timeout (or the Immediate,
    /// `immediate`) `id`, as Node's methods do. Returns the provenance of
    /// the timer or immediate when this changed a ref count.
    pub fn set_ref(&mut self, id: u32, immediate: bool, refed: bool) -> Option<TaskInfo> {
        if immediate {
            let r = self.immediate_records.get_mut(&id)?;
            if r.refed == refed {
                return None;
            }
            r.refed = refed;
            let task = r.task.clone();
            match refed {
                true => self.ref_immediate(),
                false => self.unref_immediate(),
            }
            return Some(task);
        }
        // `ref()` acts unless `kRefed` is `true`, `unref()` only when it is
        // (not when `clearImmediate` made it `null`); a done timer's flag
        // changes but no count.
        let was_refed = self.timeout_ref(id) == Some(true);
        if was_refed == refed {
            return None;
        }
        self.set_timeout_ref(id, Some(refed));
        let r = self.records.get(&id).filter(|r| !r.destroyed)?;
        match refed {
            true => self.timer_refs += 1,
            false => self.timer_refs -= 1,
        }
        Some(r.task.clone())
    }

    /// One more ref'd immediate: the idle handle goes on when the count
    /// leaves zero.
    fn ref_immediate(&mut self) {
        if self.immediate_refs == 0 {
            self.idle = true;
        }
        self.immediate_refs = self.immediate_refs.wrapping_add(1);
    }

    /// One ref'd immediate less, by `unref()` or `clearImmediate`: the idle
    /// handle goes off when the count comes back to zero.
    fn unref_immediate(&mut self) {
        self.immediate_refs = self.immediate_refs.wrapping_sub(1);
        if self.immediate_refs == 0 {
            self.idle = false;
        }
    }

    /// `setImmediate`: returns the `Immediate` object.
    pub fn add_immediate(&mut self, callback: Value, args: Vec<Value>, task: TaskInfo) -> Obj {
        self.immediate_count = self.immediate_count.wrapping_add(1);
        self.ref_immediate();
        self.next_id += 1;
        let id = self.next_id;
        let handle = Obj::new(ObjectKind::Immediate(id));
        self.immediate_records.insert(
            id,
            ImmediateRecord {
                callback,
                args,
                task,
                refed: true,
                handle: handle.clone(),
            },
        );
        self.immediates.push_back(id);
        handle
    }

    /// `clearImmediate`.
    pub fn clear_immediate(&mut self, id: u32) -> Option<TaskInfo> {
        let r = self.immediate_records.remove(&id)?;
        self.immediate_count = self.immediate_count.wrapping_sub(1);
        if r.refed {
            self.unref_immediate();
        }
        Some(r.task)
    }

    /// `clearImmediate` of a `Timeout`: Node's code runs on it as on an
    /// immediate. Unless the timer is done (ran, cleared, or so marked
    /// before), it is marked done and counted off the immediates (off their
    /// ref count too if it is ref'd, though it never was on it), its
    /// `kRefed` becomes `null`, and it is unlinked from its list, which
    /// cancels it; the list stays until its expiry. The timers' ref count
    /// keeps it for good. A timer that is running is in no list, so an
    /// interval clearing itself this way keeps repeating.
    pub fn clear_immediate_on_timer(&mut self, id: u32) -> Option<TaskInfo> {
        let r = self.records.get_mut(&id).filter(|r| !r.destroyed)?;
        r.destroyed = true;
        let (in_list, key, task) = (r.in_list, r.key, r.task.clone());
        self.immediate_count = self.immediate_count.wrapping_sub(1);
        if self.timeout_ref(id) == Some(true) {
            self.unref_immediate();
        }
        self.set_timeout_ref(id, None);
        if in_list {
            self.records.remove(&id);
            if let Some(list) = self.lists.get_mut(&key) {
                list.live -= 1;
            }
        }
        Some(task)
    }

    /// Immediates queued now: the check phase runs exactly these.
    pub fn immediate_snapshot(&mut self) -> Vec<u32> {
        self.immediates.drain(..).collect()
    }

    /// Takes an immediate to run (`None` if it was cleared).
    pub fn take_immediate(&mut self, id: u32) -> Option<ImmediateRecord> {
        let r = self.immediate_records.remove(&id)?;
        // Node's `processImmediate`: the counts go down, the idle handle
        // stays as it is until the check phase ends.
        self.immediate_count = self.immediate_count.wrapping_sub(1);
        if r.refed {
            self.immediate_refs = self.immediate_refs.wrapping_sub(1);
        }
        Some(r)
    }

    /// The end of a check phase that ran (Node's `CheckImmediate`): the idle
    /// handle goes off if the ref count is zero.
    pub fn end_check_phase(&mut self) {
        if self.immediate_refs == 0 {
            self.idle = false;
        }
    }

    /// Whether the immediate `id` still waits (was not cleared).
    pub fn is_immediate_waiting(&self, id: u32) -> bool {
        self.immediate_records.contains_key(&id)
    }

    /// Whether every waiting immediate is Node's own (queued by no line of
    /// the program: the `setImmediate(noop)` after a handled exception).
    pub fn only_node_immediates(&self) -> bool {
        self.immediates
            .iter()
            .filter_map(|id| self.immediate_records.get(id))
            .all(|r| r.task.queued_by_line == 0)
    }

    /// Whether any immediate waits.
    pub fn has_immediates(&self) -> bool {
        self.immediates
            .iter()
            .any(|id| self.immediate_records.contains_key(id))
    }

    /// Whether the check phase runs the immediate queue: Node's
    /// `CheckImmediate` returns at once while its count is zero, and then
    /// the waiting immediates do not run.
    pub fn check_phase_due(&self) -> bool {
        self.immediate_count != 0
    }

    /// Trace labels of armed timers, by due time then creation.
    pub fn waiting_labels(&self) -> Vec<String> {
        let mut v: Vec<_> = self.records.iter().filter(|(_, r)| r.in_list).collect();
        v.sort_by_key(|(_, r)| (r.start + r.key, r.task.id));
        v.iter()
            .map(|(id, r)| {
                let unref = match self.timeout_ref(**id) {
                    Some(false) => " (unref'd)",
                    _ => "",
                };
                format!("{} @{}ms{unref}", r.task.label(), r.start + r.key)
            })
            .collect()
    }

    /// Trace labels of waiting immediates.
    pub fn immediate_labels(&self) -> Vec<String> {
        self.immediates
            .iter()
            .filter_map(|id| self.immediate_records.get(id))
            .map(|r| match r.refed {
                true => r.task.label(),
                false => format!("{} (unref'd)", r.task.label()),
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::rc::Rc;

    fn task() -> TaskInfo {
        TaskInfo {
            id: 0,
            kind: TaskKind::Timeout,
            callback: Rc::from(""),
            callback_line: 0,
            queued_at_step: 0,
            queued_by_line: 0,
            turn: 0,
            due: None,
        }
    }

    fn run_all(t: &mut Timers) -> Vec<u32> {
        let mut order = Vec::new();
        loop {
            let now = t.now;
            while let Some(id) = t.next_due(now) {
                order.push(id);
                t.after_run(id, now);
            }
            t.end_phase();
            match t.next_expiry() {
                Some(e) => t.now = e.max(t.now),
                None => return order,
            }
        }
    }

    #[test]
    fn delays_coerce_like_node() {
        assert_eq!(timer_key(0.0), 1);
        assert_eq!(timer_key(-10.0), 1);
        assert_eq!(timer_key(f64::NAN), 1);
        assert_eq!(timer_key(1.9), 1);
        assert_eq!(timer_key(5.0), 5);
        assert_eq!(timer_key(3e9), 1);
    }

    #[test]
    fn shorter_delay_first_then_insertion_order() {
        let mut t = Timers::default();
        let a = t.add(
            (Value::Undefined, vec![]),
            (10, false),
            task(),
            TaskKind::Script,
        );
        let b = t.add(
            (Value::Undefined, vec![]),
            (5, false),
            task(),
            TaskKind::Script,
        );
        let c = t.add(
            (Value::Undefined, vec![]),
            (5, false),
            task(),
            TaskKind::Script,
        );
        assert_eq!(run_all(&mut t), vec![b, c, a]);
    }

    #[test]
    fn cleared_timer_never_runs_and_its_list_is_dropped() {
        let mut t = Timers::default();
        let a = t.add(
            (Value::Undefined, vec![]),
            (3, false),
            task(),
            TaskKind::Script,
        );
        let b = t.add(
            (Value::Undefined, vec![]),
            (7, false),
            task(),
            TaskKind::Script,
        );
        t.clear(a);
        assert_eq!(run_all(&mut t), vec![b]);
        assert_eq!(t.now, 7);
    }
}
