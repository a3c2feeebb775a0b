//! `jsorder check`, `jsorder grade` and `jsorder quiz` as users and CI meet
//! them: exit codes, every report format parsed, and a class full of broken
//! submissions where nothing is lost.

use assert_cmd::Command;
use base64::Engine as _;
use predicates::prelude::*;
use std::path::{Path, PathBuf};

fn jsorder() -> Command {
    Command::cargo_bin("jsorder").expect("binary is built")
}

const MICRO_MACRO: &str = "setTimeout(() => console.log('timeout'), 0);\nPromise.resolve().then(() => console.log('promise'));\nconsole.log('sync');\n";
const TICKS: &str = "Promise.resolve().then(() => console.log('promise'));\nprocess.nextTick(() => console.log('tick'));\n";

fn write(path: &Path, bytes: impl AsRef<[u8]>) {
    std::fs::create_dir_all(path.parent().expect("has parent")).expect("mkdir");
    std::fs::write(path, bytes).expect("write");
}

/// A course: two puzzles, six students covering every kind of broken submission.
fn course() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path();
    write(&root.join("puzzles/micro-macro.js"), MICRO_MACRO);
    write(&root.join("puzzles/ticks.js"), TICKS);
    write(
        &root.join("assignment.toml"),
        "title = \"Week 3\"\n\n[[puzzle]]\nfile = \"puzzles/micro-macro.js\"\npoints = 10\n\n[[puzzle]]\nfile = \"puzzles/ticks.js\"\npoints = 5\n",
    );
    let s = root.join("submissions");
    write(&s.join("alice/micro-macro.txt"), "sync\npromise\ntimeout\n");
    write(&s.join("alice/ticks.txt"), "tick\r\npromise\r\n");
    write(&s.join("bob/micro-macro.txt"), "sync\ntimeout\npromise\n");
    // bob has no ticks.txt: "no answer", not skipped.
    write(&s.join("carol/micro-macro.txt"), "");
    write(&s.join("carol/ticks.txt"), [0u8, 159, 146, 150, 1, 2]);
    write(&s.join("dave/micro-macro.txt"), vec![b'x'; 2 << 20]);
    write(&s.join("dave/ticks.json"), "[\"tick\", ");
    write(
        &s.join("erin/micro-macro.json"),
        "[\"sync\", \"promise\", \"timeout\"]",
    );
    write(&s.join("erin/ticks.txt"), "1. 'tick'\n2. 'promise'\n");
    write(&s.join("erin/notes.md"), "stray file");
    std::fs::create_dir_all(s.join("frank")).expect("empty student folder");
    let assignment = root.join("assignment.toml");
    (dir, assignment, s)
}

const STUDENTS: usize = 6;
const RESULTS: usize = STUDENTS * 2;

fn grade(format: &str) -> (i32, String) {
    let (_dir, a, s) = course();
    let out = jsorder()
        .args(["grade", "--assignment"])
        .arg(&a)
        .arg("--submissions")
        .arg(&s)
        .args(["--format", format])
        .output()
        .expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).expect("utf-8 report"),
    )
}

#[test]
fn check_correct_answer_exits_zero() {
    let dir = tempfile::tempdir().expect("tmp");
    write(&dir.path().join("p.js"), MICRO_MACRO);
    write(&dir.path().join("a.txt"), "sync\npromise\ntimeout\n");
    jsorder()
        .current_dir(dir.path())
        .args(["check", "p.js", "a.txt"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("✓ correct, score 100/100"));
}

#[test]
fn check_wrong_answer_exits_one_and_explains() {
    let dir = tempfile::tempdir().expect("tmp");
    write(&dir.path().join("p.js"), MICRO_MACRO);
    jsorder()
        .current_dir(dir.path())
        .args(["check", "p.js", "-"])
        .write_stdin("sync\ntimeout\npromise\n")
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "Why: 'promise' comes before 'timeout'",
        ))
        .stdout(predicate::str::contains("The microtask queue is emptied"));
}

