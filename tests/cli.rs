//! The command line as users meet it: outputs, exit codes, messages, JSON.

use assert_cmd::Command;
use predicates::prelude::*;
use std::io::Write;

fn jsorder() -> Command {
    Command::cargo_bin("jsorder").expect("binary is built")
}

/// Runs jsorder with `args` and the file, expecting exit `code`; its stdout.
fn stdout_of(args: &[&str], file: &tempfile::NamedTempFile, code: i32) -> String {
    let out = jsorder()
        .args(args)
        .arg(file.path())
        .assert()
        .code(code)
        .get_output()
        .stdout
        .clone();
    String::from_utf8(out).expect("utf-8")
}

/// Fails unless every phrase appears in `out`.
fn assert_mentions(out: &str, phrases: &[&str]) {
    for p in phrases {
        assert!(out.contains(p), "no {p:?} in:\n{out}");
    }
}

/// Fails unless `a` appears in `out` before `b`.
fn assert_before(out: &str, a: &str, b: &str) {
    assert!(
        out.find(a) < out.find(b),
        "{a:?} is not before {b:?} in:\n{out}"
    );
}

/// Runs jsorder with `args` and the file, expecting exit `code`, and parses its JSON stdout.
fn json_of(args: &[&str], file: &tempfile::NamedTempFile, code: i32) -> serde_json::Value {
    serde_json::from_str(&stdout_of(args, file, code)).expect("valid JSON")
}

/// The first step of kind `event` in the JSON trace of `file`.
fn trace_step(file: &tempfile::NamedTempFile, event: &str) -> serde_json::Value {
    let trace = json_of(&["trace", "--format", "json"], file, 0);
    trace["events"]
        .as_array()
        .expect("events")
        .iter()
        .find(|e| e["event"] == event)
        .unwrap_or_else(|| panic!("a {event} step"))
        .clone()
}

/// Runs `jsorder solve` on one file.
fn solve(path: &std::path::Path) -> assert_cmd::assert::Assert {
    jsorder().arg("solve").arg(path).assert()
}

fn program(src: &str) -> tempfile::NamedTempFile {
    let mut f = tempfile::Builder::new()
        .suffix(".js")
        .tempfile()
        .expect("temp file");
    f.write_all(src.as_bytes()).expect("write");
    f
}

/// Solving `src` stops with exit code 2 (input error) and says `message`.
fn assert_refused(src: &str, message: &str) {
    let f = program(src);
    solve(f.path())
        .code(2)
        .stderr(predicate::str::contains(message));
}

#[test]
fn solve_prints_node_stdout_and_exits_zero() {
    let f = program("setTimeout(() => console.log('t'), 0);\nPromise.resolve().then(() => console.log('p'));\nconsole.log('s');\n");
    solve(f.path()).success().stdout("s\np\nt\n");
}

#[test]
fn solve_accepts_a_bundled_puzzle_name() {
    let first = jsorder::puzzles::all().remove(0);
    jsorder()
        .args(["solve", first.name])
        .assert()
        .success()
        .stdout(first.answer.expect("key").to_string());
}

#[test]
fn uncaught_exception_exits_one_keeping_earlier_output() {
    let f = program("console.log('before');\nsetTimeout(() => { throw new Error('boom'); }, 0);\n");
    solve(f.path())
        .code(1)
        .stdout("before\n")
        .stderr(predicate::str::contains("Error: boom"));
}

#[test]
fn unhandled_rejection_exits_one() {
    let f = program("console.log('a');\nPromise.reject(new Error('nope'));\n");
    solve(f.path())
        .code(1)
        .stdout("a\n")
        .stderr(predicate::str::contains("nope"));
}

#[test]
fn syntax_error_exits_two_with_location_and_caret() {
    let f = program("console.log('a';\n");
    solve(f.path()).code(2).stdout("").stderr(
        predicate::str::contains("error:")
            .and(predicate::str::contains(":1:"))
            .and(predicate::str::contains("^")),
    );
}

