//! Turns pest's parse errors into learner-friendly diagnostics.
//!
//! pest reports the furthest position it reached and the rules it tried
//! there. This module names those rules in English ("expected `)`", "expected
//! an expression"), names what was found instead, recognises lexical mistakes
//! (unterminated strings and comments, stray characters) and, when the
//! problem is that a line ended too early, points at the end of that line.

use super::grammar::Rule;
use super::span::Span;
use crate::diagnostic::Diagnostic;
use pest::error::{Error, ErrorVariant, InputLocation};

/// Converts a pest error on `source` into a [`Diagnostic`].
pub fn from_pest(source: &str, err: &Error<Rule>) -> Diagnostic {
    let pos = match err.location {
        InputLocation::Pos(p) => p,
        InputLocation::Span((start, _)) => start,
    }
    .min(source.len());
    match &err.variant {
        ErrorVariant::CustomError { message } => limit_error(message, pos),
        ErrorVariant::ParsingError { positives, .. } => syntax_error(source, pos, positives),
    }
}

/// pest's own resource limits (stack depth, call budget).
fn limit_error(message: &str, pos: usize) -> Diagnostic {
    let span = Span::new(pos, pos + 1);
    if message.contains("stack") {
        Diagnostic::new("nesting is too deep to parse", span)
            .with_help("split deeply nested code into smaller functions")
    } else {
        Diagnostic::new("this program is too complex to parse", span)
            .with_help("simplify the code around here: deeply nested arrow functions and default parameters make parsing slow")
    }
}

fn syntax_error(source: &str, pos: usize, positives: &[Rule]) -> Diagnostic {
    let pos = skip_trivia(source, pos);
    if let Some(d) = lexical_error(source, pos) {
        return d;
    }
    if pos == source.len() {
        if let Some(d) = unclosed_at_end(source) {
            return d;
        }
    }
    let expected = expected_list(positives);
    let found = token_at(source, pos);
    if found.text.chars().next().is_some_and(is_ident_start)
        && RESERVED.contains(&found.text)
        && expected.contains(&"a name")
    {
        return Diagnostic::new(
            format!(
                "`{}` is a reserved word and cannot be used as a name",
                found.text
            ),
            found.span,
        )
        .with_help("pick a different name");
    }
    let wanted = join_or(&expected);
    let prev_end = prev_token_end(source, pos);
    let broke_line = source[prev_end..pos].contains(['\n', '\r', '\u{2028}', '\u{2029}']);
    if broke_line && !expected.is_empty() && pos < source.len() {
        // The line ended before the construct did: point at the line's end.
        let message = match prev_token_text(source, prev_end) {
            Some(prev) => format!("expected {wanted} after `{prev}`"),
            None => format!("expected {wanted}"),
        };
        let d = Diagnostic::new(message, Span::new(prev_end, prev_end));
        let closer = expected.iter().any(|e| matches!(*e, "`)`" | "`]`" | "`,`"));
        return if closer {
            d.with_help(format!(
                "the next line starts with {}, which cannot continue this line",
                found.describe()
            ))
        } else {
            d
        };
    }
    let message = if expected.is_empty() {
        format!("unexpected {}", found.describe())
    } else {
        format!("expected {wanted} but found {}", found.describe())
    };
    let d = Diagnostic::new(message, found.span);
    let starts_operand = found
        .text
        .starts_with(|c: char| is_ident_char(c) || matches!(c, '\'' | '"' | '`'));
    if expected.contains(&"`;`") && starts_operand {
        d.with_help("end the statement with `;` or a line break")
    } else {
        d
    }
}

/// Skips whitespace and complete comments forward from `pos`.
pub(super) fn skip_trivia(source: &str, mut pos: usize) -> usize {
    loop {
        let rest = &source[pos..];
        let trimmed = rest.trim_start();
        pos += rest.len() - trimmed.len();
        if trimmed.starts_with("//") {
            pos += trimmed.find(['\n', '\r']).unwrap_or(trimmed.len());
        } else if let Some(end) = trimmed.strip_prefix("/*").and_then(|t| t.find("*/")) {
            pos += end + 4;
        } else {
            return pos;
        }
    }
}

