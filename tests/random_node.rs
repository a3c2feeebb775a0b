//! Random programs against the real `node`: a few hundred generated programs
//! mixing every queue, each compared line for line with Node v20.
//!
//! Programs follow SEMANTICS.md §7a so that real Node has exactly one order on
//! a loaded machine: a `console.log` runs before any timer is created;
//! top-level timers use delay 0 any number of times and 100 and 200 ms at
//! most once each; timers nested in other callbacks use delay 0;
//! `setImmediate` appears only in the 200 ms callback, which creates no
//! timers. Microtask-level constructs (nextTick, promise chains, thenables,
//! async/await, combinators) are never racy and are used freely.

mod common;

use common::Rng;

use std::fmt::Write as _;

/// Which macrotask generated code runs under (microtasks inherit it), which
/// decides what it may schedule.
#[derive(Clone, Copy, PartialEq)]
enum Ctx {
    /// The main script (and the microtasks it queues).
    Top,
    /// A 0 or 100 ms timer callback (may nest 0 ms timers).
    Timer0,
    /// The 200 ms timer callback (may queue immediates, no timers).
    TimerLate,
    /// An immediate callback (no timers).
    Immediate,
}

struct Gen {
    rng: Rng,
    label: usize,
    out: String,
    indent: usize,
    helpers: String,
    fns: usize,
    /// Late delays already used: each appears once, so nothing else is due near
    /// a late callback (timers created a few real milliseconds apart would be).
    late_used: [bool; 2],
}

impl Gen {
    fn label(&mut self, stem: &str) -> String {
        self.label += 1;
        format!("{stem}{}", self.label)
    }

    fn line(&mut self, s: &str) {
        let _ = writeln!(self.out, "{}{s}", "  ".repeat(self.indent));
    }

    fn log(&mut self, stem: &str) {
        let l = self.label(stem);
        self.line(&format!("console.log('{l}');"));
    }

    /// A block of `n` statements in context `ctx`.
    fn block(&mut self, ctx: Ctx, n: usize, depth: usize) {
        for _ in 0..n {
            self.stmt(ctx, depth);
        }
    }

    fn nested<F: FnOnce(&mut Gen)>(&mut self, open: &str, close: &str, body: F) {
        self.line(open);
        self.indent += 1;
        body(self);
        self.indent -= 1;
        self.line(close);
    }

    fn stmt(&mut self, ctx: Ctx, depth: usize) {
        let deep = depth >= 3;
        match self.rng.below(if deep { 2 } else { 12 }) {
            0 | 1 => self.log("s"),
            2 => {
                let d = depth + 1;
                self.nested("process.nextTick(() => {", "});", |g| {
                    g.log("tick");
                    let n = g.rng.below(2);
                    g.block(ctx, n, d);
                });
            }
            3 => {
                let d = depth + 1;
                self.nested("queueMicrotask(() => {", "});", |g| {
                    g.log("qm");
                    let n = g.rng.below(2);
                    g.block(ctx, n, d);
                });
            }
            4 | 5 => self.then_chain(),
            6 | 7 => self.async_call(ctx),
            8 => self.combinator(),
            9 => self.timer(ctx, depth),
            10 => self.immediate(ctx, depth),
            _ => self.executor(),
        }
    }

    /// `Promise.resolve(x).then(...)...` with returns of values, promises, thenables, throws.
    fn then_chain(&mut self) {
        let start = match self.rng.below(4) {
            0 => "Promise.resolve()".to_string(),
            1 => "Promise.reject(new Error('e'))".to_string(),
            2 => "Promise.resolve({ then(r) { r('th'); } })".to_string(),
            _ => "new Promise(r => r(Promise.resolve()))".to_string(),
        };
        self.line(&start);
        self.indent += 1;
        for _ in 0..1 + self.rng.below(3) {
            let l = self.label("p");
            let body = match self.rng.below(6) {
                0 => format!("() => {{ console.log('{l}'); return Promise.resolve(1); }}"),
                1 => format!("() => {{ console.log('{l}'); return {{ then(r) {{ r(2); }} }}; }}"),
                2 => format!("() => {{ console.log('{l}'); throw new Error('x'); }}"),
                _ => format!("() => console.log('{l}')"),
            };
            match self.rng.below(5) {
                0 => self.line(&format!(".catch({body})")),
                1 => self.line(&format!(".finally({body})")),
                _ => self.line(&format!(".then({body})")),
            }
        }
        let l = self.label("end");
        self.line(&format!(".catch(() => console.log('{l}'));"));
        self.indent -= 1;
    }

