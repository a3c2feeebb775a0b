//! Source text to AST: the pest grammar, lowering, spans and the printer.

pub mod ast;
pub mod span;
