//! Differential tests against the real `node` (on PATH on every machine and in
//! CI). Re-deriving each answer key from node means the checked-in keys can
//! never drift from the truth. Without node these tests fail loudly: they are
//! the ground truth of the whole suite and must not pass silently.

mod common;

use common::{node, node_available, programs, without_stack_lines};

fn require_node() {
    assert!(
        node_available(),
        "`node` (v20) is not on PATH: the differential tests need it (see README)"
    );
}

/// Runs node on every program (two at a time: node start-up dominates) and
/// compares with the checked-in key and with jsorder.
fn check_dir(dir: &str) {
    require_node();
    let files = programs(dir);
    let failures = common::failures_in_parallel(&files, |js| check_one(js).err());
    assert!(
        failures.is_empty(),
        "{} of {} programs disagree:\n\n{}",
        failures.len(),
        files.len(),
        failures.join("\n\n")
    );
}

fn check_one(js: &std::path::Path) -> Result<(), String> {
    let (live, live_exit) =
        node(js).ok_or_else(|| format!("{}: node did not run", js.display()))?;
    let (key, key_exit) = common::key(js);
    if without_stack_lines(&live) != without_stack_lines(&key) || live_exit != key_exit {
        return Err(format!(
            "{}: the answer key drifted from node; re-record it with tools/record-goldens.sh\n--- key\n{key}--- node\n{live}",
            js.display()
        ));
    }
    if let Some(want) = common::err_key(js) {
        let live_header = common::node_header(js);
        if live_header.as_deref() != Some(want.as_str()) {
            return Err(format!(
                "{}: the error header drifted from node; re-record it with tools/record-goldens.sh\n--- key\n{want}\n--- node\n{live_header:?}",
                js.display()
            ));
        }
    }
    let got = common::solve(js);
    common::compare(js, &got, &live, live_exit)?;
    common::compare_header(js, &got)
}

#[test]
fn puzzle_keys_match_live_node_and_jsorder() {
    check_dir("puzzles");
}

#[test]
fn conformance_keys_match_live_node_and_jsorder() {
    check_dir("tests/conformance");
}
