//! One error type for everything that points into a source file.
//!
//! Parse errors, refused constructs and runtime limits all become a
//! [`Diagnostic`]; [`Diagnostic::render`] draws it with a caret under the span,
//! in colour only when asked to (the CLI asks only on a terminal).

use crate::syntax::span::{LineIndex, Span};
use serde::Serialize;
use std::fmt::Write as _;

/// A message about a place in a source file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// One line saying what is wrong, e.g. "`class` declarations are not supported".
    pub message: String,
    /// Where; `None` for problems that belong to the whole file.
    pub span: Option<Span>,
    /// An optional suggestion, e.g. "write `function sync1()`".
    pub help: Option<String>,
}

/// Most characters of a source line a rendered diagnostic shows.
pub const WINDOW: usize = 100;

/// Characters shown before the column when a long line is cut.
const WINDOW_BEFORE: usize = 40;

impl Diagnostic {
    /// A diagnostic at `span`.
    pub fn new(message: impl Into<String>, span: Span) -> Diagnostic {
        Diagnostic {
            message: message.into(),
            span: Some(span),
            help: None,
        }
    }

    /// A diagnostic about the whole input.
    pub fn whole_file(message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            message: message.into(),
            span: None,
            help: None,
        }
    }

    /// Adds a help line.
    pub fn with_help(mut self, help: impl Into<String>) -> Diagnostic {
        self.help = Some(help.into());
        self
    }

    /// 1-based line and column of the start of the span.
    pub fn line_col(&self, source: &str) -> Option<(usize, usize)> {
        let span = self.span?;
        Some(LineIndex::new(source).line_col(source, span.start))
    }

    /// Renders the diagnostic rustc-style (a line longer than [`WINDOW`]
    /// characters is shown around the column, cut with `…`):
    ///
    /// ```text
    /// error: expected `)` but found `;`
    ///  --> puzzles/007-await.js:3:18
    ///   |
    /// 3 |   console.log("A";
    ///   |                  ^
    ///   = help: close the call with `)`
    /// ```
    pub fn render(&self, path: &str, source: &str, color: bool) -> String {
        let (red, blue, bold, reset) = if color {
            ("\x1b[31;1m", "\x1b[34;1m", "\x1b[1m", "\x1b[0m")
        } else {
            ("", "", "", "")
        };
        let mut out = String::new();
        let _ = writeln!(out, "{red}error{reset}{bold}: {}{reset}", self.message);
        let Some(span) = self.span else {
            let _ = writeln!(out, " {blue}-->{reset} {path}");
            if let Some(help) = &self.help {
                let _ = writeln!(out, "  {blue}={reset} help: {help}");
            }
            return out;
        };
        let index = LineIndex::new(source);
        let (line, col) = index.line_col(source, span.start);
        let text = source.lines().nth(line - 1).unwrap_or("");
        let gutter = line.to_string().len();
        let pad = " ".repeat(gutter);
        // The caret covers the span on its first line, at least one column wide.
        let line_chars = text.chars().count();
        let span_chars = source
            .get(span.start as usize..span.end.max(span.start) as usize)
            .map_or(1, |s| s.lines().next().map_or(1, |l| l.chars().count()));
        let width = span_chars.clamp(1, (line_chars + 1).saturating_sub(col - 1).max(1));
        // A long line (minified code) is cut to a window around the column.
        let first = (col - 1).saturating_sub(WINDOW_BEFORE);
        let shown: String = text.chars().skip(first).take(WINDOW).collect();
        let cut_before = if first > 0 { "…" } else { "" };
        let cut_after = if first + WINDOW < line_chars {
            "…"
        } else {
            ""
        };
        let at = col - 1 - first + cut_before.chars().count();
        let width = width.min(WINDOW + 1 - (col - 1 - first));
        let caret = format!("{}{}", " ".repeat(at), "^".repeat(width));
        let _ = writeln!(out, "{pad}{blue}-->{reset} {path}:{line}:{col}");
        let _ = writeln!(out, "{pad} {blue}|{reset}");
        let _ = writeln!(
            out,
            "{blue}{line}{reset} {blue}|{reset} {cut_before}{}{cut_after}",
            shown.replace('\t', " ")
        );
        let _ = writeln!(out, "{pad} {blue}|{reset} {red}{caret}{reset}");
        if let Some(help) = &self.help {
            let _ = writeln!(out, "{pad} {blue}={reset} help: {help}");
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_line_is_cut_around_the_column() {
        let src = format!("{}class A {{}}{}", "x;".repeat(100), "y;".repeat(100));
        let d = Diagnostic::new(
            "`class` declarations are not supported",
            Span::new(200, 205),
        );
        let text = d.render("x.js", &src, false);
        let lines: Vec<&str> = text.lines().collect();
        let shown = lines[3].strip_prefix("1 | ").unwrap();
        assert!(shown.starts_with('…') && shown.ends_with('…'));
        assert_eq!(shown.chars().count(), WINDOW + 2);
        let caret = lines[4].strip_prefix("  | ").unwrap();
        let column = caret.find('^').unwrap();
        let under: String = shown.chars().skip(column).take(5).collect();
        assert_eq!(under, "class");
        assert_eq!(caret.trim_start(), "^^^^^");
    }

    #[test]
    fn renders_caret_under_span() {
        let src = "let a = 1;\nclass A {}\n";
        let d = Diagnostic::new("`class` declarations are not supported", Span::new(11, 16))
            .with_help("use functions and objects instead");
        let text = d.render("x.js", src, false);
        assert_eq!(
            text,
            "error: `class` declarations are not supported\n --> x.js:2:1\n  |\n2 | class A {}\n  | ^^^^^\n  = help: use functions and objects instead\n"
        );
    }
}
