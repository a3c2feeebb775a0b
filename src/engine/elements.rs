//! The elements of an array.
//!
//! A vector with a run of unused slots at its front: `shift` steps over the
//! first element and `unshift` fills slots before it, so a queue drained with
//! `shift` or filled with `unshift` costs amortized O(1) per element instead of
//! moving every other element each time. Everything else sees a plain slice.

use super::value::Value;
use std::ops::{Deref, DerefMut, Range};

/// Fewest unused front slots worth giving back: below this, compacting would
/// cost more than the memory it saves.
const MIN_COMPACT: usize = 16;

/// An array's elements (holes are [`Value::Hole`]).
#[derive(Debug, Default, Clone)]
pub struct Elements {
    /// Unused slots (`undefined`, so they keep nothing alive), then the elements.
    buf: Vec<Value>,
    /// Where the elements start in `buf`.
    head: usize,
}

impl Elements {
    /// Adds `v` at the end.
    pub fn push(&mut self, v: Value) {
        self.buf.push(v);
    }

    /// Removes the last element.
    pub fn pop(&mut self) -> Option<Value> {
        if self.is_empty() {
            return None;
        }
        self.buf.pop()
    }

    /// Removes the first element: O(1), giving back the unused front once it
    /// outgrows twice the elements (so each element is moved at most a
    /// constant number of times between compactions).
    pub fn shift(&mut self) -> Option<Value> {
        if self.is_empty() {
            return None;
        }
        let v = std::mem::replace(&mut self.buf[self.head], Value::Undefined);
        self.head += 1;
        if self.head == self.buf.len() {
            self.buf.clear();
            self.head = 0;
        } else if self.head >= MIN_COMPACT && self.head > 2 * self.len() {
            self.buf.drain(..self.head);
            self.head = 0;
        }
        Some(v)
    }

    /// Inserts `items` before the first element: amortized O(1) per element,
    /// since a lack of front room doubles it (to at least the element count).
    pub fn unshift(&mut self, items: Vec<Value>) {
        let k = items.len();
        if self.head < k {
            let room = k.max(self.len());
            let mut buf = Vec::with_capacity(room + self.len());
            buf.resize(room, Value::Undefined);
            buf.extend(self.buf.drain(self.head..));
            self.buf = buf;
            self.head = room;
        }
        self.head -= k;
        for (slot, v) in self.buf[self.head..].iter_mut().zip(items) {
            *slot = v;
        }
    }

    /// Sets the length: truncates, or pads with `fill`.
    pub fn resize(&mut self, len: usize, fill: Value) {
        self.buf.resize(self.head + len, fill);
    }

    /// Replaces the elements in `range` by `insert`, returning the removed ones.
    pub fn splice(&mut self, range: Range<usize>, insert: Vec<Value>) -> Vec<Value> {
        let at = self.head + range.start..self.head + range.end;
        self.buf.splice(at, insert).collect()
    }

    /// The elements as a vector.
    pub fn into_vec(mut self) -> Vec<Value> {
        self.buf.drain(..self.head);
        self.buf
    }
}

impl Extend<Value> for Elements {
    fn extend<I: IntoIterator<Item = Value>>(&mut self, iter: I) {
        self.buf.extend(iter);
    }
}

impl From<Vec<Value>> for Elements {
    fn from(buf: Vec<Value>) -> Elements {
        Elements { buf, head: 0 }
    }
}

impl Deref for Elements {
    type Target = [Value];

    fn deref(&self) -> &[Value] {
        &self.buf[self.head..]
    }
}

impl DerefMut for Elements {
    fn deref_mut(&mut self) -> &mut [Value] {
        &mut self.buf[self.head..]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(x: usize) -> Value {
        Value::Number(x as f64)
    }

    fn numbers(e: &Elements) -> Vec<usize> {
        e.iter()
            .map(|v| match v {
                Value::Number(x) => *x as usize,
                _ => usize::MAX,
            })
            .collect()
    }

    /// Mixed shifts, unshifts, pushes and pops agree with a `VecDeque`.
    #[test]
    fn behaves_like_a_deque() {
        let mut e = Elements::default();
        let mut model = std::collections::VecDeque::new();
        let mut next = 0;
        for step in 0..5000usize {
            match step % 7 {
                0 | 1 => {
                    e.push(n(next));
                    model.push_back(next);
                }
                2 | 3 => {
                    let got = e.shift().map(|v| numbers(&vec![v].into())[0]);
                    assert_eq!(got, model.pop_front());
                }
                4 => {
                    let items: Vec<usize> = (next..next + step % 3).collect();
                    e.unshift(items.iter().map(|x| n(*x)).collect());
                    for x in items.into_iter().rev() {
                        model.push_front(x);
                    }
                }
                5 => {
                    let got = e.pop().map(|v| numbers(&vec![v].into())[0]);
                    assert_eq!(got, model.pop_back());
                }
                _ if step % 50 == 6 => {
                    let len = e.len() / 2;
                    e.resize(len, Value::Hole);
                    model.truncate(len);
                }
                _ => {}
            }
            next += 3;
            assert_eq!(numbers(&e), model.iter().copied().collect::<Vec<_>>());
        }
        let rest = numbers(&e.clone().into_vec().into());
        assert_eq!(rest, model.into_iter().collect::<Vec<_>>());
    }

    /// A long run of shifts keeps the unused front bounded.
    #[test]
    fn shifting_gives_back_the_front() {
        let mut e: Elements = (0..1000).map(n).collect::<Vec<_>>().into();
        for _ in 0..900 {
            e.shift();
        }
        assert_eq!(e.len(), 100);
        assert!(e.head <= 2 * e.len() + 1);
        let removed = e.splice(1..3, vec![n(7)]);
        assert_eq!(numbers(&removed.into()), [901, 902]);
        assert_eq!(numbers(&e)[..3], [900, 7, 903]);
    }
}
