//! Cheap checks that run before the grammar so hostile input fails fast.
//!
//! The pest parser, lowering, the printer and the engine all recurse over the
//! tree; refusing oversized files and absurd bracket nesting up front keeps
//! every later stage within its stack and time budget.
//!
//! The bracket check reads strings and comments as the grammar usually does,
//! but pest also recurses without brackets (`x => x => …`, `a = b = …`,
//! `if (a) if (b) …`) and, while backtracking, may read text differently
//! (an unterminated quote inside a refused `class` body is one character;
//! a `'` inside a template or a regular expression starts no string). So the
//! stack the parse gets is sized from a count that needs no reading at all:
//! every cycle in the grammar's rules consumes a bracket, a backquote, `=`,
//! `?`, `:` (a label), `do`, `new`, `yield` or `class`, so the parser is never
//! nested deeper than the number of those in the file.

use crate::diagnostic::Diagnostic;
use crate::syntax::span::Span;
use std::num::NonZeroUsize;
use std::sync::Once;

/// Largest accepted source file, in bytes.
pub const MAX_SOURCE_BYTES: usize = 1024 * 1024;

/// Deepest accepted bracket nesting (`(`, `[`, `{` and `${` together).
pub const MAX_NESTING: usize = 256;

/// Stack one level of parser recursion may use, with a wide margin over
/// the most measured (about 3 KiB in release builds, 12 KiB in debug builds).
const LEVEL_STACK: usize = if cfg!(debug_assertions) { 32 } else { 8 } * 1024;

/// Stack the parse needs besides its recursion.
const BASE_STACK: usize = 256 * 1024;

/// Most stack a parse may be given; files that could need more are refused.
const MAX_PARSE_STACK: usize = 512 * 1024 * 1024;

/// Budget of pest rule invocations for one parse: far above what a 1 MiB
/// program needs, low enough that backtracking blow-ups stop within seconds.
const CALL_LIMIT: usize = 20_000_000;

/// Sets pest's process-wide call limit (once).
pub fn install_call_limit() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| pest::set_call_limit(NonZeroUsize::new(CALL_LIMIT)));
}

/// Refuses files that are too large or nested too deeply; otherwise returns
/// the stack the parse needs (see the module comment).
pub fn check(source: &str) -> Result<usize, Diagnostic> {
    if source.len() > MAX_SOURCE_BYTES {
        return Err(Diagnostic::whole_file(format!(
            "this file is too large ({} bytes; jsorder reads at most 1 MiB)",
            source.len()
        ))
        .with_help("puzzle programs are small; split the file or trim it down"));
    }
    check_nesting(source)?;
    let levels = recursion_tokens(source.as_bytes());
    let stack = levels
        .saturating_mul(LEVEL_STACK)
        .saturating_add(BASE_STACK);
    if stack > MAX_PARSE_STACK {
        return Err(Diagnostic::whole_file(format!(
            "this file is too complex to parse ({levels} brackets, `=`, `?`, `:` and nesting keywords; \
             jsorder reads at most {})",
            (MAX_PARSE_STACK - BASE_STACK) / LEVEL_STACK
        ))
        .with_help("puzzle programs are small; split the file or trim it down"));
    }
    Ok(stack)
}

/// Counts the tokens that can take the parser a level deeper, wherever they
/// are (inside strings and comments too), and some more: every `=` (`===`
/// too) and every `do`, `ne`, `yi` and `cl` (`done`, `line`, …). Counting
/// too many only costs stack address space; this way the count needs no
/// branches and runs on whole blocks of bytes at once.
fn recursion_tokens(bytes: &[u8]) -> usize {
    const BLOCK: usize = 64;
    let Some((&last, init)) = bytes.split_last() else {
        return 0;
    };
    let next = &bytes[1..];
    let mut count = usize::from(is_token(last, 0));
    let mut blocks = init.chunks_exact(BLOCK).zip(next.chunks_exact(BLOCK));
    for (a, b) in blocks.by_ref() {
        // At most BLOCK per block: a `u8` sum cannot overflow.
        let hits = a.iter().zip(b).map(|(&a, &b)| u8::from(is_token(a, b)));
        count += usize::from(hits.fold(0u8, u8::wrapping_add));
    }
    let done = init.len() - init.len() % BLOCK;
    for (&a, &b) in init[done..].iter().zip(&next[done..]) {
        count += usize::from(is_token(a, b));
    }
    count
}

/// Whether the byte `a`, followed by `b`, starts a token `recursion_tokens` counts.
#[inline(always)]
fn is_token(a: u8, b: u8) -> bool {
    (a == b'(')
        | (a == b'[')
        | (a == b'{')
        | (a == b'`')
        | (a == b'?')
        | (a == b':')
        | (a == b'=')
        | ((a == b'd') & (b == b'o'))
        | ((a == b'n') & (b == b'e'))
        | ((a == b'y') & (b == b'i'))
        | ((a == b'c') & (b == b'l'))
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
    fn every_recursion_token_is_counted() {
        let src = "do new yield class ( [ { ` ? : = => +=";
        assert_eq!(recursion_tokens(src.as_bytes()), 13);
        assert_eq!(recursion_tokens(b"abc x.y + z; 'str' ("), 1);
    }

    #[test]
    fn the_parse_stack_grows_with_the_tokens_a_file_holds() {
        let small = check("x = 1").unwrap();
        let big = check(&"x = 1\n".repeat(1000)).unwrap();
        assert_eq!(big - small, 999 * LEVEL_STACK);
        let src = "a=".repeat(MAX_PARSE_STACK / LEVEL_STACK);
        assert!(check(&src).unwrap_err().message.contains("too complex"));
    }

    #[test]
    fn deep_nesting_is_refused_at_the_bracket() {
        let src = "(".repeat(MAX_NESTING + 1);
        let err = check(&src).unwrap_err();
        assert_eq!(err.span, Some(Span::new(MAX_NESTING, MAX_NESTING + 1)));
    }
}