#[test]
fn unsupported_construct_is_named() {
    assert_refused("class A {}\n", "class");
}

#[test]
fn require_gives_only_events_and_timers_promises() {
    let f = program(
        "const E = require('events');\nconst e = new E();\ne.on('x', (v) => console.log('x', v));\nrequire('timers/promises').setTimeout(5, 't').then(console.log);\ne.emit('x', 1);\n",
    );
    solve(f.path()).success().stdout("x 1\nt\n");
    for (src, message) in [
        (
            "const fs = require('fs');\n",
            "`require('fs')` is not supported",
        ),
        (
            "const m = require('./helper');\n",
            "`require('./helper')` is not supported",
        ),
        ("const name = 'events';\nrequire(name);\n", "string literal"),
        (
            "const r = require;\nr('http');\n",
            "`require('http')` is not supported",
        ),
        ("console.log(require('util'));\n", "`util` module"),
        (
            "require('util').types.isPromise(1);\n",
            "`util.types` is not supported",
        ),
        (
            "require('util').inspect({}, { colors: true });\n",
            "`colors` option",
        ),
        (
            "console.log(new (require('events'))());\n",
            "printing an EventEmitter",
        ),
        (
            "console.log(require('events'));\n",
            "printing `EventEmitter`",
        ),
        (
            "console.log(require('timers/promises'));\n",
            "`timers/promises` module",
        ),
        (
            "Object.keys(new (require('events'))());\n",
            "listing the properties of an EventEmitter",
        ),
        (
            "new (require('events'))()._events;\n",
            "`_events` of an EventEmitter",
        ),
        (
            "require('timers/promises').setInterval(10);\n",
            "`setInterval` of `timers/promises`",
        ),
        (
            "require('timers/promises').setTimeout(10, 1, { ref: false });\n",
            "`ref` option",
        ),
        ("require('events')();\n", "without `new`"),
        ("require('util').inspect([1], true);\n", "`showHidden`"),
        (
            "const { promisify } = require('util');\nconst f = () => {};\nf[promisify.custom] = 1;\n",
            "`util.promisify.custom` is not supported",
        ),
        (
            "require('util').inspect.defaultOptions.depth = 0;\n",
            "`util.inspect.defaultOptions` is not supported",
        ),
        (
            "require('util').inspect([1], false, 2, true);\n",
            "`colors`",
        ),
    ] {
        assert_refused(src, message);
    }
}

#[test]
fn top_level_await_runs_the_file_as_an_es_module() {
    // Node 20 does the same: the module's promise jobs run before its ticks.
    let f = program(
        "process.nextTick(() => console.log('tick'));\nPromise.resolve().then(() => console.log('job'));\nawait null;\nconsole.log('resumed');\n",
    );
    solve(f.path()).code(0).stdout("job\nresumed\ntick\n");
    let f = program("await new Promise(() => {});\n");
    jsorder().arg("solve").arg(f.path()).assert().code(13);
    assert_refused(
        "function f() {\n  await null;\n}\n",
        "`await` is only valid in async functions",
    );
    assert_refused(
        "function f() {\n  for await (const x of []) {}\n}\n",
        "`await` is only valid in async functions",
    );
}

#[test]
fn a_function_declaration_as_a_loop_or_strict_if_body_is_a_syntax_error() {
    for (src, message) in [
        ("while (false) function f() {}\n", "body of a loop"),
        ("for (;;) function f() {}\n", "body of a loop"),
        (
            "'use strict';\nif (true) function f() {}\n",
            "body of an `if`",
        ),
        ("if (true) async function f() {}\n", "body of an `if`"),
    ] {
        assert_refused(src, message);
    }
}

