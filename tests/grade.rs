//! The grader as a library: golden explanations for every rule kind, scoring
//! properties, and every bundled puzzle's key graded as correct.

use indoc::indoc;
use jsorder::engine::{run_source, Options, Outcome};
use jsorder::grade::{grade, Answer, Rule};
use proptest::prelude::*;

fn run(src: &str) -> Outcome {
    let options = Options {
        trace: true,
        ..Options::default()
    };
    run_source(src, &options).expect("test program parses")
}

/// The rule and text of the first explanation for `answer`.
fn first_explanation(src: &str, answer: &[&str]) -> (Rule, String) {
    let g = grade(&run(src), &Answer::from_lines(answer.iter().copied()));
    assert!(!g.correct, "the answer should be wrong");
    let e = g.first_explanation().expect("a wrong answer is explained");
    (e.rule, e.text.clone())
}

macro_rules! golden {
    ($name:ident, $rule:expr, $src:expr, [$($line:expr),* $(,)?]) => {
        #[test]
        fn $name() {
            let (rule, text) = first_explanation($src, &[$($line),*]);
            assert_eq!(rule, $rule, "{text}");
            insta::assert_snapshot!(text);
        }
    };
}

golden!(
    program_order,
    Rule::ProgramOrder,
    "console.log('a');\nconsole.log('b');\n",
    ["b", "a"]
);