#[test]
fn check_trace_marks_the_deciding_steps() {
    let dir = tempfile::tempdir().expect("tmp");
    write(&dir.path().join("p.js"), MICRO_MACRO);
    jsorder()
        .current_dir(dir.path())
        .args(["check", "p.js", "-", "--trace", "--explain"])
        .write_stdin("timeout\nsync\npromise\n")
        .assert()
        .code(1)
        .stdout(predicate::str::contains("▶"));
}

#[test]
fn check_missing_files_are_input_errors() {
    let dir = tempfile::tempdir().expect("tmp");
    write(&dir.path().join("p.js"), MICRO_MACRO);
    jsorder()
        .current_dir(dir.path())
        .args(["check", "p.js", "nope.txt"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("nope.txt"));
    jsorder()
        .current_dir(dir.path())
        .args(["check", "nope.js", "-"])
        .write_stdin("x\n")
        .assert()
        .code(2);
}

#[test]
fn check_json_has_the_grade() {
    let dir = tempfile::tempdir().expect("tmp");
    write(&dir.path().join("p.js"), MICRO_MACRO);
    let out = jsorder()
        .current_dir(dir.path())
        .args(["check", "p.js", "-", "--format", "json"])
        .write_stdin("[\"sync\", \"timeout\", \"promise\"]")
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["correct"], false);
    assert_eq!(
        v["expected"],
        serde_json::json!(["sync", "promise", "timeout"])
    );
    assert_eq!(
        v["grade"]["explanations"][0]["rule"],
        "microtask_before_macrotask"
    );
    assert_eq!(v["grade"]["normalised"], serde_json::json!(["json_array"]));
    assert!(v["score"].as_u64().expect("score") < 100);
}

#[test]
fn grade_json_report_follows_the_schema_and_loses_nothing() {
    let (code, out) = grade("json");
    assert_eq!(code, 1);
    let v: serde_json::Value = serde_json::from_str(&out).expect("json report");
    assert_eq!(v["version"], 1);
    assert_eq!(v["title"], "Week 3");
    assert_eq!(v["puzzles"].as_array().expect("puzzles").len(), 2);
    let students = v["students"].as_array().expect("students");
    let names: Vec<&str> = students
        .iter()
        .map(|s| s["name"].as_str().expect("name"))
        .collect();
    assert_eq!(names, ["alice", "bob", "carol", "dave", "erin", "frank"]);
    let status = |s: usize, p: usize| {
        students[s]["results"][p]["status"]
            .as_str()
            .expect("status")
            .to_string()
    };
    assert_eq!(status(0, 0), "correct");
    assert_eq!(status(0, 1), "correct");
    assert_eq!(status(1, 0), "incorrect");
    assert_eq!(status(1, 1), "no_answer");
    assert_eq!(status(2, 0), "invalid");
    assert_eq!(status(2, 1), "invalid");
    assert_eq!(status(3, 0), "invalid");
    assert_eq!(status(3, 1), "invalid");
    assert_eq!(status(4, 0), "correct");
    assert_eq!(status(4, 1), "correct");
    assert_eq!(status(5, 0), "no_answer");
    let msg = |s: usize, p: usize| {
        students[s]["results"][p]["message"]
            .as_str()
            .expect("message")
            .to_string()
    };
    assert!(msg(2, 0).contains("empty"), "{}", msg(2, 0));
    assert!(msg(2, 1).contains("not text"), "{}", msg(2, 1));
    assert!(msg(3, 0).contains("too large"), "{}", msg(3, 0));
    assert!(msg(3, 1).contains("JSON"), "{}", msg(3, 1));
    assert_eq!(students[0]["points"], 15.0);
    assert_eq!(students[0]["passed"], true);
    assert_eq!(students[1]["passed"], false);
    assert!(v["ignored"][0]
        .as_str()
        .expect("ignored")
        .ends_with("notes.md"));
    let total: usize = students
        .iter()
        .map(|s| s["results"].as_array().expect("results").len())
        .sum();
    assert_eq!(total, RESULTS);
}

