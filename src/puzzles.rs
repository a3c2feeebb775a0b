//! The bundled puzzles, embedded at build time, and their comment headers.
//!
//! A puzzle file starts with `// key: value` comment lines (title, difficulty,
//! tags), so it still runs under `node` unchanged.

use serde::Serialize;

/// `(name, source, answer key)` for every `puzzles/*.js`, sorted by name.
const BUNDLED: &[(&str, &str, Option<&str>)] = include!(concat!(env!("OUT_DIR"), "/puzzles.rs"));

/// A bundled puzzle.
#[derive(Debug, Clone, Serialize)]
pub struct Puzzle {
    /// File stem, e.g. `004-promise-vs-timeout`.
    pub name: &'static str,
    /// From the `// title:` header (the name when absent).
    pub title: String,
    /// From `// difficulty:` (1 easy … 5 hard; 0 when absent).
    pub difficulty: u8,
    /// From `// tags:` (comma separated).
    pub tags: Vec<String>,
    /// The program.
    #[serde(skip)]
    pub source: &'static str,
    /// Node's stdout for it, recorded from `node`.
    #[serde(skip)]
    pub answer: Option<&'static str>,
}

/// Reads `// key: value` lines at the top of a file.
pub fn header(source: &str) -> Vec<(String, String)> {
    source
        .lines()
        .map_while(|l| l.trim().strip_prefix("//"))
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_lowercase(), v.trim().to_string()))
        .collect()
}

fn from_entry(
    &(name, source, answer): &(&'static str, &'static str, Option<&'static str>),
) -> Puzzle {
    let h = header(source);
    let get = |k: &str| h.iter().find(|(hk, _)| hk == k).map(|(_, v)| v.clone());
    Puzzle {
        name,
        title: get("title").unwrap_or_else(|| name.to_string()),
        difficulty: get("difficulty").and_then(|d| d.parse().ok()).unwrap_or(0),
        tags: get("tags")
            .map(|t| {
                t.split(',')
                    .map(|s| s.trim().to_string())
                    .filter(|s| !s.is_empty())
                    .collect()
            })
            .unwrap_or_default(),
        source,
        answer,
    }
}

/// All bundled puzzles, by name.
pub fn all() -> Vec<Puzzle> {
    BUNDLED.iter().map(from_entry).collect()
}

/// A bundled puzzle by name (`004-promise-vs-timeout`, with or without `.js`).
pub fn find(name: &str) -> Option<Puzzle> {
    let stem = name.trim_end_matches(".js");
    let stem = stem.strip_prefix("puzzles/").unwrap_or(stem);
    BUNDLED.iter().find(|(n, _, _)| *n == stem).map(from_entry)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_reads_leading_comment_keys() {
        let h =
            header("// title: A\n// difficulty: 3\n// tags: x, y\nconsole.log(1) // note: no\n");
        assert_eq!(h.len(), 3);
        assert_eq!(h[2], ("tags".to_string(), "x, y".to_string()));
    }
}
