//! Cheap checks that run before the grammar so hostile input fails fast.
//!
//! The pest parser, lowering, the printer and the engine all recurse over the
//! tree; refusing oversized files and absurd bracket nesting up front keeps
//! every later stage within its stack and time budget.

use crate::diagnostic::Diagnostic;
use crate::syntax::span::Span;
use std::num::NonZeroUsize;
use std::sync::Once;

/// Largest accepted source file, in bytes.
pub const MAX_SOURCE_BYTES: usize = 1024 * 1024;

/// Deepest accepted bracket nesting (`(`, `[`, `{` and `${` together).
pub const MAX_NESTING: usize = 256;

/// Budget of pest rule invocations for one parse: far above what a 1 MiB
/// program needs, low enough that backtracking blow-ups stop within seconds.
const CALL_LIMIT: usize = 20_000_000;

/// Sets pest's process-wide call limit (once).
pub fn install_call_limit() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| pest::set_call_limit(NonZeroUsize::new(CALL_LIMIT)));
}

/// Refuses files that are too large or nested too deeply.
pub fn check(source: &str) -> Result<(), Diagnostic> {
    if source.len() > MAX_SOURCE_BYTES {
        return Err(Diagnostic::whole_file(format!(
            "this file is too large ({} bytes; jsorder reads at most 1 MiB)",
            source.len()
        ))
        .with_help("puzzle programs are small; split the file or trim it down"));
    }
    check_nesting(source)
}

/// The bytes `check_nesting` acts on; it steps over all others.
static SPECIAL: [bool; 256] = {
    let mut table = [false; 256];
    let mut k = 0;
    let special = b"([{)]}/'\"";
    while k < special.len() {
        table[special[k] as usize] = true;
        k += 1;
    }
    table
};

/// Counts bracket depth, skipping comments and quoted strings (templates are
/// not skipped: their `${` opens a level like any brace).
fn check_nesting(source: &str) -> Result<(), Diagnostic> {
    let bytes = source.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        if !SPECIAL[usize::from(bytes[i])] {
            i += 1;
            continue;
        }
        match bytes[i] {
            b'(' | b'[' | b'{' => {
                depth += 1;
                if depth > MAX_NESTING {
                    return Err(Diagnostic::new(
                        format!("nesting is too deep (more than {MAX_NESTING} levels)"),
                        Span::new(i, i + 1),
                    )
                    .with_help("flatten the program: move inner parts into named functions"));
                }
            }
            b')' | b']' | b'}' => depth = depth.saturating_sub(1),
            b'/' if bytes.get(i + 1) == Some(&b'/') => i = skip_until(bytes, i, b"\n"),
            b'/' if bytes.get(i + 1) == Some(&b'*') => i = skip_until(bytes, i + 2, b"*/"),
            quote @ (b'\'' | b'"') => i = skip_string(bytes, i + 1, quote),
            _ => {}
        }
        i += 1;
    }
    Ok(())
}

/// Index of the last byte of the first `end` at or after `from` (or the last byte).
fn skip_until(bytes: &[u8], from: usize, end: &[u8]) -> usize {
    let rest = bytes.get(from..).unwrap_or(&[]);
    match rest.windows(end.len()).position(|w| w == end) {
        Some(at) => from + at + end.len() - 1,
        None => bytes.len(),
    }
}

/// Index of the closing quote of a string starting at `from` (or the line end).
fn skip_string(bytes: &[u8], mut from: usize, quote: u8) -> usize {
    while from < bytes.len() {
        match bytes[from] {
            b'\\' => from += 1,
            b'\n' => return from,
            b if b == quote => return from,
            _ => {}
        }
        from += 1;
    }
    bytes.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn brackets_in_strings_and_comments_do_not_count() {
        let src = format!(
            "'{}' // {}\n/* {} */",
            "(".repeat(300),
            "[".repeat(300),
            "{".repeat(300)
        );
        assert!(check(&src).is_ok());
    }

    #[test]
    fn deep_nesting_is_refused_at_the_bracket() {
        let src = "(".repeat(MAX_NESTING + 1);
        let err = check(&src).unwrap_err();
        assert_eq!(err.span, Some(Span::new(MAX_NESTING, MAX_NESTING + 1)));
    }
}
