//! A learner's predicted output: reading it from text or JSON, and the
//! normalisations a person would not call a difference.
//!
//! Normalisation is conservative: it removes what a person would not call a
//! difference (line endings, a BOM, trailing spaces, blank lines at the ends,
//! numbering or quotes used on *every* line) and records each one it applied,
//! so reports can say so. Anything else is kept and graded.

use serde::Serialize;

/// Largest answer accepted, in bytes.
pub const MAX_ANSWER_BYTES: usize = 1 << 20;
/// Most lines accepted in one answer.
pub const MAX_ANSWER_LINES: usize = 10_000;

/// One normalisation that was applied to an answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Normalisation {
    /// A UTF-8 byte-order mark was removed.
    Bom,
    /// Windows line endings (CRLF or CR) were read as line ends.
    LineEndings,
    /// Spaces or tabs at the end of lines were removed.
    TrailingSpace,
    /// Blank lines before the first or after the last line were removed.
    BlankEnds,
    /// Leading numbering (`1.`, `2)`) on every line was removed.
    Numbering,
    /// Quotes around every line were removed.
    Quotes,
    /// The answer was a JSON array of strings.
    JsonArray,
}

impl Normalisation {
    /// Words for reports: "removed trailing spaces".
    pub fn describe(self) -> &'static str {
        match self {
            Normalisation::Bom => "removed a byte-order mark",
            Normalisation::LineEndings => "read Windows line endings",
            Normalisation::TrailingSpace => "removed trailing spaces",
            Normalisation::BlankEnds => "removed blank lines at the start or end",
            Normalisation::Numbering => "removed line numbering",
            Normalisation::Quotes => "removed quotes around lines",
            Normalisation::JsonArray => "read a JSON array of strings",
        }
    }
}

/// Why an answer could not be read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum AnswerError {
    /// No file was found for this puzzle.
    #[error("no answer submitted")]
    Missing,
    /// The file holds nothing but whitespace.
    #[error("the answer is empty")]
    Empty,
    /// The file is larger than [`MAX_ANSWER_BYTES`] or has more than [`MAX_ANSWER_LINES`] lines.
    #[error("the answer is too large ({what}; at most 1 MiB and 10000 lines)")]
    TooLarge {
        /// What exceeded the limit.
        what: String,
    },
    /// The file is not UTF-8 text or holds control characters.
    #[error("the answer is not text ({reason})")]
    Binary {
        /// What gave it away.
        reason: String,
    },
    /// A `.json` answer that is not an array of strings.
    #[error("the answer is not a JSON array of strings: {reason}")]
    Malformed {
        /// The parser's complaint.
        reason: String,
    },
    /// The file exists but cannot be read.
    #[error("cannot read the answer: {reason}")]
    Unreadable {
        /// The I/O error.
        reason: String,
    },
}

/// A predicted output, one entry per line, after normalisation.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Answer {
    /// The predicted lines.
    pub lines: Vec<String>,
    /// The normalisations applied, in a fixed order, each at most once.
    pub normalised: Vec<Normalisation>,
}

impl Answer {
    /// An answer given directly as lines (no normalisation).
    pub fn from_lines<S: Into<String>>(lines: impl IntoIterator<Item = S>) -> Answer {
        Answer {
            lines: lines.into_iter().map(Into::into).collect(),
            normalised: Vec::new(),
        }
    }

    /// Reads an answer from raw bytes: a JSON array of strings if the text is one
    /// (required when `json` is true), otherwise one predicted line per line.
    pub fn from_bytes(bytes: &[u8], json: bool) -> Result<Answer, AnswerError> {
        if bytes.len() > MAX_ANSWER_BYTES {
            return Err(AnswerError::TooLarge {
                what: format!("{} bytes", bytes.len()),
            });
        }
        let text = std::str::from_utf8(bytes).map_err(|e| AnswerError::Binary {
            reason: format!("invalid UTF-8 at byte {}", e.valid_up_to()),
        })?;
        if let Some(c) = text.chars().find(|c| is_binary_char(*c)) {
            return Err(AnswerError::Binary {
                reason: format!("control character U+{:04X}", u32::from(c)),
            });
        }
        Answer::parse(text, json)
    }

