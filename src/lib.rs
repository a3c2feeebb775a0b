//! jsorder: in what order does this JavaScript program print?
#![warn(missing_docs)]

pub mod diagnostic;
pub mod engine;
pub mod syntax;
