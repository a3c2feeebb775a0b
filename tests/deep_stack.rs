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
