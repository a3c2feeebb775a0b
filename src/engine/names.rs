//! A map from names to small values for the compiler's tables (a function's
//! string constants, a scope's bindings).
//!
//! Most of these tables hold a handful of entries, and a function compiles
//! dozens of lookups into them: hashing every name and growing a hash table
//! per function cost more than the rest of compilation. So entries live in a
//! vector scanned from the end (the newest names are the likeliest), with a
//! hash index built only once a table grows past [`SCAN_LIMIT`] entries, which
//! keeps a script with hundreds of names linear.

use rustc_hash::FxHashMap as HashMap;
use std::rc::Rc;

/// Up to this many entries a linear scan beats hashing.
const SCAN_LIMIT: usize = 16;

/// Names in insertion order, each with a value.
#[derive(Debug)]
pub(super) struct NameMap<V> {
    entries: Vec<(Rc<str>, V)>,
    /// Position of each name in `entries`, kept once there are more than
    /// [`SCAN_LIMIT`] of them.
    index: Option<HashMap<Rc<str>, usize>>,
}

impl<V> Default for NameMap<V> {
    fn default() -> Self {
        NameMap {
            entries: Vec::new(),
            index: None,
        }
    }
}

impl<V> NameMap<V> {
    /// An empty map with room for `n` names before it grows.
    pub(super) fn with_capacity(n: usize) -> Self {
        NameMap {
            entries: Vec::with_capacity(n),
            index: None,
        }
    }

    /// The value of `name`, if present.
    pub(super) fn get(&self, name: &str) -> Option<&V> {
        self.position(name).map(|i| &self.entries[i].1)
    }

    /// Adds `name` (which must not be present yet) and returns its position.
    pub(super) fn push(&mut self, name: &Rc<str>, value: V) -> usize {
        let at = self.entries.len();
        self.entries.push((name.clone(), value));
        match &mut self.index {
            Some(index) => {
                index.insert(name.clone(), at);
            }
            None if self.entries.len() > SCAN_LIMIT => {
                let index = self
                    .entries
                    .iter()
                    .enumerate()
                    .map(|(i, (k, _))| (k.clone(), i))
                    .collect();
                self.index = Some(index);
            }
            None => {}
        }
        at
    }

    /// Position of `name` in insertion order, if present.
    pub(super) fn position(&self, name: &str) -> Option<usize> {
        match &self.index {
            Some(index) => index.get(name).copied(),
            None => self.entries.iter().rposition(|(k, _)| same_name(k, name)),
        }
    }

    /// The names in insertion order.
    pub(super) fn into_names(self) -> Vec<Rc<str>> {
        self.entries.into_iter().map(|(k, _)| k).collect()
    }
}

/// Name equality, checking the (usually different) lengths before the bytes
/// and skipping the bytes when both are the same allocation.
fn same_name(k: &Rc<str>, name: &str) -> bool {
    k.len() == name.len() && (std::ptr::eq(k.as_ptr(), name.as_ptr()) || **k == *name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(n: usize) -> Vec<Rc<str>> {
        (0..n).map(|i| Rc::from(format!("n{i}"))).collect()
    }

    #[test]
    fn finds_every_name_before_and_after_the_index_is_built() {
        let all = names(SCAN_LIMIT * 3);
        let mut m = NameMap::default();
        for (i, n) in all.iter().enumerate() {
            assert_eq!(m.push(n, i * 10), i);
            // Every name so far is found (by content, not only by pointer), and
            // the next one is not there yet.
            for (j, seen) in all[..=i].iter().enumerate() {
                let copy: String = seen.to_string();
                assert_eq!(m.get(&copy), Some(&(j * 10)), "{copy} after {i} pushes");
            }
            if let Some(next) = all.get(i + 1) {
                assert_eq!(m.get(next), None);
            }
        }
        assert_eq!(m.into_names(), all);
    }

    #[test]
    fn names_of_equal_length_are_told_apart() {
        let mut m = NameMap::default();
        m.push(&Rc::from("ab"), 1);
        m.push(&Rc::from("ba"), 2);
        assert_eq!(m.get("ab"), Some(&1));
        assert_eq!(m.get("ba"), Some(&2));
        assert_eq!(m.get("aa"), None);
        assert_eq!(m.position("ba"), Some(1));
    }
}
