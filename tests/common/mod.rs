//! Helpers shared by the integration tests: finding programs and their keys,
//! running the engine and `node`, and comparing outputs.

#![allow(dead_code)]

use jsorder::engine::{run_source, End, Options, Outcome};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::mpsc;
use std::time::Duration;

/// How long node may take on one program. Node can be slow on a loaded
/// machine, but a program that never ends must fail the test, not hang it.
const NODE_DEADLINE: Duration = Duration::from_secs(60);

/// `*.js` files directly in `dir`, sorted.
pub fn programs(dir: &str) -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut v: Vec<PathBuf> = std::fs::read_dir(&root)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", root.display()))
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "js"))
        .collect();
    v.sort();
    v
}

/// The recorded answer key of a program: (stdout, exit code).
pub fn key(js: &Path) -> (String, i32) {
    let out = std::fs::read_to_string(js.with_extension("out"))
        .unwrap_or_else(|e| panic!("{} has no .out key: {e}", js.display()));
    let exit = std::fs::read_to_string(js.with_extension("exit"))
        .map(|s| s.trim().parse().expect("an .exit file holds a number"))
        .unwrap_or(0);
    (out, exit)
}

/// The recorded error header of a crashing program (`NAME.err`), if any.
pub fn err_key(js: &Path) -> Option<String> {
    std::fs::read_to_string(js.with_extension("err"))
        .ok()
        .map(|s| s.trim_end_matches('\n').to_string())
}

/// The error header jsorder reports for a crash (what node prints after the caret).
pub fn crash_header(o: &Outcome) -> Option<&str> {
    match &o.end {
        End::UncaughtException { message, .. } | End::UnhandledRejection { message, .. } => {
            Some(message)
        }
        _ => None,
    }
}

/// Compares the crash header with the recorded `NAME.err`, when there is one.
pub fn compare_header(js: &Path, got: &Outcome) -> Result<(), String> {
    let Some(want) = err_key(js) else {
        return Ok(());
    };
    match crash_header(got) {
        Some(h) if h == want => Ok(()),
        other => Err(format!(
            "{}\n--- expected error header\n{want}\n--- jsorder\n{other:?}",
            js.display()
        )),
    }
}

/// Error stacks print machine-specific `    at …` lines: compare without them.
pub fn without_stack_lines(s: &str) -> String {
    s.lines()
        .filter(|l| !is_stack_line(l))
        .map(|l| format!("{l}\n"))
        .collect()
}

fn is_stack_line(l: &str) -> bool {
    let t = l.trim_start();
    t.len() < l.len() && t.starts_with("at ")
}

/// Runs a file through the engine.
pub fn solve(js: &Path) -> Outcome {
    let src = std::fs::read_to_string(js).expect("program is readable");
    run_source(&src, &Options::default())
        .unwrap_or_else(|d| panic!("{}: {}", js.display(), d.message))
}

/// Runs a file under `node` (from its own folder): (stdout, exit code); `None` without node.
pub fn node(js: &Path) -> Option<(String, i32)> {
    let out = run_node(js)?;
    Some((
        String::from_utf8_lossy(&out.stdout).into_owned(),
        out.status.code().unwrap_or(-1),
    ))
}

/// The error header node prints for a crash: the first non-empty line after
/// the caret line under the offending source line.
pub fn node_header(js: &Path) -> Option<String> {
    let out = run_node(js)?;
    let stderr = String::from_utf8_lossy(&out.stderr);
    let mut lines = stderr.lines();
    lines.find(|l| {
        let t = l.trim();
        !t.is_empty() && t.chars().all(|c| c == '^')
    })?;
    lines.find(|l| !l.trim().is_empty()).map(str::to_string)
}

/// Runs a file under `node` from its own folder, killing it (and failing
/// the test) after [`NODE_DEADLINE`]; `None` when node cannot be started.
pub fn run_node(js: &Path) -> Option<Output> {
    let child = Command::new("node")
        .arg(js.file_name()?)
        .current_dir(js.parent()?)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .ok()?;
    let pid = child.id();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || tx.send(child.wait_with_output()));
    match rx.recv_timeout(NODE_DEADLINE) {
        Ok(out) => out.ok(),
        Err(_) => {
            let _ = Command::new("kill").arg("-9").arg(pid.to_string()).status();
            panic!(
                "node did not finish {} within {NODE_DEADLINE:?}: the program must end (see SEMANTICS.md §7a)",
                js.display()
            )
        }
    }
}

/// Whether `node` can be run.
pub fn node_available() -> bool {
    Command::new("node")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Checks every program in `dir` with `check`, collecting all failures before failing.
pub fn check_all(dir: &str, check: impl Fn(&Path) -> Result<(), String> + Sync) {
    let files = programs(dir);
    assert!(!files.is_empty(), "no programs in {dir}");
    let failures: Vec<String> = files.iter().filter_map(|f| check(f).err()).collect();
    assert!(
        failures.is_empty(),
        "{} of {} programs failed:\n\n{}",
        failures.len(),
        files.len(),
        failures.join("\n\n")
    );
}

/// Compares an outcome with an expected (stdout, exit code), after dropping stack lines.
pub fn compare(js: &Path, got: &Outcome, want_out: &str, want_exit: i32) -> Result<(), String> {
    let (g, w) = (
        without_stack_lines(&got.stdout_text()),
        without_stack_lines(want_out),
    );
    if g != w || got.exit_code() != want_exit {
        return Err(format!(
            "{}\n--- expected (exit {want_exit})\n{w}--- jsorder (exit {}, {:?})\n{g}",
            js.display(),
            got.exit_code(),
            got.end
        ));
    }
    Ok(())
}

/// Runs `check` over `items` on two threads (node start-up dominates these
/// tests, and the machines have two cores) and returns every failure message.
pub fn failures_in_parallel<T: Sync>(
    items: &[T],
    check: impl Fn(&T) -> Option<String> + Sync,
) -> Vec<String> {
    let check = &check;
    std::thread::scope(|s| {
        let handles: Vec<_> = items
            .chunks(items.len().div_ceil(2).max(1))
            .map(|chunk| s.spawn(move || chunk.iter().filter_map(check).collect::<Vec<_>>()))
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("checker thread"))
            .collect()
    })
}

/// A small deterministic generator (xorshift64*) for random programs, so a
/// failing seed can be replayed.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    pub fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

/// Runs the program of each seed under node and jsorder (from files named
/// `{stem}-{seed}.js`) and fails with every program whose output differs.
pub fn random_programs_match_node(
    stem: &str,
    seeds: &[u64],
    program: impl Fn(u64) -> String + Sync,
) {
    assert!(
        node_available(),
        "`node` is not on PATH: this differential test needs it"
    );
    let dir = tempfile::tempdir().expect("temp dir");
    let check = |&seed: &u64| {
        let src = program(seed);
        let path = dir.path().join(format!("{stem}-{seed}.js"));
        std::fs::write(&path, &src).expect("write program");
        let (out, exit) = node(&path).expect("node runs");
        let got = run_source(&src, &Options::default())
            .unwrap_or_else(|d| panic!("seed {seed} does not compile: {}\n{src}", d.message));
        compare(&path, &got, &out, exit).err().map(|e| {
            format!(
                "seed {seed}:\n{src}\n{e}\n--- node (exit {exit})\n{out}--- jsorder (exit {})\n{}",
                got.exit_code(),
                got.stdout_text()
            )
        })
    };
    let failures = failures_in_parallel(seeds, check);
    assert!(
        failures.is_empty(),
        "{} programs disagree with node:\n\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}
