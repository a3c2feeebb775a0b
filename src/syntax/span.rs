//! Byte-offset spans and the line index that turns them into line:column.
//!
//! A span is two `u32` offsets and is `Copy`; line and column are computed only
//! when something is reported, through [`LineIndex`].

use serde::Serialize;

/// A half-open byte range `[start, end)` into one source file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize)]
pub struct Span {
    /// First byte of the node.
    pub start: u32,
    /// One past the last byte of the node.
    pub end: u32,
}

impl Span {
    /// A span from byte offsets (saturating at `u32::MAX`).
    pub fn new(start: usize, end: usize) -> Span {
        let clamp = |v: usize| u32::try_from(v).unwrap_or(u32::MAX);
        Span {
            start: clamp(start),
            end: clamp(end),
        }
    }

    /// The smallest span covering both.
    pub fn to(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }
}

/// Maps byte offsets to 1-based line and column numbers.
#[derive(Debug, Clone)]
pub struct LineIndex {
    line_starts: Vec<u32>,
}

impl LineIndex {
    /// Indexes the line starts of `source` once.
    pub fn new(source: &str) -> LineIndex {
        // `memchr` scans many bytes per instruction: every run compiles its
        // program and indexes its lines, so this is on every puzzle's path.
        let newlines = memchr::memchr_iter(b'\n', source.as_bytes()).map(|i| i as u32 + 1);
        LineIndex {
            line_starts: std::iter::once(0).chain(newlines).collect(),
        }
    }

    /// 1-based line and column (in characters) of byte `offset` in `source`.
    pub fn line_col(&self, source: &str, offset: u32) -> (usize, usize) {
        let line = match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let start = self.line_starts[line] as usize;
        let end = (offset as usize).min(source.len());
        let col = source
            .get(start..end)
            .map_or(end - start, |s| s.chars().count());
        (line + 1, col + 1)
    }

    /// 1-based line of byte `offset`.
    pub fn line(&self, offset: u32) -> usize {
        self.line_starts.partition_point(|&s| s <= offset)
    }

    /// 1-based line of the start of each span. The compiler asks for the
    /// line of every instruction it emits, mostly in increasing order, so
    /// each lookup tries the previous span's line and the next one first.
    pub fn lines_of_spans(&self, spans: &[Span]) -> Vec<u32> {
        let mut line = 1;
        spans
            .iter()
            .map(|sp| {
                line = self.line_near(line, sp.start);
                line as u32
            })
            .collect()
    }

    /// [`LineIndex::line`], looking first at line `near` and the one after it.
    fn line_near(&self, near: usize, offset: u32) -> usize {
        let starts_before =
            |line: usize| self.line_starts.get(line - 1).is_some_and(|&s| s <= offset);
        let ends_after = |line: usize| self.line_starts.get(line).is_none_or(|&s| offset < s);
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
    fn line_col_counts_from_one() {
        let src = "ab\ncd\n\nx";
        let idx = LineIndex::new(src);
        assert_eq!(idx.line_col(src, 0), (1, 1));
        assert_eq!(idx.line_col(src, 4), (2, 2));
        assert_eq!(idx.line_col(src, 6), (3, 1));
        assert_eq!(idx.line_col(src, 7), (4, 1));
        assert_eq!(idx.line(7), 4);
    }

    #[test]
    fn lines_of_spans_match_a_plain_count_in_any_order() {
        let src = "a\nbb\n\nccc\nd";
        let idx = LineIndex::new(src);
        let count = |offset: usize| src[..offset].matches('\n').count() + 1;
        let offsets = [0, 1, 2, 4, 5, 6, 9, 10, 11, 3, 0, 11, 6, 7];
        let spans: Vec<Span> = offsets.iter().map(|&o| Span::new(o, o)).collect();
        let expected: Vec<u32> = offsets.iter().map(|&o| count(o) as u32).collect();
        assert_eq!(idx.lines_of_spans(&spans), expected);
        for o in 0..=src.len() {
            assert_eq!(idx.line(o as u32), count(o), "offset {o}");
        }
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        let src = "'é' + x";
        let idx = LineIndex::new(src);
        assert_eq!(idx.line_col(src, 5), (1, 5));
    }
}
