//! Built-in functions.

/// A built-in function and the state it carries.
#[derive(Debug, Clone)]
pub enum Native {
    /// `console.log`
    ConsoleLog,
}
