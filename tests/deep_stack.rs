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
fn a_long_chain_of_objects_is_freed_without_recursion() {
    // The last reference to the head frees the whole chain: nested drops
    // would need a native frame per object.
    let out = run_on_small_stack(
        "let o = {};\nfor (let i = 0; i < 100000; i++) o = { o };\n\
         let a = [];\nfor (let i = 0; i < 100000; i++) a = [a];\n\
         let m = new Map();\nfor (let i = 0; i < 100000; i++) m = new Map([[i, m]]);\n\
         o = a = m = null;\nconsole.log('freed');\n",
    );
    assert_eq!(out, "freed\n");
}

#[test]
fn built_ins_over_deeply_nested_values_throw_range_error() {
    let out = run_on_small_stack(
        "let o = {};\nfor (let i = 0; i < 100000; i++) o = { o };\n\
         let a = [];\nfor (let i = 0; i < 100000; i++) a = [a];\n\
         for (const f of [() => JSON.stringify(o), () => JSON.stringify(a), () => String(a),\n\
           () => a.join(), () => `${a}`, () => a.flat(Infinity)]) {\n\
           try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.message); }\n\
         }\n\
         let b = [];\nfor (let i = 0; i < 3000; i++) b = [b];\n\
         console.log(JSON.stringify(b).length, String(b).length, b.flat(Infinity).length);\n",
    );
    assert_eq!(
        out,
        "RangeError Maximum call stack size exceeded\n".repeat(6) + "6002 0 0\n"
    );
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
