//! Loading programs: a path on disk, or the name of a bundled puzzle.

use crate::cli::color_stderr;
use jsorder::diagnostic::Diagnostic;
use std::path::Path;

/// A program to run.
pub struct Input {
    /// How to name it in messages (the path as given).
    pub name: String,
    /// Its text.
    pub source: String,
}

/// Reads `arg` as a file, falling back to a bundled puzzle of that name.
pub fn load(arg: &str) -> Result<Input, String> {
    let path = Path::new(arg);
    match std::fs::read(path) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(source) => Ok(Input {
                name: arg.to_string(),
                source,
            }),
            Err(_) => Err(format!("error: {arg} is not UTF-8 text")),
        },
        Err(e) => match jsorder::puzzles::find(arg) {
            Some(p) if !path.exists() => Ok(Input {
                name: format!("puzzles/{}.js", p.name),
                source: p.source.to_string(),
            }),
            _ => Err(format!("error: cannot read {arg}: {}", io_reason(&e))),
        },
    }
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => {
            "no such file (and no bundled puzzle of that name; see `jsorder list`)".into()
        }
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

/// Prints a diagnostic about `input` to stderr.
pub fn report(input: &Input, d: &Diagnostic) {
    eprint!("{}", d.render(&input.name, &input.source, color_stderr()));
}
