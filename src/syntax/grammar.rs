//! The pest parser generated from `js.pest`; everything else lives in `lower`.

#![allow(missing_docs)]

use pest_derive::Parser;

/// The generated parser; `Rule` names every grammar rule.
#[derive(Parser)]
#[grammar = "syntax/js.pest"]
pub struct JsParser;