#[test]
fn a_let_or_const_declaration_as_a_whole_body_is_a_syntax_error() {
    for src in [
        "if (true) let a = 1;\n",
        "if (false) 1; else const b = 2;\n",
        "while (false) const c = 3;\n",
        "for (const x of [1]) let y = x;\n",
        "do let d = 4; while (false);\n",
        "label: const e = 5;\n",
    ] {
        assert_refused(
            src,
            "cannot be the whole body of an `if`, a loop or a label",
        );
    }
}

#[test]
fn use_strict_in_a_function_with_non_simple_parameters_is_a_syntax_error() {
    assert_refused(
        "function f(a = 1) {\n  'use strict';\n}\n",
        "cannot say 'use strict'",
    );
    assert_refused(
        "const g = (...r) => {\n  'use strict';\n};\n",
        "'use strict'",
    );
}

#[test]
fn unsupported_runtime_feature_exits_two() {
    assert_refused(
        "console.log('x');
const r = new WeakRef({});
",
        "WeakRef",
    );
}

#[test]
fn missing_file_exits_two() {
    jsorder()
        .args(["solve", "no/such/file.js"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("cannot read no/such/file.js"));
}

#[test]
fn endless_interval_exits_three_after_printing() {
    let f = program("console.log('start');\nsetInterval(() => {}, 10);\n");
    jsorder()
        .args(["solve", "--max-steps", "200000"])
        .arg(f.path())
        .assert()
        .code(3)
        .stdout("start\n")
        .stderr(predicate::str::contains("setInterval at line 2"));
}

#[test]
fn immediate_counts_upset_by_clear_immediate_of_a_timer_never_end() {
    // Node spins forever here: clearImmediate of the unref'd timer takes the
    // immediate count to zero, so the check phase never runs the ref'd
    // immediate, whose ref keeps the idle handle (and the loop) alive.
    let f = program(
        "const t = setTimeout(() => {}, 1000).unref();\nsetImmediate(() => console.log('never'));\nclearImmediate(t);\nsetTimeout(() => console.log('50'), 50);\n",
    );
    solve(f.path())
        .code(3)
        .stdout("50\n")
        .stderr(predicate::str::contains("the program never ends"));
}

/// A string or an array longer than jsorder keeps but not too long for
/// Node stops the run (exit 3) instead of throwing the RangeError that only
/// a longer one would get in Node; past Node's own limits it is that error.
#[test]
fn strings_and_arrays_longer_than_kept_stop_the_run() {
    for (src, what) in [
        (
            "console.log('start');\nlet s = 'x';\ntry { while (true) s += s; } catch (e) { console.log(e.message); }\n",
            "a string of more than",
        ),
        (
            "console.log('start');\nconst a = [];\na[50000000] = 1;\n",
            "an array of more than",
        ),
        (
            "console.log('start');\nconsole.log(new Array(40000000).length);\n",
            "an array of more than",
        ),
    ] {
        let f = program(src);
        solve(f.path())
            .code(3)
            .stdout("start\n")
            .stderr(predicate::str::contains(what));
    }
    let f = program(
        "try { 'x'.repeat(2 ** 30); } catch (e) { console.log(e.message); }\ntry { new Array(2 ** 32); } catch (e) { console.log(e.message); }\n",
    );
    solve(f.path())
        .code(0)
        .stdout("Invalid string length\nInvalid array length\n");
}

#[test]
fn infinite_loop_exits_three() {
    let f = program("while (true) {}\n");
    jsorder()
        .args(["solve", "--max-steps", "100000"])
        .arg(f.path())
        .assert()
        .code(3);
}

#[test]
fn several_files_get_headers_and_the_worst_exit_code() {
    let a = program("console.log('a');\n");
    let b = program("throw new Error('b');\n");
    let out = jsorder()
        .arg("solve")
        .arg(a.path())
        .arg(b.path())
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).expect("utf-8");
    assert!(
        out.starts_with(&format!("==> {} <==\na\n", a.path().display())),
        "{out}"
    );
    assert!(
        out.contains(&format!("\n==> {} <==\n", b.path().display())),
        "{out}"
    );
}

