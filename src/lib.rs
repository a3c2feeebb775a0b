//! jsorder: in what order does this JavaScript program print?
//!
//! jsorder parses small JavaScript programs (a real subset: functions, arrows,
//! async/await, promises, timers, loops, try/catch, objects) and runs them
//! under Node.js v20's event-loop rules in virtual time, recording every line
//! printed and why it was printed when it was.
//!
//! ```
//! let src = "setTimeout(() => console.log('timeout'), 0);\n\
//!            Promise.resolve().then(() => console.log('promise'));\n\
//!            console.log('sync');";
//! let outcome = jsorder::engine::run_source(src, &jsorder::engine::Options::default()).unwrap();
//! assert_eq!(outcome.stdout_text(), "sync\npromise\ntimeout\n");
//! ```
#![warn(missing_docs)]

pub mod diagnostic;
pub mod engine;
pub mod generate;
pub mod grade;
pub mod puzzles;
pub mod syntax;
pub mod trace;
