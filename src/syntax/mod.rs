//! Source text to AST: the pest grammar, lowering, spans and the printer.

pub mod ast;
mod errors;
pub mod grammar;
mod limits;
mod lower;
pub mod modules;
pub mod print;
pub mod span;
mod tree;

pub use print::print_program;

use crate::diagnostic::Diagnostic;
use grammar::{JsParser, Rule};
use pest::Parser as _;

/// Parses a whole script into a [`ast::Program`].
///
/// Never panics: syntax errors, constructs jsorder does not support and inputs
/// that are too large or too deeply nested all come back as a [`Diagnostic`]
/// pointing at the offending source.
pub fn parse(source: &str) -> Result<ast::Program, Diagnostic> {
    let stack = limits::check(source)?;
    limits::install_call_limit();
    let pairs = stacker::maybe_grow(stack, stack, || JsParser::parse(Rule::program, source))
        .map_err(|e| errors::from_pest(source, &e))?;
    lower::lower_program(source, pairs)
}
