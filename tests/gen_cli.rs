//! `jsorder gen` as users meet it: stdout/stderr split, files written with
//! `--out`, JSON, byte-identical reruns, bad options.

use assert_cmd::Command;
use predicates::prelude::*;

fn jsorder() -> Command {
    Command::cargo_bin("jsorder").expect("binary is built")
}

fn run(args: &[&str]) -> (String, String) {
    let out = jsorder().args(args).assert().success().get_output().clone();
    (
        String::from_utf8(out.stdout).expect("utf-8"),
        String::from_utf8(out.stderr).expect("utf-8"),
    )
}

#[test]
fn one_puzzle_goes_to_stdout_and_its_key_to_stderr() {
    let (program, key) = run(&["gen", "--seed", "11"]);
    assert!(program.starts_with("// title:"), "{program}");
    let solved =
        jsorder::engine::run_source(&program, &Default::default()).expect("the program parses");
    assert_eq!(
        solved.stdout_text(),
        key,
        "the key on stderr is the program's output"
    );
}

#[test]
fn same_seed_same_bytes_and_different_seeds_differ() {
    assert_eq!(
        run(&["gen", "--seed", "5", "--count", "3"]),
        run(&["gen", "--seed", "5", "--count", "3"])
    );
    assert_ne!(
        run(&["gen", "--seed", "5"]).0,
        run(&["gen", "--seed", "6"]).0
    );
}

#[test]
fn out_dir_gets_programs_keys_and_an_index() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("set");
    jsorder()
        .args([
            "gen",
            "--seed",
            "42",
            "--count",
            "3",
            "--difficulty",
            "2",
            "--out",
        ])
        .arg(&out)
        .assert()
        .success();
    let index: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("index.json")).expect("index.json"))
            .expect("JSON");
    let entries = index
        .as_array()
        .or_else(|| index["puzzles"].as_array())
        .expect("a list of puzzles");
    assert_eq!(entries.len(), 3);
    let js: Vec<_> = std::fs::read_dir(&out)
        .expect("out dir")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "js"))
        .collect();
    assert_eq!(js.len(), 3);
    for p in js {
        let src = std::fs::read_to_string(&p).expect("program");
        assert!(src.contains("// difficulty: 2"), "{}", p.display());
        let key =
            std::fs::read_to_string(p.with_extension("out")).expect("key next to the program");
        let solved = jsorder::engine::run_source(&src, &Default::default()).expect("parses");
        assert_eq!(solved.stdout_text(), key);
    }
    assert!(out.join("index.toml").exists());
}

#[test]
fn json_format_holds_program_and_key() {
    let (json, _) = run(&["gen", "--seed", "9", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
    let text = v.to_string();
    assert!(text.contains("console.log"), "{text}");
}

#[test]
fn unknown_topic_is_an_input_error() {
    jsorder()
        .args(["gen", "--topics", "generators"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("generators"));
}