#[test]
fn solve_json_gives_lines_with_provenance() {
    let f = program("setTimeout(() => {\n  console.log('late');\n}, 0);\nconsole.log('now');\n");
    let v = json_of(&["solve", "--format", "json"], &f, 0);
    let lines = &v[0]["outcome"]["stdout"];
    assert_eq!(lines[0]["text"], "now");
    assert_eq!(lines[0]["task"]["kind"], "script");
    assert_eq!(lines[1]["text"], "late");
    assert_eq!(lines[1]["line"], 2);
    assert_eq!(lines[1]["task"]["kind"], "timeout");
    assert_eq!(lines[1]["task"]["queued_by_line"], 1);
    assert_eq!(v[0]["exit_code"], 0);
}

#[test]
fn trace_draws_a_table_within_the_width() {
    let f = program(
        "function a() { console.log('in a'); }\na();\nqueueMicrotask(() => console.log('m'));\n",
    );
    let out = stdout_of(&["trace"], &f, 0);
    assert!(out.contains("call a"), "{out}");
    assert!(out.contains("queue microtask"), "{out}");
    assert!(
        out.lines().all(|l| l.chars().count() <= 100),
        "a row is wider than 100 columns:\n{out}"
    );
}

#[test]
fn trace_json_lists_steps() {
    let f = program("process.nextTick(() => console.log('t'));\n");
    let v = json_of(&["trace", "--format", "json"], &f, 0);
    let events = v["events"].as_array().expect("events array");
    assert!(events
        .iter()
        .any(|e| e["event"] == "enqueue" && e["queue"] == "next_tick"));
    assert!(events
        .iter()
        .any(|e| e["event"] == "log" && e["text"] == "t"));
}

#[test]
fn trace_shows_a_queued_task_waiting_at_the_step_that_queued_it() {
    let f = program(
        "setTimeout(() => {}, 5);\nsetImmediate(() => {});\nprocess.nextTick(() => {});\nqueueMicrotask(() => {});\nPromise.resolve().then(() => {});\n",
    );
    let v = json_of(&["trace", "--format", "json"], &f, 0);
    let events = v["events"].as_array().expect("events array");
    let column = |queue: &str| match queue {
        "next_tick" => "ticks",
        "microtask" => "microtasks",
        "timers" => "timers",
        "check" => "immediates",
        other => panic!("unknown queue {other}"),
    };
    let waiting =
        |e: &serde_json::Value, col: &str| e["after"][col].as_array().expect("queue column").len();
    let mut seen = 0;
    for pair in events.windows(2) {
        let (before, e) = (&pair[0], &pair[1]);
        if e["event"] == "enqueue" {
            let col = column(e["queue"].as_str().expect("queue name"));
            assert_eq!(
                waiting(e, col),
                waiting(before, col) + 1,
                "step {} does not show its task in {col}",
                e["step"]
            );
            seen += 1;
        }
    }
    assert_eq!(seen, 5, "one enqueue step per queued task");
}

#[test]
fn trace_shows_process_events_and_unref_in_words() {
    let f = program(
        "setTimeout(() => {}, 10).unref();\nprocess.on('beforeExit', (c) => console.log('b', c));\nprocess.on('exit', (c) => console.log('e', c));\n",
    );
    let out = stdout_of(&["trace", "--width", "200"], &f, 0);
    assert_mentions(
        &out,
        &[
            "unref setTimeout callback (line 1): it no longer keeps the loop alive",
            "@10ms (unref'd)",
            "process emits 'beforeExit' (code 0)",
            "run beforeExit listener (line 2)",
            "process emits 'exit' (code 0)",
            "run exit listener (line 3)",
        ],
    );
    assert_before(&out, "'beforeExit'", "'exit'");
}

