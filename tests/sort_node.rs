//! Random `Array#sort` calls against the real `node`: arrays of 0 to 1500
//! values (random, sorted, reversed, sawtooth, in interleaved blocks, with
//! many ties, with `undefined` and holes), sorted without a comparator, with
//! a consistent one, or with an inconsistent one (`a > b`, constant answers,
//! random answers, answers that are mostly right). Every comparator logs its
//! calls, so a program prints a hash of the whole sequence of (a, b) pairs:
//! jsorder must call the comparator exactly as V8's TimSort does, and give
//! the result Node gives.

mod common;

use common::Rng;

/// Comparators as JS expressions of `(a, b)`: `rand()` is the program's own
/// generator, so random answers are the same under node and jsorder.
const COMPARATORS: &[&str] = &[
    "a - b",
    "b - a",
    // Ties: only the last digit counts, so a stable order shows.
    "(a % 10) - (b % 10)",
    "a > b",
    "a < b",
    "1",
    "-1",
    "0",
    "(rand() % 3) - 1",
    "rand() % 13 === 0 ? b - a : a - b",
    "rand() % 2 ? a - b : 0",
];

/// The values of an array of `n`, by one of several patterns.
fn values(rng: &mut Rng, n: usize) -> Vec<i64> {
    let range = [3, 40, 1000, 100_000][rng.below(4)] as i64;
    let tooth = 2 + rng.below(60);
    let block = 1 + rng.below(40);
    let pattern = rng.below(7);
    (0..n)
        .map(|i| {
            let r = (rng.next() % range as u64) as i64;
            let i = i as i64;
            match pattern {
                0 => r,
                1 => i,
                2 => n as i64 - i,
                3 => i % tooth as i64,
                // Sorted blocks that interleave: merges gallop.
                4 => (i * block as i64) % n as i64 + i / 26,
                5 if rng.chance(90) => i,
                5 => r,
                _ => r - range / 2,
            }
        })
        .collect()
}

/// Arrays sorted by one program: node's start-up dominates the test, so
/// each program sorts several.
const SORTS_PER_PROGRAM: usize = 6;

fn program(seed: u64) -> String {
    let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let mut lines = vec![
        format!("let s = {};", 1 + rng.below(65_000)),
        "const rand = () => (s = (s * 75 + 74) % 65537);".to_string(),
    ];
    for k in 0..SORTS_PER_PROGRAM {
        lines.push("{".to_string());
        lines.extend(sort(&mut rng, k));
        lines.push("}".to_string());
    }
    lines.join("\n") + "\n"
}

/// One array, its sort, and what it printed: whether `sort` returned the
/// array, the calls, a hash of the (a, b) pairs in order and the first
/// pairs, a hash of the result (holes and `undefined` included) and its ends.
fn sort(rng: &mut Rng, k: usize) -> Vec<String> {
    // Most arrays are long enough for several runs, some short or empty.
    let n = match rng.below(6) {
        0 => rng.below(64),
        1 => 64 + rng.below(200),
        _ => rng.below(1501),
    };
    let items = values(rng, n)
        .iter()
        .map(|v| {
            if rng.chance(2) {
                "undefined".to_string()
            } else {
                v.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(", ");
    let mut lines = vec![
        format!("const xs = [{items}];"),
        "let calls = 0, h = 0; const pairs = [];".to_string(),
    ];
    if n > 0 && rng.chance(20) {
        for _ in 0..1 + rng.below(4) {
            lines.push(format!("delete xs[{}];", rng.below(n)));
        }
        lines.push(format!("xs.length += {};", rng.below(5)));
    }
    if rng.chance(15) {
        lines.push("const sorted = xs.sort();".to_string());
    } else {
        let cmp = COMPARATORS[rng.below(COMPARATORS.len())];
        lines.push(format!(
            "const sorted = xs.sort((a, b) => {{ calls++; h = (h * 31 + a * 7 + b) % 1000000007; \
             if (pairs.length < 8) pairs.push(`${{a}}:${{b}}`); return {cmp}; }});"
        ));
    }
    lines.extend([
        "let r = 0;".to_string(),
        "for (let i = 0; i < sorted.length; i++) r = (r * 31 + (i in sorted ? (sorted[i] === undefined ? 3 : sorted[i]) : 5)) % 1000000007;".to_string(),
        format!("console.log({k}, sorted === xs, sorted.length, calls, h, r, pairs.join(' '));"),
        "console.log(sorted.slice(0, 6), sorted.slice(-6));".to_string(),
    ]);
    lines
}

#[test]
fn random_sorts_call_the_comparator_as_node_does() {
    let seeds: Vec<u64> = (1..=10).collect();
    common::random_programs_match_node("sort", &seeds, program);
}

#[test]
fn generation_is_deterministic() {
    assert_eq!(program(7), program(7));
    assert_ne!(program(7), program(8));
}
