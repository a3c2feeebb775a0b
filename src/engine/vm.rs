//! The bytecode virtual machine.

use super::value::Value;
use std::rc::Rc;

/// A compiled function body.
#[derive(Debug)]
pub struct FunctionCode {
    /// The source text of the function (what `String(f)` prints).
    pub source: Rc<str>,
}

/// A user function value: code plus captured scope.
#[derive(Debug, Clone)]
pub struct Closure {
    /// The compiled body.
    pub code: Rc<FunctionCode>,
    /// `this` captured by arrows.
    pub this: Option<Value>,
}