    /// Reads an answer from text; see [`Answer::from_bytes`].
    pub fn parse(text: &str, json: bool) -> Result<Answer, AnswerError> {
        let mut notes = Vec::new();
        let text = match text.strip_prefix('\u{feff}') {
            Some(t) => {
                notes.push(Normalisation::Bom);
                t
            }
            None => text,
        };
        let raw = if json || text.trim_start().starts_with('[') {
            match parse_json(text) {
                Ok(v) => {
                    notes.push(Normalisation::JsonArray);
                    v
                }
                Err(reason) if json => return Err(AnswerError::Malformed { reason }),
                Err(_) => split_lines(text, &mut notes),
            }
        } else {
            split_lines(text, &mut notes)
        };
        let answer = normalise(raw, notes);
        if answer.lines.is_empty() {
            return Err(AnswerError::Empty);
        }
        if answer.lines.len() > MAX_ANSWER_LINES {
            return Err(AnswerError::TooLarge {
                what: format!("{} lines", answer.lines.len()),
            });
        }
        Ok(answer)
    }
}

fn is_binary_char(c: char) -> bool {
    c.is_control() && !matches!(c, '\n' | '\r' | '\t')
}

fn parse_json(text: &str) -> Result<Vec<String>, String> {
    serde_json::from_str::<Vec<String>>(text).map_err(|e| e.to_string())
}

fn split_lines(text: &str, notes: &mut Vec<Normalisation>) -> Vec<String> {
    if text.contains('\r') {
        notes.push(Normalisation::LineEndings);
    }
    text.replace("\r\n", "\n")
        .replace('\r', "\n")
        .split('\n')
        .map(str::to_string)
        .collect()
}

/// Applies the line-level normalisations to raw lines.
fn normalise(mut lines: Vec<String>, mut notes: Vec<Normalisation>) -> Answer {
    if trim_trailing(&mut lines) {
        notes.push(Normalisation::TrailingSpace);
    }
    if trim_blank_ends(&mut lines) {
        notes.push(Normalisation::BlankEnds);
    }
    if strip_numbering(&mut lines) {
        notes.push(Normalisation::Numbering);
    }
    if strip_quotes(&mut lines) {
        notes.push(Normalisation::Quotes);
    }
    notes.sort();
    notes.dedup();
    Answer {
        lines,
        normalised: notes,
    }
}

fn trim_trailing(lines: &mut [String]) -> bool {
    let mut changed = false;
    for l in lines.iter_mut() {
        let t = l.trim_end().len();
        if t < l.len() {
            l.truncate(t);
            changed = true;
        }
    }
    changed
}

/// Removes empty lines at both ends; returns whether any (other than the final newline) were removed.
pub(crate) fn trim_blank_ends(lines: &mut Vec<String>) -> bool {
    let before = lines.len();
    let final_newline = lines.last().is_some_and(String::is_empty);
    while lines.last().is_some_and(String::is_empty) {
        lines.pop();
    }
    let lead = lines.iter().take_while(|l| l.is_empty()).count();
    lines.drain(..lead);
    before - lines.len() > usize::from(final_newline)
}

/// `1. x`, `2) y`, numbered 1, 2, 3… on every line.
fn strip_numbering(lines: &mut [String]) -> bool {
    if lines.is_empty() {
        return false;
    }
    let mut stripped = Vec::with_capacity(lines.len());
    for (i, l) in lines.iter().enumerate() {
        match numbered(l) {
            Some((n, rest)) if n == i + 1 => stripped.push(rest.to_string()),
            _ => return false,
        }
    }
    for (l, s) in lines.iter_mut().zip(stripped) {
        *l = s;
    }
    true
}

