//! The Node modules a program may `require`: the two whose behaviour is part
//! of the event loop (`events`, `timers/promises`), and `util` for
//! `promisify`, `format` and `inspect`. Everything else (`fs`,
//! `http`, files of one's own) does real I/O or lives outside the program,
//! so it is refused, by the parser for `require('name')` and by the engine
//! for a name computed at run time.

/// The module `name` names (`node:events` is `events`), if jsorder has it.
pub fn requirable(name: &str) -> Option<&'static str> {
    match name.strip_prefix("node:").unwrap_or(name) {
        "events" => Some("events"),
        "timers/promises" => Some("timers/promises"),
        "util" => Some("util"),
        _ => None,
    }
}

/// Why `require(name)` is refused.
pub fn refusal(name: &str) -> String {
    format!(
        "`require('{name}')` is not supported: jsorder programs are self-contained and can \
         require only Node's `events`, `timers/promises` and `util`"
    )
}
