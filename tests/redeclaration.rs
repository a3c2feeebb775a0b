//! Names declared twice: JavaScript rejects some combinations before running
//! anything (a SyntaxError: "Identifier 'a' has already been declared") and
//! allows others. jsorder must refuse exactly the first kind (exit code 2,
//! like any syntax error) and run the second; node decides which is which.

mod common;

use jsorder::engine::{run_source, Options};

/// Programs node rejects as redeclarations.
const REJECTED: &[&str] = &[
    "let a = 1; let a = 2;",
    "var a = 1; let a = 2;",
    "let a = 1; var a = 2;",
    "const a = 1; function a() {}",
    "let a; { var a; }",
    "{ var a; } let a;",
    "{ let a; let a; }",
    "{ let a; var a; }",
    "{ function f() {} let f; }",
    "{ function f() {} var f; }",
    "'use strict'; { function f() {} function f() {} }",
    "function g(a) { let a; }",
    "try {} catch (e) { let e; }",
    "try {} catch ([e, e]) {}",
    "try {} catch ({ e }) { let e; }",
    "for (let i = 0; i < 1; i++) { var i; }",
    "for (const x of [1]) { var x; }",
    "for (let k in { a: 1 }) { var k; }",
    "let [p, p] = [1, 2];",
    "const { q, r: q } = {};",
    "let s = 1, s = 2;",
    "switch (1) { case 1: let z; break; case 2: let z; }",
    "switch (1) { case 1: let z; break; default: var z; }",
    "function outer() { { var x; } let x; }",
    "if (true) { let b; const b = 1; }",
    "setTimeout(async () => { let d; var d; }, 0);",
];

/// Programs that look alike but are allowed (and print something).
const ALLOWED: &[&str] = &[
    "function a() {} function a() { return 2; } console.log(a());",
    "var a = 1; function a() {} console.log(typeof a);",
    "var a = 1; var a; console.log(a);",
    "function g(a) { var a; console.log(a); } g(1);",
    "function g(a) { function a() {} console.log(typeof a); } g(1);",
    "function g(a, b, a) { console.log(a, b); } g(1, 2, 3);",
    "try { throw 1; } catch (e) { var e = 2; console.log(e); }",
    "for (let i = 0; i < 1; i++) { let i = 5; console.log(i); }",
    "for (const x of [1]) { let x = 2; console.log(x); }",
    "{ function f() { return 1; } function f() { return 2; } } console.log(f());",
    "switch (1) { case 1: function w() { return 1; } break; default: function w() { return 2; } } console.log(w());",
    "function outer() { var x = 1; { let x = 2; } console.log(x); } outer();",
    "let f = function f() { return typeof f; }; console.log(f());",
];

/// Programs node rejects for a repeated parameter name ("Duplicate
/// parameter name not allowed in this context").
const REPEATED_PARAMETERS: &[&str] = &[
    "'use strict'; function g(a, a) {}",
    "const h = (a, a) => a;",
    "function g(a, a = 1) {}",
    "function g(a, ...a) {}",
    "function g([a, a]) {}",
];

/// What node's SyntaxError and jsorder's diagnostic say about `src`.
fn wording(src: &str) -> (&'static str, &'static str) {
    if REPEATED_PARAMETERS.contains(&src) {
        (
            "Duplicate parameter name not allowed",
            "duplicate parameter name",
        )
    } else {
        ("has already been declared", "has already been declared")
    }
}

fn jsorder_rejects(src: &str) -> Result<(), String> {
    let (_, ours) = wording(src);
    match run_source(src, &Options::default()) {
        Err(d) if d.message.contains(ours) => Ok(()),
        Err(d) => Err(format!(
            "{src}\n  refused for another reason: {}",
            d.message
        )),
        Ok(_) => Err(format!("{src}\n  ran instead of being refused")),
    }
}

fn jsorder_output(src: &str) -> Result<String, String> {
    let outcome = run_source(src, &Options::default())
        .map_err(|d| format!("{src}\n  refused: {}", d.message))?;
    Ok(outcome.stdout_text())
}

/// Runs `src` under node from a temporary file: (stdout, stderr, exit code).
fn node(src: &str) -> (String, String, i32) {
    let dir = tempfile::tempdir().expect("temporary directory");
    let path = dir.path().join("program.js");
    std::fs::write(&path, src).expect("program written");
    let out = common::run_node(&path)
        .expect("node runs (it is on PATH on every machine of this project)");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

#[test]
fn redeclarations_are_syntax_errors() {
    let failures: Vec<String> = REJECTED
        .iter()
        .chain(REPEATED_PARAMETERS)
        .filter_map(|src| jsorder_rejects(src).err())
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn allowed_redeclarations_run_as_in_node() {
    let failures = common::failures_in_parallel(ALLOWED, |src| {
        let ours = match jsorder_output(src) {
            Ok(out) => out,
            Err(e) => return Some(e),
        };
        let (theirs, _, exit) = node(src);
        (exit != 0 || ours != theirs)
            .then(|| format!("{src}\n  jsorder: {ours:?}\n  node:    {theirs:?} (exit {exit})"))
    });
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn node_agrees_that_the_rejected_programs_are_redeclarations() {
    let all: Vec<&str> = REJECTED
        .iter()
        .chain(REPEATED_PARAMETERS)
        .copied()
        .collect();
    let failures = common::failures_in_parallel(&all, |src| {
        let (_, stderr, exit) = node(src);
        (exit == 0 || !stderr.contains(wording(src).0))
            .then(|| format!("{src}\n  node (exit {exit}): {stderr}"))
    });
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