#[test]
fn grade_junit_is_valid_xml_with_the_right_counts() {
    let (code, out) = grade("junit");
    assert_eq!(code, 1);
    let mut reader = quick_xml::Reader::from_str(&out);
    let (mut cases, mut failures, mut errors, mut root) = (0, 0, 0, None);
    loop {
        match reader.read_event().expect("well-formed XML") {
            quick_xml::events::Event::Eof => break,
            quick_xml::events::Event::Start(e) | quick_xml::events::Event::Empty(e) => {
                match e.name().as_ref() {
                    b"testcase" => cases += 1,
                    b"failure" => failures += 1,
                    b"error" => errors += 1,
                    b"testsuites" => {
                        let attr = |n: &str| {
                            e.try_get_attribute(n)
                                .expect("attr")
                                .map(|a| String::from_utf8_lossy(&a.value).into_owned())
                        };
                        root = Some((attr("tests"), attr("failures"), attr("errors")));
                    }
                    _ => {}
                }
            }
            _ => {}
        }
    }
    assert_eq!(cases, RESULTS);
    assert_eq!((failures, errors), (4, 4));
    let s = |n: usize| Some(n.to_string());
    assert_eq!(root, Some((s(RESULTS), s(4), s(4))));
    assert!(out.contains("The microtask queue is emptied"));
}

#[test]
fn grade_tap_has_a_point_per_answer_with_yaml_diagnostics() {
    let (_, out) = grade("tap");
    assert!(out.starts_with("TAP version 14\n1..12\n"));
    let ok = out.lines().filter(|l| l.starts_with("ok ")).count();
    let not_ok = out.lines().filter(|l| l.starts_with("not ok ")).count();
    assert_eq!((ok, not_ok), (4, 8));
    assert!(out.contains("  got: [\"sync\", \"timeout\", \"promise\"]"));
    assert!(out.contains("  expect: [\"sync\", \"promise\", \"timeout\"]"));
    assert_eq!(out.matches("\n  ---\n").count(), 8);
}

#[test]
fn grade_github_annotates_every_failure() {
    let (_, out) = grade("github");
    assert_eq!(out.lines().filter(|l| l.starts_with("::error ")).count(), 8);
    assert!(out.contains("title=bob / micro-macro"));
    assert!(out.lines().last().expect("summary").starts_with("::notice"));
}

#[test]
fn grade_gradescope_results_json() {
    let (_, out) = grade("gradescope");
    let v: serde_json::Value = serde_json::from_str(&out).expect("json");
    let tests = v["tests"].as_array().expect("tests");
    assert_eq!(tests.len(), RESULTS);
    assert_eq!(v["max_score"], 90.0);
    for t in tests {
        for k in ["name", "score", "max_score", "output", "visibility"] {
            assert!(!t[k].is_null(), "{k} missing in {t}");
        }
    }
}

#[test]
fn grade_classroom_is_base64_json() {
    let (_, out) = grade("classroom");
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(out.trim())
        .expect("base64");
    let v: serde_json::Value = serde_json::from_slice(&bytes).expect("json");
    assert_eq!(v["version"], 1);
    assert_eq!(v["status"], "fail");
    assert_eq!(v["max_score"], 90.0);
    let tests = v["tests"].as_array().expect("tests");
    assert_eq!(tests.len(), RESULTS);
    for t in tests {
        for k in ["name", "status", "message", "score"] {
            assert!(!t[k].is_null(), "{k} missing in {t}");
        }
    }
}

#[test]
fn grade_exercism_v3() {
    let (_, out) = grade("exercism");
    let v: serde_json::Value = serde_json::from_str(&out).expect("json");
    assert_eq!(v["version"], 3);
    assert_eq!(v["status"], "error");
    assert!(v["message"].is_string());
    let tests = v["tests"].as_array().expect("tests");
    assert_eq!(tests.len(), RESULTS);
    assert_eq!(tests[0]["name"], "alice / micro-macro");
    assert_eq!(tests[1]["name"], "alice / ticks");
}

#[test]
fn grade_text_shows_tables_and_reasons() {
    let (code, out) = grade("text");
    assert_eq!(code, 1);
    assert!(out.contains("Week 3"));
    assert!(out.contains("carol / micro-macro: the answer is empty"));
    assert!(out.contains("2 of 6 students passed"));
}

