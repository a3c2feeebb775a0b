//! The line table of compiled code: the 1-based source line of every
//! instruction, which provenance and the trace read at each step.
//!
//! The compiler asks for the line of every instruction it emits, in mostly
//! increasing order, so lookups start from the line of the previous one and
//! only binary-search on a jump backwards or far ahead.

use crate::syntax::span::Span;

/// Where each line of one source text starts.
pub(super) struct Lines {
    /// Byte offset of the start of each line; the first is 0.
    starts: Vec<u32>,
}

impl Lines {
    /// Indexes the line starts of `source`.
    pub(super) fn new(source: &str) -> Lines {
        // `memchr` scans many bytes per instruction: every run compiles, so
        // this is on the path of every puzzle.
        let newlines = memchr::memchr_iter(b'\n', source.as_bytes()).map(|i| i as u32 + 1);
        Lines {
            starts: std::iter::once(0).chain(newlines).collect(),
        }
    }

    /// 1-based line of byte `offset`.
    pub(super) fn line(&self, offset: u32) -> u32 {
        self.starts.partition_point(|&s| s <= offset) as u32
    }

    /// 1-based line of the start of each span.
    pub(super) fn of_spans(&self, spans: &[Span]) -> Vec<u32> {
        let mut line = 1;
        spans
            .iter()
            .map(|sp| {
                line = self.line_near(line, sp.start);
                line
            })
            .collect()
    }

    /// [`Lines::line`], looking first at line `near` and the one after it.
    fn line_near(&self, near: u32, offset: u32) -> u32 {
        let starts_before = |line: u32| {
            self.starts
                .get(line as usize - 1)
                .is_some_and(|&s| s <= offset)
        };
        let ends_after = |line: u32| self.starts.get(line as usize).is_none_or(|&s| offset < s);
        if starts_before(near) && ends_after(near) {
            near
        } else if starts_before(near + 1) && ends_after(near + 1) {
            near + 1
        } else {
            self.line(offset)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_of_spans_match_a_plain_count_in_any_order() {
        let src = "a\nbb\n\nccc\nd";
        let lines = Lines::new(src);
        let count = |offset: usize| src[..offset].matches('\n').count() as u32 + 1;
        let offsets = [0, 1, 2, 4, 5, 6, 9, 10, 11, 3, 0, 11, 6, 7];
        let spans: Vec<Span> = offsets.iter().map(|&o| Span::new(o, o)).collect();
        let expected: Vec<u32> = offsets.iter().map(|&o| count(o)).collect();
        assert_eq!(lines.of_spans(&spans), expected);
        for o in 0..=src.len() {
            assert_eq!(lines.line(o as u32), count(o), "offset {o}");
        }
    }
}
