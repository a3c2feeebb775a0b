//! Properties of the engine on arbitrary input: never a panic, never a hang,
//! always the same outcome for the same program.

mod common;

use jsorder::engine::{run_source, Options};
use proptest::prelude::*;

fn options() -> Options {
    Options {
        max_steps: 200_000,
        max_output_lines: 2_000,
        ..Options::default()
    }
}

/// The corpus programs, as seeds for mutation.
fn corpus() -> Vec<String> {
    let mut files = common::programs("puzzles");
    files.extend(common::programs("tests/conformance"));
    files
        .iter()
        .map(|f| std::fs::read_to_string(f).expect("readable"))
        .collect()
}

/// Applies byte-level edits at char boundaries: delete, duplicate or replace a slice.
fn mutate(src: &str, edits: &[(usize, usize, u8)]) -> String {
    let mut s: Vec<char> = src.chars().collect();
    let alphabet: Vec<char> = "(){}[];,.=+-*!?:'\"`$ \n0123456789abcxyz".chars().collect();
    for &(at, len, what) in edits {
        if s.is_empty() {
            break;
        }
        let at = at % s.len();
        let end = (at + len % 12).min(s.len());
        match what % 3 {
            0 => {
                s.drain(at..end);
            }
            1 => {
                let piece: Vec<char> = s[at..end].to_vec();
                s.splice(at..at, piece);
            }
            _ => s[at] = alphabet[usize::from(what) % alphabet.len()],
        }
    }
    s.into_iter().collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn mutated_programs_never_panic_and_are_deterministic(
        pick in any::<prop::sample::Index>(),
        edits in prop::collection::vec((any::<usize>(), any::<usize>(), any::<u8>()), 1..6),
    ) {
        let corpus = corpus();
        let src = mutate(&corpus[pick.index(corpus.len())], &edits);
        let a = run_source(&src, &options());
        let b = run_source(&src, &options());
        match (a, b) {
            (Ok(a), Ok(b)) => {
                prop_assert_eq!(a.stdout_text(), b.stdout_text());
                prop_assert_eq!(format!("{:?}", a.end), format!("{:?}", b.end));
            }
            (Err(a), Err(b)) => prop_assert_eq!(a, b),
            _ => prop_assert!(false, "one run failed to compile and the other did not"),
        }
    }

    #[test]
    fn arbitrary_text_never_panics(src in "\\PC{0,200}") {
        let _ = run_source(&src, &options());
    }

}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn tracing_does_not_change_the_output(pick in any::<prop::sample::Index>()) {
        let corpus = corpus();
        let src = &corpus[pick.index(corpus.len())];
        let plain = run_source(src, &options()).expect("corpus programs compile");
        let traced = run_source(src, &Options { trace: true, max_trace_events: 500, ..options() }).expect("compiles");
        prop_assert_eq!(plain.stdout_text(), traced.stdout_text());
        // Provenance step numbers are the trace's step numbers.
        let steps = |o: &jsorder::engine::Outcome| o.stdout.iter().map(|l| (l.step, l.task.queued_at_step)).collect::<Vec<_>>();
        prop_assert_eq!(steps(&plain), steps(&traced));
        prop_assert!(!traced.events.is_empty());
    }
}

/// How many lines an endless program prints before the step limit (of
/// [`options`]) stops it.
fn lines_before_the_step_limit(src: &str) -> usize {
    let outcome = run_source(src, &options()).expect("compiles");
    assert!(
        matches!(outcome.end, jsorder::engine::End::StepLimit { .. }),
        "{:?}",
        outcome.end
    );
    outcome.stdout.len()
}

/// Copying a string counts against the step budget: one `+=` copies the whole
/// string, so a loop that keeps appending does quadratic work in linearly many
/// instructions, and without the charge it would run for hours before the
/// instruction count alone stopped it.
#[test]
fn appending_to_a_growing_string_counts_its_copies_as_steps() {
    let src = "let s = '';\n\
               for (let i = 1; ; i++) {\n\
               \x20 s += 'x'.repeat(64);\n\
               \x20 if (i % 100 === 0) console.log(i);\n\
               }\n";
    // Appends cost about as many steps as 64-byte pieces they copy: the
    // budget of 200,000 allows about 600 of them (without the copies, some
    // six thousand).
    let printed = lines_before_the_step_limit(src);
    assert!(printed < 10, "{printed} lines printed");
}

/// A call counts as more than one step, so an endless loop of calls ends
/// within seconds like an empty endless loop does.
#[test]
fn a_call_counts_as_many_steps() {
    let src = "let n = 0;\n\
               function f() { n++; }\n\
               for (;;) {\n\
               \x20 f();\n\
               \x20 if (n % 1000 === 0) console.log(n);\n\
               }\n";
    // About 30 steps per round with the call's charge: some 6,500 calls in
    // the budget of 200,000 (instructions alone allow some 25,000).
    let printed = lines_before_the_step_limit(src);
    assert!((3..10).contains(&printed), "{printed} lines printed");
}

/// So does a call the event loop or a built-in makes: an interval whose
/// callback does almost nothing would otherwise fire for a minute before the
/// budget ran out.
#[test]
fn a_callback_the_event_loop_runs_counts_as_a_call() {
    let src = "let n = 0;\n\
               setInterval(() => { if (++n % 1000 === 0) console.log(n); }, 1);\n";
    // About 35 steps per firing with the call's charge: some 5,700 firings
    // in the budget of 200,000 (instructions alone allow some 20,000).
    let printed = lines_before_the_step_limit(src);
    assert!((3..10).contains(&printed), "{printed} lines printed");
}

/// Resuming an async function after `await` puts its frame back as a call
/// does, and a `throw` unwinds as a return does: both count as a call.
#[test]
fn resuming_after_await_and_throwing_count_as_calls() {
    let awaits = "(async () => {\n\
                  \x20 for (let i = 1; ; i++) { await null; if (i % 1000 === 0) console.log(i); }\n\
                  })();\n";
    let throws = "for (let i = 1; ; i++) {\n\
                  \x20 try { throw i; } catch (e) { if (e % 1000 === 0) console.log(e); }\n\
                  }\n";
    for src in [awaits, throws] {
        // Some 4,500 rounds in the budget of 200,000 (instructions alone
        // allow 9,000 throws and 12,000 awaits).
        let printed = lines_before_the_step_limit(src);
        assert!((3..7).contains(&printed), "{printed} lines printed:\n{src}");
    }
}

/// Making an error (here the engine's own `TypeError`) counts as the hundred
/// instructions of work it is, so a loop that keeps failing ends as soon as
/// an empty loop does.
#[test]
fn making_an_error_counts_as_many_steps() {
    let src = "for (let i = 1; ; i++) {\n\
               \x20 try { null.x; } catch { if (i % 500 === 0) console.log(i); }\n\
               }\n";
    // Some 1,800 rounds in the budget of 200,000 (instructions alone allow
    // some 16,000).
    let printed = lines_before_the_step_limit(src);
    assert!((2..6).contains(&printed), "{printed} lines printed");
}
