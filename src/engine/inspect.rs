//! `console.log` formatting (Node's `util.format` / `util.inspect`).
