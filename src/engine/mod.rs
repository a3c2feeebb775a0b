//! The engine: runs a parsed program under Node's event-loop rules.

pub mod builtins;
pub mod inspect;
pub mod promise;
pub mod value;
pub mod vm;