fn numbered(line: &str) -> Option<(usize, &str)> {
    let t = line.trim_start();
    let digits = t.len() - t.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let n = t[..digits].parse().ok()?;
    let rest = t[digits..].strip_prefix(['.', ')', ':'])?;
    Some((n, rest.trim_start()))
}

/// `'x'`, `"x"` or `` `x` `` around every line.
fn strip_quotes(lines: &mut [String]) -> bool {
    if lines.is_empty() || !lines.iter().all(|l| quoted(l).is_some()) {
        return false;
    }
    for l in lines.iter_mut() {
        *l = quoted(l).unwrap_or(l).to_string();
    }
    true
}

fn quoted(line: &str) -> Option<&str> {
    let t = line.trim();
    ['\'', '"', '`'].into_iter().find_map(|q| {
        let inner = t.strip_prefix(q)?.strip_suffix(q)?;
        (!inner.contains(q)).then_some(inner)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Answer {
        Answer::parse(text, false).expect("valid answer")
    }

    #[test]
    fn plain_text_needs_no_normalisation() {
        let a = lines("a\nb\n");
        assert_eq!(a.lines, ["a", "b"]);
        assert!(a.normalised.is_empty());
    }

    #[test]
    fn crlf_bom_trailing_spaces_and_blank_ends_are_normalised() {
        let a = lines("\u{feff}\n\na  \r\nb\t\r\n\r\n\r\n");
        assert_eq!(a.lines, ["a", "b"]);
        use Normalisation::*;
        assert_eq!(a.normalised, [Bom, LineEndings, TrailingSpace, BlankEnds]);
    }

    #[test]
    fn blank_lines_inside_are_kept() {
        assert_eq!(lines("a\n\nb").lines, ["a", "", "b"]);
    }

    #[test]
    fn numbering_is_removed_only_when_every_line_is_numbered_in_order() {
        let a = lines("1. sync\n2) micro\n3: macro\n");
        assert_eq!(a.lines, ["sync", "micro", "macro"]);
        assert_eq!(a.normalised, [Normalisation::Numbering]);
        assert_eq!(lines("1. a\nb").lines, ["1. a", "b"]);
        assert_eq!(lines("2. a\n1. b").lines, ["2. a", "1. b"]);
    }

    #[test]
    fn quotes_are_removed_only_when_every_line_is_quoted() {
        let a = lines("'a'\n\"b\"\n`c`");
        assert_eq!(a.lines, ["a", "b", "c"]);
        assert_eq!(lines("'a'\nb").lines, ["'a'", "b"]);
    }

    #[test]
    fn numbered_and_quoted() {
        assert_eq!(lines("1. 'a'\n2. 'b'").lines, ["a", "b"]);
    }

    #[test]
    fn json_array_is_accepted() {
        let a = lines("[\"a\", \"b \"]");
        assert_eq!(a.lines, ["a", "b"]);
        assert!(a.normalised.contains(&Normalisation::JsonArray));
    }

    #[test]
    fn a_line_that_only_looks_like_json_is_text() {
        assert_eq!(lines("[ 1, 2 ]\nx").lines, ["[ 1, 2 ]", "x"]);
    }

    #[test]
    fn bad_inputs_are_refused_with_a_reason() {
        assert_eq!(Answer::parse(" \n\n", false), Err(AnswerError::Empty));
        assert!(matches!(
            Answer::from_bytes(&[0xff, 0xfe, 0], false),
            Err(AnswerError::Binary { .. })
        ));
        assert!(matches!(
            Answer::from_bytes(b"a\0b", false),
            Err(AnswerError::Binary { .. })
        ));
        assert!(matches!(
            Answer::from_bytes(&vec![b'a'; MAX_ANSWER_BYTES + 1], false),
            Err(AnswerError::TooLarge { .. })
        ));
        assert!(matches!(
            Answer::parse("[1, 2", true),
            Err(AnswerError::Malformed { .. })
        ));
    }
}
