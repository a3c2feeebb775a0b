//! `jsorder gen`: fresh puzzles with answer keys.

use super::Format;
use jsorder::generate::{generate_many, Difficulty, GenOptions, Puzzle, Topic};
use serde::Serialize;
use std::path::{Path, PathBuf};

/// Arguments of `jsorder gen`.
#[derive(Debug, clap::Args)]
pub struct GenArgs {
    /// The seed: the same seed and options always give the same puzzles.
    #[arg(long, value_name = "N", default_value_t = 1)]
    seed: u64,
    /// How many puzzles (seeds N, N+1, …).
    #[arg(long, value_name = "K", default_value_t = 1)]
    count: u64,
    /// The measured difficulty wanted, 1 (easy) to 5 (hard).
    #[arg(long, value_name = "LEVEL", value_parser = clap::value_parser!(u8).range(1..=5))]
    difficulty: Option<u8>,
    /// Comma-separated topics: timers, promises, async, nexttick, immediate,
    /// errors, intervals, thenables, combinators (default: all but
    /// combinators, which is opt-in so existing seeds keep their puzzles).
    #[arg(long, value_name = "LIST", value_delimiter = ',')]
    topics: Vec<Topic>,
    /// Write NAME.js, NAME.out, index.json and index.toml into this folder.
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
    /// Write the answer key to this file instead of stderr.
    #[arg(long, value_name = "FILE", conflicts_with = "out")]
    key: Option<PathBuf>,
    /// `text` prints the program (key on stderr); `json` prints puzzles and keys as data.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
}

/// One puzzle as data.
#[derive(Serialize)]
struct Entry<'a> {
    name: &'a str,
    file: String,
    key_file: String,
    seed: u64,
    effective_seed: u64,
    topics: &'a [Topic],
    difficulty: &'a Difficulty,
    #[serde(skip_serializing_if = "Option::is_none")]
    program: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    key: Option<&'a str>,
}

/// The `index.json` of a generated folder.
#[derive(Serialize)]
struct Index<'a> {
    generator: &'static str,
    seed: u64,
    count: u64,
    difficulty: Option<u8>,
    topics: Vec<Topic>,
    puzzles: Vec<Entry<'a>>,
}

impl GenArgs {
    pub fn run(self) -> u8 {
        let options = GenOptions {
            difficulty: self.difficulty,
            topics: if self.topics.is_empty() {
                Topic::DEFAULT.to_vec()
            } else {
                self.topics.clone()
            },
        };
        let puzzles = generate_many(self.seed, self.count, &options);
        let result = match (&self.out, self.format) {
            (Some(dir), _) => self.write_folder(dir, &options, &puzzles),
            (None, Format::Json) => {
                let entries: Vec<Entry> = puzzles.iter().map(|p| entry(p, true)).collect();
                print_json(&entries);
                Ok(())
            }
            (None, Format::Text) => self.print_text(&puzzles),
        };
        match result {
            Ok(()) => 0,
            Err(msg) => {
                eprintln!("jsorder: gen: {msg}");
                2
            }
        }
    }

    /// Programs on stdout; keys on stderr (or in `--key FILE`).
    fn print_text(&self, puzzles: &[Puzzle]) -> Result<(), String> {
        let many = puzzles.len() > 1;
        let mut keys = String::new();
        for (i, p) in puzzles.iter().enumerate() {
            if i > 0 {
                println!();
            }
            print!("{}", p.file_text());
            if many {
                keys.push_str(&format!("==> {} <==\n", p.name));
            }
            keys.push_str(&p.key);
        }
        match &self.key {
            Some(path) => write(path, &keys),
            None => {
                eprint!("{keys}");
                Ok(())
            }
        }
    }

    fn write_folder(
        &self,
        dir: &Path,
        options: &GenOptions,
        puzzles: &[Puzzle],
    ) -> Result<(), String> {
        std::fs::create_dir_all(dir)
            .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
        for p in puzzles {
            write(&dir.join(format!("{}.js", p.name)), &p.file_text())?;
            write(&dir.join(format!("{}.out", p.name)), &p.key)?;
        }
        let index = Index {
            generator: "jsorder gen",
            seed: self.seed,
            count: self.count,
            difficulty: self.difficulty,
            topics: options.topics.clone(),
            puzzles: puzzles.iter().map(|p| entry(p, false)).collect(),
        };
        let json = serde_json::to_string_pretty(&index).map_err(|e| e.to_string())?;
        write(&dir.join("index.json"), &format!("{json}\n"))?;
        write(&dir.join("index.toml"), &assignment(self, puzzles))?;
        if self.format == Format::Json {
            print_json(&index);
        } else {
            println!(
                "wrote {} puzzle{} to {} (index.json, index.toml)",
                puzzles.len(),
                if puzzles.len() == 1 { "" } else { "s" },
                dir.display()
            );
        }
        Ok(())
    }
}

fn entry(p: &Puzzle, inline: bool) -> Entry<'_> {
    Entry {
        name: &p.name,
        file: format!("{}.js", p.name),
        key_file: format!("{}.out", p.name),
        seed: p.seed,
        effective_seed: p.effective_seed,
        topics: &p.topics,
        difficulty: &p.difficulty,
        program: inline.then(|| p.file_text()),
        key: inline.then_some(p.key.as_str()),
    }
}

/// An assignment file for `jsorder grade`: one `[[puzzle]]` per file, worth its level in points.
fn assignment(args: &GenArgs, puzzles: &[Puzzle]) -> String {
    let mut s = format!(
        "# Generated by `jsorder gen --seed {} --count {}{}`.\n",
        args.seed,
        args.count,
        args.difficulty
            .map(|d| format!(" --difficulty {d}"))
            .unwrap_or_default()
    );
    for p in puzzles {
        s.push_str(&format!(
            "\n[[puzzle]]\nfile = \"{}.js\"\npoints = {}\n",
            p.name, p.difficulty.level
        ));
    }
    s
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    std::fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

fn print_json<T: Serialize>(value: &T) {
    match serde_json::to_string_pretty(value) {
        Ok(s) => println!("{s}"),
        Err(e) => eprintln!("jsorder: gen: {e}"),
    }
}