    /// An async function with awaits of various things, called now. It awaits a
    /// timer only where creating timers is allowed.
    fn async_call(&mut self, ctx: Ctx) {
        let timers_ok = matches!(ctx, Ctx::Top | Ctx::Timer0);
        self.fns += 1;
        let name = format!("task{}", self.fns);
        let mut body = String::new();
        let l = self.label("a");
        let _ = writeln!(body, "  console.log('{l}');");
        for _ in 0..1 + self.rng.below(3) {
            let what = match self.rng.below(6) {
                4 if !timers_ok => "null",
                0 => "null",
                1 => "Promise.resolve()",
                2 => "{ then(r) { r(); } }",
                3 => "helper()",
                4 => "new Promise(r => setTimeout(r, 0))",
                _ => "Promise.all([1, Promise.resolve(2)])",
            };
            if what == "helper()" && !self.helpers.contains("async function helper") {
                self.helpers
                    .push_str("async function helper() { await null; return 'h'; }\n");
            }
            let l = self.label("aw");
            if self.rng.chance(20) {
                let _ = writeln!(body, "  try {{ await Promise.reject(new Error('r')); }} catch (e) {{ console.log('{l}'); }}");
            } else {
                let _ = writeln!(body, "  await {what};\n  console.log('{l}');");
            }
        }
        let ret = match self.rng.below(3) {
            0 => "return Promise.resolve('r');",
            1 => "return 'v';",
            _ => "return await Promise.resolve('w');",
        };
        let _ = writeln!(body, "  {ret}");
        let _ = write!(self.helpers, "async function {name}() {{\n{body}}}\n");
        let l = self.label("done");
        self.line(&format!("{name}().then(() => console.log('{l}'));"));
    }

    fn combinator(&mut self) {
        let which = ["all", "allSettled", "race", "any"][self.rng.below(4)];
        let items = [
            "1",
            "Promise.resolve(2)",
            "Promise.reject(3)",
            "{ then(r) { r(4); } }",
        ];
        let n = 1 + self.rng.below(3);
        let picked: Vec<&str> = (0..n).map(|_| items[self.rng.below(items.len())]).collect();
        let l = self.label(which);
        self.line(&format!(
            "Promise.{which}([{}]).then(v => console.log('{l}', v), e => console.log('{l}-rejected'));",
            picked.join(", ")
        ));
    }

    fn executor(&mut self) {
        let l = self.label("exec");
        let l2 = self.label("resolved");
        self.line(&format!("new Promise(resolve => {{ console.log('{l}'); resolve(); }}).then(() => console.log('{l2}'));"));
    }

    fn timer(&mut self, ctx: Ctx, depth: usize) {
        let delay = match ctx {
            Ctx::Top => {
                let pick = self.rng.below(4);
                match pick {
                    2 | 3 if !self.late_used[pick - 2] => {
                        self.late_used[pick - 2] = true;
                        [100, 200][pick - 2]
                    }
                    _ => 0,
                }
            }
            Ctx::Timer0 => 0,
            _ => return self.log("s"),
        };
        // Only the 200 ms callback may queue immediates (and then creates no timers).
        let inner = if delay == 200 {
            Ctx::TimerLate
        } else {
            Ctx::Timer0
        };
        let d = depth + 1;
        self.nested("setTimeout(() => {", &format!("}}, {delay});"), |g| {
            g.log("t");
            let n = 1 + g.rng.below(3);
            g.block(inner, n, d);
        });
    }

    fn immediate(&mut self, ctx: Ctx, depth: usize) {
        if !matches!(ctx, Ctx::TimerLate | Ctx::Immediate) {
            return self.log("s");
        }
        let d = depth + 1;
        self.nested("setImmediate(() => {", "});", |g| {
            g.log("imm");
            let n = g.rng.below(3);
            g.block(Ctx::Immediate, n, d);
        });
    }
}

/// The program for `seed`.
fn program(seed: u64) -> String {
    let mut g = Gen {
        rng: Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1),
        label: 0,
        out: String::new(),
        indent: 0,
        helpers: String::new(),
        fns: 0,
        late_used: [false; 2],
    };
    g.line("console.log('start');");
    let n = 3 + g.rng.below(6);
    g.block(Ctx::Top, n, 0);
    format!("{}{}", g.helpers, g.out)
}

#[test]
fn generated_programs_print_what_node_prints() {
    // JSORDER_RANDOM_PROGRAMS=5000 explores further than the default CI run;
    // JSORDER_RANDOM_FIRST=5001 starts past the seeds already explored.
    let env = |name: &str, default: u64| {
        std::env::var(name)
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(default)
    };
    let (first, count) = (
        env("JSORDER_RANDOM_FIRST", 1),
        env("JSORDER_RANDOM_PROGRAMS", 200),
    );
    let seeds: Vec<u64> = (first..first.saturating_add(count)).collect();
    common::random_programs_match_node("gen", &seeds, program);
}

#[test]
fn generation_is_deterministic() {
    assert_eq!(program(7), program(7));
    assert_ne!(program(7), program(8));
}