/// At the end of input, the innermost bracket or template still open.
fn unclosed_at_end(source: &str) -> Option<Diagnostic> {
    let (at, opener) = innermost_unclosed(source)?;
    let d = match opener {
        b'`' => Diagnostic::new("unterminated template literal", Span::new(at, at + 1))
            .with_help("close it with a backtick (`)"),
        b'$' => Diagnostic::new("this `${` is never closed", Span::new(at, at + 2))
            .with_help("add the matching `}`"),
        _ => {
            let (open, close) = match opener {
                b'(' => ('(', ')'),
                b'[' => ('[', ']'),
                _ => ('{', '}'),
            };
            Diagnostic::new(
                format!("this `{open}` is never closed"),
                Span::new(at, at + 1),
            )
            .with_help(format!("add the matching `{close}`"))
        }
    };
    Some(d)
}

/// Tracks brackets, templates and `${` with a stack (strings and comments skipped).
fn innermost_unclosed(source: &str) -> Option<(usize, u8)> {
    let b = source.as_bytes();
    let mut stack: Vec<(usize, u8)> = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if stack.last().is_some_and(|t| t.1 == b'`') {
            match b[i] {
                b'\\' => i += 1,
                b'`' => {
                    stack.pop();
                }
                b'$' if b.get(i + 1) == Some(&b'{') => {
                    stack.push((i, b'$'));
                    i += 1;
                }
                _ => {}
            }
            i += 1;
            continue;
        }
        match b[i] {
            b'(' | b'[' | b'{' | b'`' => stack.push((i, b[i])),
            b')' | b']' | b'}' => {
                stack.pop();
            }
            b'/' if b.get(i + 1) == Some(&b'/') => {
                i += source[i..].find('\n').unwrap_or(source.len() - i);
            }
            b'/' if b.get(i + 1) == Some(&b'*') => {
                i += source[i..].find("*/").map_or(source.len() - i, |e| e + 1);
            }
            q @ (b'\'' | b'"') => {
                i += 1;
                while i < b.len() && b[i] != q && b[i] != b'\n' {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
            }
            _ => {}
        }
        i += 1;
    }
    stack.last().copied()
}

/// Mistakes best explained by the characters at `pos`.
fn lexical_error(source: &str, pos: usize) -> Option<Diagnostic> {
    let rest = &source[pos..];
    let line_end = rest.find(['\n', '\r']).map_or(source.len(), |i| pos + i);
    let first = rest.chars().next()?;
    if (first == '\'' || first == '"') && !string_closes(rest, first) {
        return Some(
            Diagnostic::new("unterminated string literal", Span::new(pos, line_end))
                .with_help("close the string on the same line; use a template literal (`…`) for text spanning lines"),
        );
    }
    if rest.starts_with("/*") && !rest.contains("*/") {
        return Some(
            Diagnostic::new("unterminated comment", Span::new(pos, pos + 2))
                .with_help("close it with `*/`"),
        );
    }
    let known = is_ident_char(first)
        || first.is_whitespace()
        || "{}()[];,.<>+-*/%&|^!~?:=\"'`#@\\".contains(first);
    if !known || first == '@' || first == '\\' {
        return Some(Diagnostic::new(
            format!("unexpected character `{first}`"),
            Span::new(pos, pos + first.len_utf8()),
        ));
    }
    None
}

/// Whether a string starting at `rest[0]` closes before the end of its line.
fn string_closes(rest: &str, quote: char) -> bool {
    let mut chars = rest.chars().skip(1);
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                chars.next();
            }
            '\n' | '\r' => return false,
            c if c == quote => return true,
            _ => {}
        }
    }
    false
}

// ============================================================================
// Naming what was expected
// ============================================================================

/// Descriptions in the order they are listed in messages.
const ORDER: &[&str] = &[
    "a `case` or `default` clause",
    "`;`",
    "`,`",
    "`:`",
    "`)`",
    "`]`",
    "`}`",
    "`=>`",
    "`=`",
    "`(`",
    "`{`",
    "`catch` or `finally`",
    "`while`",
    "`of`",
    "`let`, `const` or `var`",
    "a name",
    "a property name",
    "a property",
    "a statement",
    "an expression",
    "an operator",
    "end of input",
];

