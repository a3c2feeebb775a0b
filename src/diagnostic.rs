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

    /// Renders the diagnostic rustc-style:
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
        let caret = format!("{}{}", " ".repeat(col - 1), "^".repeat(width));
        let _ = writeln!(out, "{pad}{blue}-->{reset} {path}:{line}:{col}");
        let _ = writeln!(out, "{pad} {blue}|{reset}");
        let _ = writeln!(
            out,
            "{blue}{line}{reset} {blue}|{reset} {}",
            text.replace('\t', " ")
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