#[test]
fn trace_json_names_process_events_and_ref_changes() {
    let f = program(
        "const t = setTimeout(() => {}, 10);\nt.unref();\nt.ref();\nprocess.on('exit', () => {});\nprocess.exit(4);\n",
    );
    let v = json_of(&["trace", "--format", "json"], &f, 4);
    let events = v["events"].as_array().expect("events array");
    let refs: Vec<_> = events
        .iter()
        .filter(|e| e["event"] == "ref")
        .map(|e| e["refed"].as_bool().expect("refed"))
        .collect();
    assert_eq!(refs, [false, true]);
    assert!(events
        .iter()
        .any(|e| e["event"] == "process_emit" && e["name"] == "exit" && e["code"] == 4));
    assert!(events
        .iter()
        .any(|e| e["event"] == "run_task" && e["task"]["kind"] == "exit_listener"));
}

#[test]
fn trace_shows_uncaught_exception_steps_in_words() {
    let f = program(
        "process.on('uncaughtException', () => {});\nprocess.on('uncaughtExceptionMonitor', () => {});\nsetTimeout(() => { throw new Error('t'); }, 5);\nPromise.reject(1);\n",
    );
    let out = stdout_of(&["trace", "--width", "300"], &f, 0);
    assert_mentions(
        &out,
        &[
            "process emits 'uncaughtExceptionMonitor' (origin 'unhandledRejection')",
            "run uncaughtExceptionMonitor listener (line 2)",
            "process emits 'uncaughtException' (origin 'unhandledRejection')",
            "process emits 'uncaughtException' (origin 'uncaughtException')",
            "run uncaughtException listener (line 1)",
            "queue immediate: setImmediate callback noop",
        ],
    );
    assert_before(&out, "'uncaughtExceptionMonitor'", "'uncaughtException'");
}

#[test]
fn trace_json_gives_the_uncaught_exception_origin() {
    let f = program(
        "process.on('uncaughtException', () => {});\nsetTimeout(() => { throw new Error('t'); }, 5);\n",
    );
    let v = json_of(&["trace", "--format", "json"], &f, 0);
    let events = v["events"].as_array().expect("events array");
    assert!(events.iter().any(|e| e["event"] == "process_emit"
        && e["name"] == "uncaughtException"
        && e["origin"] == "uncaughtException"
        && e.get("code").is_none()));
    assert!(events
        .iter()
        .any(|e| e["event"] == "run_task" && e["task"]["kind"] == "uncaught_exception_listener"));
}

#[test]
fn an_uncaught_value_is_inspected_five_levels_deep() {
    // Node's fatal exception handler inspects with depth 5, not the usual 2,
    // for thrown objects and for the extra properties of thrown errors.
    let f = program("throw { a: { b: { c: { d: { e: { f: { g: 1 } } } } } } };\n");
    solve(f.path()).code(1).stderr(predicates::str::contains(
        "{\n  a: {\n    b: {\n      c: { d: { e: { f: [Object] } } }\n    }\n  }\n}\n",
    ));
    let f = program(
        "const e = new Error('x');\ne.data = { a: { b: { c: 1 } } };\nPromise.reject(e);\n",
    );
    solve(f.path())
        .code(1)
        .stderr(predicates::str::contains("data: { a: { b: { c: 1 } } }"));
}

#[test]
fn a_throwing_uncaught_exception_listener_exits_7() {
    let f = program(
        "process.on('uncaughtException', () => { throw new Error('again'); });\nprocess.on('exit', () => console.log('never'));\nthrow new Error('first');\n",
    );
    solve(f.path())
        .code(7)
        .stdout("")
        .stderr(predicates::str::contains("Error: again"));
}

#[test]
fn exit_code_set_by_the_program_is_the_exit_status() {
    let f = program("process.on('exit', (c) => console.log('exit', c));\nprocess.exitCode = 3;\n");
    solve(f.path()).code(3).stdout("exit 3\n");
    let f = program("process.exit(-1);\n");
    solve(f.path()).code(255);
}