fn describe(rule: Rule) -> Option<&'static str> {
    use Rule::*;
    Some(match rule {
        semi => "`;`",
        comma => "`,`",
        colon => "`:`",
        lparen | params | arguments => "`(`",
        rparen => "`)`",
        lbrace | block => "`{`",
        rbrace => "`}`",
        rbracket => "`]`",
        arrow_tok => "`=>`",
        eq_tok => "`=`",
        kw_catch | catch_clause | kw_finally | finally_clause => "`catch` or `finally`",
        kw_while => "`while`",
        kw_case | kw_default | switch_case => "a `case` or `default` clause",
        program | kw_async | kw_break | kw_class | kw_continue | kw_debugger | kw_do
        | kw_export | kw_for | kw_function | kw_if | kw_import | kw_return | kw_switch
        | kw_throw | kw_try | kw_with => "a statement",
        kw_of => "`of`",
        decl_kind => "`let`, `const` or `var`",
        ident | jump_label | array_pattern | object_pattern | pattern_elem | pattern_rest
        | rest_param | param | declarator => "a name",
        prop_name | member | private_refused => "a property name",
        kw_get | kw_set | getter | setter | async_method | gen_method_refused | method
        | init_prop | shorthand | computed_key | pattern_keyed => "a property",
        empty_stmt | var_decl | function_typo | func_decl | if_stmt | for_in | for_of
        | for_stmt | while_stmt | do_while | break_stmt | continue_stmt | return_stmt
        | throw_stmt | try_stmt | expr_stmt | class_refused | switch_stmt | with_refused
        | import_refused | export_refused | debugger_refused => "a statement",
        expr | assign_expr | operand | new_expr | new_callee | arrow | function_expr | paren
        | template | number | string_lit | array | object | kw_true | kw_false | kw_null
        | kw_this | kw_new | kw_await | kw_typeof | kw_void | kw_delete | op_inc | op_dec
        | op_not | op_neg | op_plus | op_bitnot | spread | yield_refused | regex_refused
        | super_refused | import_expr_refused | for_init | for_test | for_update => "an expression",
        assign_op | bitwise_assign | question | postfix_update | bin_op => "an operator",
        EOI => "end of input",
        _ => return None,
    })
}

/// The deduplicated, ordered, pruned list of things that would have fit.
fn expected_list(positives: &[Rule]) -> Vec<&'static str> {
    let mut found: Vec<&'static str> = positives.iter().filter_map(|r| describe(*r)).collect();
    found.sort_by_key(|d| ORDER.iter().position(|o| o == d));
    found.dedup();
    let has = |found: &[&str], d: &str| found.contains(&d);
    let closes = ["`;`", "`,`", "`:`", "`)`", "`]`", "`}`"]
        .iter()
        .any(|d| has(&found, d));
    if closes {
        // After a complete operand, naming the closer beats listing operators.
        found.retain(|d| !matches!(*d, "an operator" | "`(`" | "`=`"));
    }
    if has(&found, "a statement") {
        // Everything a statement can start with is summed up by "a statement".
        found.retain(|d| {
            !matches!(
                *d,
                "`{`"
                    | "`;`"
                    | "`while`"
                    | "an expression"
                    | "end of input"
                    | "a name"
                    | "a property"
            )
        });
    }
    if has(&found, "`;`") {
        // `}` and the end of input come from automatic semicolon insertion.
        found.retain(|d| !matches!(*d, "`}`" | "end of input"));
    }
    if has(&found, "an expression") {
        found.retain(|d| *d != "a name");
    }
    if found.len() > 1 {
        found.retain(|d| *d != "end of input");
    }
    found.truncate(3);
    found
}

fn join_or(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_string(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    }
}

// ============================================================================
// Naming what was found
// ============================================================================

const RESERVED: &[&str] = &[
    "await",
    "break",
    "case",
    "catch",
    "class",
    "const",
    "continue",
    "debugger",
    "default",
    "delete",
    "do",
    "else",
    "enum",
    "export",
    "extends",
    "false",
    "finally",
    "for",
    "function",
    "if",
    "import",
    "in",
    "instanceof",
    "let",
    "new",
    "null",
    "return",
    "super",
    "switch",
    "this",
    "throw",
    "true",
    "try",
    "typeof",
    "var",
    "void",
    "while",
    "with",
    "yield",
];