golden!(
    call_nesting,
    Rule::CallNesting,
    indoc! {"
        function inner() {
          console.log('inner');
        }
        console.log('before');
        inner();
    "},
    ["inner", "before"]
);

golden!(
    synchronous_first,
    Rule::SynchronousFirst,
    "setTimeout(() => console.log('timeout'), 0);\nconsole.log('sync');\n",
    ["timeout", "sync"]
);

golden!(
    next_tick_before_promise_jobs,
    Rule::NextTickFirst,
    "Promise.resolve().then(() => console.log('promise'));\nprocess.nextTick(() => console.log('tick'));\n",
    ["promise", "tick"]
);

golden!(
    tick_queued_by_a_microtask_waits,
    Rule::TickAfterMicrotasks,
    indoc! {"
        Promise.resolve()
          .then(() => { process.nextTick(() => console.log('tick')); })
          .then(() => console.log('micro'));
    "},
    ["tick", "micro"]
);

golden!(
    microtask_before_macrotask,
    Rule::MicrotaskBeforeMacrotask,
    "setTimeout(() => console.log('async1'), 0);\nPromise.resolve().then(() => console.log('async2'));\n",
    ["async1", "async2"]
);

golden!(
    fifo_within_a_queue,
    Rule::Fifo,
    "Promise.resolve().then(() => console.log('p1'));\nPromise.resolve().then(() => console.log('p2'));\n",
    ["p2", "p1"]
);

golden!(
    timers_by_due_time,
    Rule::TimerDueTime,
    "setTimeout(() => console.log('slow'), 10);\nsetTimeout(() => console.log('fast'), 5);\n",
    ["slow", "fast"]
);

golden!(
    timers_in_creation_order,
    Rule::TimerCreationOrder,
    "setTimeout(() => console.log('t1'), 0);\nsetTimeout(() => console.log('t2'), 0);\n",
    ["t2", "t1"]
);

golden!(
    check_phase_before_a_timer_not_yet_due,
    Rule::CheckBeforeTimers,
    "setTimeout(() => console.log('timeout'), 0);\nsetImmediate(() => console.log('immediate'));\n",
    ["timeout", "immediate"]
);

golden!(
    timers_phase_before_check_phase,
    Rule::TimersBeforeCheck,
    indoc! {"
        setTimeout(() => {
          console.log('t1');
          setImmediate(() => console.log('immediate'));
        }, 5);
        setTimeout(() => console.log('t2'), 5);
    "},
    ["t1", "immediate", "t2"]
);

golden!(
    await_and_then_tick_counting,
    Rule::TickCounting,
    indoc! {"
        async function f() {
          await null;
          await null;
          console.log('b');
        }
        f();
        Promise.resolve().then(() => console.log('c'));
    "},
    ["b", "c"]
);

golden!(
    a_callback_cannot_run_before_it_is_queued,
    Rule::QueuedLater,
    "setImmediate(() => {\n  console.log('imm');\n  Promise.resolve().then(() => console.log('micro'));\n});\n",
    ["micro", "imm"]
);

golden!(
    before_exit_waits_for_an_empty_loop,
    Rule::QueuedLater,
    "process.on('beforeExit', () => console.log('bye'));\nsetTimeout(() => console.log('timer'), 5);\n",
    ["bye", "timer"]
);

golden!(
    a_callback_runs_to_completion_first,
    Rule::RunToCompletion,
    "setImmediate(() => {\n  Promise.resolve().then(() => console.log('micro'));\n  console.log('imm');\n});\n",
    ["micro", "imm"]
);

golden!(
    crash_before_a_line_is_printed,
    Rule::Crash,
    indoc! {"
        console.log('a');
        setTimeout(() => { throw new Error('boom'); }, 0);
        setTimeout(() => console.log('never'), 0);
    "},
    ["a", "never"]
);

golden!(
    unhandled_rejection_before_a_line_is_printed,
    Rule::Crash,
    "console.log('a');\nPromise.reject(new Error('nope'));\nsetTimeout(() => console.log('later'), 0);\n",
    ["a", "later"]
);

golden!(
    misspelled_line,
    Rule::Misspelled,
    "console.log('sync1');\nconsole.log('sync2');\n",
    ["sycn1", "sync2"]
);

golden!(
    missing_line,
    Rule::Missing,
    "console.log('a');\nsetTimeout(() => console.log('b'), 0);\n",
    ["a"]
);

golden!(
    line_never_printed,
    Rule::NeverPrinted,
    "console.log('a');\n",
    ["a", "zzz"]
);

#[test]
fn the_issue_example_names_the_rule_and_the_steps() {
    let (_, text) = first_explanation(
        "setTimeout(() => console.log('async1'), 0);\nPromise.resolve().then(() => console.log('async2'));\n",
        &["async1", "async2"],
    );
    assert!(text.starts_with("'async2' comes before 'async1'"), "{text}");
    assert!(
        text.contains("(microtask, tick 1) queued at step"),
        "{text}"
    );
    assert!(text.contains("setTimeout callback (macrotask"), "{text}");
    assert!(text.contains("The microtask queue is emptied before the next macrotask runs."));
}

#[test]
fn explain_covers_every_inverted_pair() {
    let src = "console.log('a');\nconsole.log('b');\nconsole.log('c');\n";
    let g = grade(&run(src), &Answer::from_lines(["c", "b", "a"]));
    assert_eq!(g.inverted_pairs, 3);
    let pairs: Vec<(&str, Option<&str>)> = g
        .explanations
        .iter()
        .map(|e| (e.earlier.as_str(), e.later.as_deref()))
        .collect();
    for want in [("a", Some("b")), ("a", Some("c")), ("b", Some("c"))] {
        assert!(pairs.contains(&want), "{want:?} not in {pairs:?}");
    }
}

#[test]
fn missing_extra_and_misspelt_lines_are_reported_separately() {
    let src = "console.log('sync1');\nconsole.log('sync2');\nconsole.log('end');\n";
    let g = grade(&run(src), &Answer::from_lines(["sycn1", "sync2", "bogus"]));
    assert_eq!(g.missing, ["end"]);
    assert_eq!(g.extra, ["bogus"]);
    assert_eq!(g.misspelled[0].expected, "sync1");
    assert!(g.score > 0 && g.score < 100);
}

#[test]
fn normalised_text_answer_is_correct_and_says_so() {
    let src = "console.log('x');\nconsole.log('y');\n";
    let a = Answer::parse("\u{feff}1. 'x'  \r\n2. 'y'\r\n\r\n", false).expect("valid");
    let g = grade(&run(src), &a);
    assert!(g.correct);
    assert_eq!(g.score, 100);
    assert!(!g.normalised.is_empty());
}

#[test]
fn every_bundled_answer_key_grades_as_correct() {
    for p in jsorder::puzzles::all() {
        let outcome = run(p.source);
        let key = p.answer.expect("bundled puzzles have keys");
        let a = Answer::parse(key, false).expect("keys are text");
        let g = grade(&outcome, &a);
        assert!(g.correct, "{}: {:?}", p.name, g.rows.iter().find(|r| !r.ok));
    }
}

fn finale() -> (Outcome, Vec<String>) {
    let p = jsorder::puzzles::find("041-grand-finale").expect("bundled");
    let o = run(p.source);
    let lines = jsorder::grade::expected_lines(&o)
        .into_iter()
        .map(|l| l.text)
        .collect();
    (o, lines)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn truth_scores_100_and_any_other_permutation_less(
        perm in Just(finale().1).prop_shuffle()
    ) {
        let (outcome, truth) = finale();
        prop_assert_eq!(grade(&outcome, &Answer::from_lines(truth.clone())).score, 100);
        let g = grade(&outcome, &Answer::from_lines(perm.clone()));
        if perm == truth {
            prop_assert!(g.correct);
            prop_assert_eq!(g.score, 100);
        } else {
            prop_assert!(!g.correct);
            prop_assert!(g.score < 100, "score {}", g.score);
            prop_assert!(g.inverted_pairs > 0);
            prop_assert!(!g.explanations.is_empty());
        }
    }
}