#[test]
fn list_shows_bundled_puzzles() {
    jsorder()
        .arg("list")
        .assert()
        .success()
        .stdout(predicate::str::contains("001-"));
    let out = jsorder()
        .args(["list", "--format", "json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let v: serde_json::Value = serde_json::from_slice(&out).expect("valid JSON");
    assert!(v.as_array().expect("array").len() >= 30);
}

#[test]
fn help_and_version() {
    jsorder()
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("Exit codes"));
    jsorder()
        .arg("--version")
        .assert()
        .success()
        .stdout(predicate::str::contains(env!("CARGO_PKG_VERSION")));
    jsorder().arg("bogus").assert().code(2);
}

#[test]
fn no_colour_when_not_a_terminal() {
    let f = program("let x = ;\n");
    solve(f.path())
        .code(2)
        .stderr(predicate::str::contains("\u{1b}[").not());
}

#[test]
fn racy_timer_and_immediate_are_flagged_but_the_usual_order_is_printed() {
    let f = program("setTimeout(() => console.log('timeout'), 0);\nsetImmediate(() => console.log('immediate'));\n");
    solve(f.path())
        .success()
        .stdout("immediate\ntimeout\n")
        .stderr(predicate::str::contains("either order"));
    let g = program("setTimeout(() => {\n  setTimeout(() => console.log('t'), 0);\n  setImmediate(() => console.log('i'));\n}, 0);\n");
    solve(g.path()).success().stdout("i\nt\n").stderr("");
}

#[test]
fn the_trace_shows_the_time_the_first_write_takes() {
    let f = program("setTimeout(() => console.log('a'), 2);\nconsole.log('x');\nsetTimeout(() => console.log('b'), 1);\n");
    assert_eq!(trace_step(&f, "first_write")["now"], 5);
    solve(f.path()).success().stdout("x\na\nb\n");
}

#[test]
fn the_trace_shows_the_time_a_counting_loop_takes() {
    let f = program("setTimeout(() => console.log('t'), 0);\nsetImmediate(() => console.log('i'));\nfor (let i = 0; i < 2e7; i++) {}\n");
    let spin = trace_step(&f, "spin");
    assert_eq!(spin["turns"], 20_000_000);
    assert_eq!(spin["now"], 4);
    solve(f.path()).success().stdout("t\ni\n").stderr("");
}

#[test]
fn printing_before_the_loop_starts_lets_a_racing_timer_run_first() {
    // Node takes a millisecond or more to write the first line, so the
    // timer is due when the loop first checks the timers.
    let f = program("console.log('start');\nsetTimeout(() => console.log('timeout'), 0);\nsetImmediate(() => console.log('immediate'));\n");
    solve(f.path())
        .success()
        .stdout("start\ntimeout\nimmediate\n")
        .stderr(
            predicate::str::contains("either order")
                .and(predicate::str::contains("the timer first")),
        );
    // Created in an immediate, the pair races the same way with or without output.
    let g = program("console.log('start');\nsetImmediate(() => {\n  setTimeout(() => console.log('t'), 0);\n  setImmediate(() => console.log('i'));\n});\n");
    solve(g.path())
        .success()
        .stdout("start\ni\nt\n")
        .stderr(predicate::str::contains("the immediate first"));
}

#[test]
fn real_but_unmodelled_builtins_are_refused_not_misread() {
    for (src, what) in [
        ("console.log(1);\nconsole.table([1]);\n", "console.table"),
        ("console.dir({}, { colors: true });\n", "colors"),
        (
            "let o = {};\nfor (let i = 0; i < 500; i++) o = { o };\nconsole.dir(o, { depth: null });\n",
            "nested",
        ),
        ("const o = Object.create(null);\n", "Object.create"),
        ("console.log(process.env.HOME);\n", "process.env"),
        (
            "function f() { return arguments.length; }\nf();\n",
            "arguments",
        ),
        ("console.log('e'.normalize());\n", "normalize"),
        ("console.log('😀'.charAt(0));\n", "emoji"),
        ("console.log('a😀'.split(''));\n", "emoji"),
        (
            "function f() { console.log(this); }\nf();\n",
            "global object",
        ),
        ("Error.captureStackTrace({});\n", "Error.captureStackTrace"),
        ("console.log('x'.trimLeft());\n", "trimLeft"),
        ("console.log('é'.localeCompare('e'));\n", "localeCompare"),
        ("console.log(setTimeout(() => {}, 1));\n", "Timeout"),
        (
            "const t = setTimeout(() => {}, 1);\nconsole.log(+t);\n",
            "Timeout",
        ),
        ("setTimeout(() => {}, 1).refresh();\n", "refresh"),
        (
            "console.log(setImmediate(() => {}).constructor.name);\n",
            "constructor",
        ),
        ("process.on('warning', () => {});\n", "warning"),
        (
            "process.on('uncaughtException', () => {});\nawait null;\nthrow new Error('x');\n",
            "module",
        ),
        (
            "console.log(new Error('a', { cause: new Error('b') }));\n",
            "cause",
        ),
        ("console.log('%o', { f: queueMicrotask });\n", "built-in functions"),
        (
            "function f() { console.log('%o', [f]); }\nf();\n",
            "a function that is running",
        ),
        ("const o = { __proto__: null, a: 1 };\n", "__proto__"),
        ("console.log('%o', [1].values());\n", "array iterators"),
        ("console.log('%o', new Set([1]).keys());\n", "Set iterators"),
        ("console.log('%o', new WeakSet([{}]));\n", "WeakSets"),
        (
            "const r = new FinalizationRegistry(() => {});\n",
            "FinalizationRegistry",
        ),
        ("console.log(Map.prototype);\n", "prototype"),
        (
            "console.log(new Map([[1, setTimeout(() => {}, 1)]]));\n",
            "Timeout",
        ),
        ("JSON.parse('[1]', (k, v) => v);\n", "reviver"),
        ("JSON.parse('\"\\\\ud800\"');\n", "lone surrogate"),
        ("JSON.parse('😀');\n", "JSON.parse"),
        ("console.log(String.fromCharCode(0xd800));\n", "lone surrogate"),
        ("const a = Object.freeze([1]);\n", "`Object.freeze` of an array"),
        (
            "function f() {}\nconsole.log('prototype' in f);\n",
            "'prototype' in",
        ),
        ("console.log({ c: console });\n", "printing `console`"),
        ("console.log('%s', [process]);\n", "printing `process`"),
        (
            "function f() { return this; }\nconsole.log({ g: f() });\n",
            "global object",
        ),
        (
            "function f() { return typeof this; }\nconsole.log(f.call(5));\n",
            "primitive receiver",
        ),
        (
            "console.log([1].map(function () { return () => this; }, 'x')[0]());\n",
            "primitive receiver",
        ),
        ("console.log(Object.keys(console));\n", "`console`"),
        ("const copy = { ...process };\n", "`process`"),
        ("console.log('table' in console);\n", "'table' in console"),
        (
            "console.log(String(setTimeout));\n",
            "source text of `setTimeout`",
        ),
        ("console.log('%o', [new Error('x')]);\n", "errors"),
        (
            "console.log(Math.hasOwnProperty('cbrt'));\n",
            "Math.hasOwnProperty",
        ),
        (
            "function f() {}\nconsole.log(f.hasOwnProperty('prototype'));\n",
            "prototype",
        ),
    ] {
        assert_refused(src, what);
    }
}

#[test]
fn delete_that_is_not_modelled_is_refused() {
    for (src, names) in [
        ("delete undeclared\n", "global name"),
        ("'use strict'\nlet x\ndelete x\n", "strict mode"),
        ("const o = {}\ndelete o?.a\n", "optional chain"),
        ("delete console.log\n", "`console`"),
        ("function f() {}\ndelete f.name\n", "`name`"),
        ("for (const k in process) {}\n", "`process`"),
    ] {
        assert_refused(src, names);
    }
}
