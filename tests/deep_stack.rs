//! Built-ins that call back into JS (forEach, the Promise executor, getters)
//! nest Rust calls; deep nesting must end in a catchable RangeError, never a
//! stack overflow, even on a thread with a small stack.

fn run_on_small_stack(src: &'static str) -> String {
    std::thread::Builder::new()
        .stack_size(1 << 20)
        .spawn(move || {
            jsorder::engine::run_source(src, &Default::default()).map(|o| o.stdout_text())
        })
        .expect("spawn")
        .join()
        .expect("no stack overflow")
        .expect("runs")
}

#[test]
fn deep_native_reentry_throws_range_error() {
    let out = run_on_small_stack(
        "let depth = 0;\n\
         function f(n) { depth = n; if (n > 0) [1].forEach(() => f(n - 1)); }\n\
         try { f(100000); } catch (e) { console.log(e instanceof RangeError, e.message); }\n\
         console.log(depth > 1000);\n",
    );
    assert_eq!(out, "true Maximum call stack size exceeded\ntrue\n");
}

#[test]
fn deep_plain_recursion_throws_range_error() {
    let out = run_on_small_stack(
        "let n = 0;\nfunction r() { n++; r(); }\n\
         try { r(); } catch (e) { console.log(e.name, n > 5000); }\n",
    );
    assert_eq!(out, "RangeError true\n");
}

#[test]
fn endless_allocation_stops_at_the_object_limit() {
    let opts = jsorder::engine::Options {
        max_objects: 50_000,
        ..Default::default()
    };
    let out = jsorder::engine::run_source(
        "console.log('go');\nconst a = [];\nwhile (true) a.push({ n: a.length });\n",
        &opts,
    )
    .expect("compiles");
    assert!(
        matches!(out.end, jsorder::engine::End::MemoryLimit),
        "{:?}",
        out.end
    );
    assert_eq!(out.exit_code(), 3);
    assert_eq!(out.stdout_text(), "go\n");
}

#[test]
fn pushing_in_a_loop_is_linear() {
    // 200,000 pushes would take minutes if each call copied the array.
    let src =
        "const a = [];\nfor (let i = 0; i < 200000; i++) a.push(i);\nconsole.log(a.length);\n";
    let out = jsorder::engine::run_source(src, &Default::default()).expect("compiles");
    assert_eq!(out.stdout_text(), "200000\n");
}