#[test]
fn min_score_and_output_file() {
    let (dir, a, s) = course();
    let report = dir.path().join("out/report.json");
    std::fs::create_dir_all(report.parent().expect("parent")).expect("mkdir");
    jsorder()
        .args(["grade", "--assignment"])
        .arg(&a)
        .arg("--submissions")
        .arg(&s)
        .args(["--format", "json", "--min-score", "0", "--output"])
        .arg(&report)
        .assert()
        .code(0)
        .stdout("");
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&report).expect("written")).expect("json");
    assert_eq!(v["min_score"], 0.0);
}

#[test]
fn unusable_inputs_exit_two() {
    let (dir, a, _) = course();
    jsorder()
        .args(["grade", "--assignment"])
        .arg(&a)
        .arg("--submissions")
        .arg(dir.path().join("nowhere"))
        .assert()
        .code(2);
    write(&dir.path().join("bad.toml"), "title = 3\n[[puzzle]]\n");
    jsorder()
        .args(["grade", "--assignment"])
        .arg(dir.path().join("bad.toml"))
        .arg("--submissions")
        .arg(dir.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("bad.toml"));
}

#[test]
fn quick_mode_with_one_puzzle_and_a_folder_of_answers() {
    let dir = tempfile::tempdir().expect("tmp");
    write(&dir.path().join("p.js"), MICRO_MACRO);
    write(
        &dir.path().join("answers/ann.txt"),
        "sync\npromise\ntimeout\n",
    );
    write(
        &dir.path().join("answers/ben.txt"),
        "sync\ntimeout\npromise\n",
    );
    let out = jsorder()
        .current_dir(dir.path())
        .args([
            "grade",
            "--puzzle",
            "p.js",
            "--answers",
            "answers",
            "--format",
            "json",
        ])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["students"][0]["results"][0]["status"], "correct");
    assert_eq!(v["students"][1]["results"][0]["status"], "incorrect");
}

#[test]
fn one_json_file_with_all_answers() {
    let (dir, a, _) = course();
    let all = dir.path().join("all.json");
    write(
        &all,
        r#"{"zoe": {"micro-macro": ["sync", "promise", "timeout"], "ticks": "tick\npromise"}, "yan": {"ticks": 7}}"#,
    );
    let out = jsorder()
        .args(["grade", "--format", "json", "--assignment"])
        .arg(&a)
        .arg("--submissions")
        .arg(&all)
        .output()
        .expect("runs");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["students"][0]["name"], "yan");
    assert_eq!(v["students"][0]["results"][0]["status"], "no_answer");
    assert_eq!(v["students"][0]["results"][1]["status"], "invalid");
    assert_eq!(v["students"][1]["passed"], true);
}

#[test]
fn quiz_works_with_piped_input() {
    let dir = tempfile::tempdir().expect("tmp");
    write(&dir.path().join("p.js"), MICRO_MACRO);
    jsorder()
        .current_dir(dir.path())
        .args(["quiz", "p.js"])
        .write_stdin("sync\ntimeout\npromise\n\ny\n")
        .assert()
        .code(1)
        .stdout(predicate::str::contains("  1 │ setTimeout"))
        .stdout(predicate::str::contains("Why:"))
        .stdout(predicate::str::contains("▶"));
    jsorder()
        .args(["quiz"])
        .write_stdin("")
        .assert()
        .code(1)
        .stdout(predicate::str::contains("No prediction given"));
}

#[test]
fn check_warns_when_real_node_may_print_another_order() {
    let dir = tempfile::tempdir().expect("temp dir");
    let puzzle = dir.path().join("race.js");
    std::fs::write(&puzzle, "setTimeout(() => console.log('timeout'), 0);\nsetImmediate(() => console.log('immediate'));\n")
        .expect("write");
    let answer = dir.path().join("a.txt");
    std::fs::write(&answer, "immediate\ntimeout\n").expect("write");
    assert_cmd::Command::cargo_bin("jsorder")
        .expect("binary")
        .arg("check")
        .arg(&puzzle)
        .arg(&answer)
        .assert()
        .success()
        .stderr(predicates::str::contains("either order"));
}