const PUNCTUATORS: &[&str] = &[
    ">>>=", "...", "===", "!==", "**=", ">>>", "<<=", ">>=", "&&=", "||=", "??=", "=>", "==", "!=",
    "<=", ">=", "&&", "||", "??", "?.", "++", "--", "+=", "-=", "*=", "/=", "%=", "**", "<<", ">>",
];

/// The token at an error position.
struct Found<'s> {
    text: &'s str,
    span: Span,
}

impl Found<'_> {
    fn describe(&self) -> String {
        if self.text.is_empty() {
            "end of input".to_string()
        } else if self.text.chars().count() > 24 {
            let head: String = self.text.chars().take(20).collect();
            format!("`{head}…`")
        } else {
            format!("`{}`", self.text)
        }
    }
}

fn is_ident_start(c: char) -> bool {
    c.is_alphabetic() || c == '_' || c == '$'
}

fn is_ident_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || c == '$'
}

fn token_at(source: &str, pos: usize) -> Found<'_> {
    let rest = &source[pos..];
    let len = token_len(rest);
    Found {
        text: &rest[..len],
        span: Span::new(pos, pos + len),
    }
}

fn token_len(rest: &str) -> usize {
    let Some(first) = rest.chars().next() else {
        return 0;
    };
    if is_ident_char(first) {
        let is_number = first.is_ascii_digit();
        return rest
            .find(|c: char| !(is_ident_char(c) || (is_number && c == '.')))
            .unwrap_or(rest.len());
    }
    if first == '\'' || first == '"' {
        let mut escaped = false;
        for (i, c) in rest.char_indices().skip(1) {
            match c {
                '\n' | '\r' => return i,
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                c if c == first => return i + 1,
                _ => {}
            }
        }
        return rest.len();
    }
    PUNCTUATORS
        .iter()
        .find(|p| rest.starts_with(**p))
        .map_or(first.len_utf8(), |p| p.len())
}

/// End of the last token before `pos`, skipping whitespace and comments.
fn prev_token_end(source: &str, pos: usize) -> usize {
    let mut i = pos;
    loop {
        let trimmed = source[..i].trim_end();
        i = trimmed.len();
        if trimmed.ends_with("*/") {
            if let Some(start) = trimmed[..i - 2].rfind("/*") {
                i = start;
                continue;
            }
        }
        let line_start = trimmed.rfind(['\n', '\r']).map_or(0, |n| n + 1);
        match line_comment_start(&trimmed[line_start..]) {
            Some(c) => i = line_start + c,
            None => return i,
        }
    }
}

/// Where a `//` comment starts in one line, ignoring `//` inside quotes.
fn line_comment_start(line: &str) -> Option<usize> {
    let mut quote: Option<char> = None;
    let mut escaped = false;
    let mut prev = ' ';
    for (i, c) in line.char_indices() {
        match quote {
            Some(_) if escaped => escaped = false,
            Some(_) if c == '\\' => escaped = true,
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if matches!(c, '\'' | '"' | '`') => quote = Some(c),
            None if c == '/' && prev == '/' => return Some(i - 1),
            None => {}
        }
        prev = c;
    }
    None
}

/// A short rendering of the token ending at `end`, if it is short enough to quote.
fn prev_token_text(source: &str, end: usize) -> Option<&str> {
    let before = &source[..end];
    let last = before.chars().next_back()?;
    let start = if is_ident_char(last) {
        // Start after the last non-identifier character, whatever its width
        // (U+2028 is three bytes).
        before
            .char_indices()
            .rev()
            .find(|&(_, c)| !is_ident_char(c))
            .map_or(0, |(i, c)| i + c.len_utf8())
    } else if last == '\'' || last == '"' {
        let line_start = before.rfind('\n').map_or(0, |n| n + 1);
        before[line_start..end - 1]
            .rfind(last)
            .map_or(end - 1, |i| line_start + i)
    } else {
        let punct = PUNCTUATORS.iter().find(|p| before.ends_with(**p));
        end - punct.map_or(last.len_utf8(), |p| p.len())
    };
    let text = &source[start..end];
    (text.chars().count() <= 24).then_some(text)
}
