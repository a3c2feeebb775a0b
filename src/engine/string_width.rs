//! Columns a string occupies on a terminal, as Node's `getStringWidth`
//! measures them when it lines up array items in columns. Node is built
//! with ICU, so the widths are ICU's: East Asian wide and fullwidth
//! characters count 2, control and format characters and non-spacing or
//! enclosing marks 0, the rest 1 (the table is read from node itself).

use super::string_width_table::WIDTHS;

/// Node's `getStringWidth(str)`: the ASCII prefix costs a column a
/// printable character, the rest goes to ICU. (Node first normalizes that
/// rest to NFC, which changes the count only for sequences that compose
/// into one character of another width, such as Hangul jamo; jsorder does
/// not.)
pub(super) fn string_width(s: &str) -> usize {
    let ascii = s.bytes().take_while(|&b| b < 0x7f).count();
    let prefix = s.as_bytes()[..ascii].iter().filter(|&&b| b >= 0x20).count();
    prefix + icu_width(&s[ascii..])
}

/// ICU's column count (`GetStringWidth`, which Node asks to count each
/// code point of an emoji sequence on its own).
fn icu_width(s: &str) -> usize {
    s.chars().map(|c| usize::from(column_width(c as u32))).sum()
}

/// The width of one code point.
fn column_width(code: u32) -> u8 {
    match WIDTHS.binary_search_by(|&(first, last, _)| {
        if last < code {
            std::cmp::Ordering::Less
        } else if first > code {
            std::cmp::Ordering::Greater
        } else {
            std::cmp::Ordering::Equal
        }
    }) {
        Ok(i) => WIDTHS[i].2,
        Err(_) => 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_match_node() {
        // Each expected width is Node v20's getStringWidth of the string.
        for (s, width) in [
            ("abc", 3),
            ("\u{7}a", 1),
            ("é", 1),
            ("e\u{301}", 1),
            ("\u{a0}", 1),
            ("\u{200b}", 0),
            ("\u{feff}x", 1),
            ("a\u{2028}b", 3),
            ("✅ ok", 5),
            ("⚡", 2),
            ("日本", 4),
            ("ｱ", 1),
            ("😀", 2),
            ("שָׁלוֹם", 4),
            ("👨\u{200d}👩", 4),
        ] {
            assert_eq!(string_width(s), width, "{s:?}");
        }
    }
}
