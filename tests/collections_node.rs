//! Random Map and Set programs against the real `node`: keys of every kind
//! (SameValueZero: `NaN`, `-0`, `'1'` and `1`, objects), deletions and
//! insertions while `forEach`, `for…of` and iterators are part way through,
//! `clear`, printing and promise jobs, each compared line for line with Node v20.

mod common;

use common::Rng;

/// Keys chosen to collide or not under SameValueZero.
const KEYS: &[&str] = &[
    "1",
    "'1'",
    "NaN",
    "-0",
    "0",
    "'a'",
    "'b'",
    "o1",
    "o2",
    "undefined",
    "null",
    "true",
];

/// Most loop turns a program takes: a loop that re-adds what it deletes
/// would never end, in node too.
const MAX_TURNS: usize = 40;

fn key(rng: &mut Rng) -> &'static str {
    KEYS[rng.below(KEYS.len())]
}

/// One statement; loops and callbacks nest another (up to two levels).
fn stmt(rng: &mut Rng, depth: usize) -> String {
    let choices = if depth > 1 { 8 } else { 13 };
    match rng.below(choices) {
        0 => format!("m.set({}, {});", key(rng), key(rng)),
        1 => format!("s.add({});", key(rng)),
        2 => format!(
            "console.log('delete', m.delete({}), s.delete({}));",
            key(rng),
            key(rng)
        ),
        3 => format!(
            "console.log('get', m.get({}), m.has({}), s.has({}), m.size, s.size);",
            key(rng),
            key(rng),
            key(rng)
        ),
        4 => "console.log(m, s);".into(),
        5 => "console.log([...m.keys()], [...s.entries()], Array.from(m.values()));".into(),
        6 if rng.below(5) == 0 => "m.clear();".into(),
        6 => "s.add(turns);".into(),
        7 => "console.log(JSON.stringify([...m]), String(s));".into(),
        8 => {
            let inner = stmt(rng, depth + 1);
            format!("{{ const it = m.entries(); it.next(); {inner} console.log(it, it.next()); }}")
        }
        9 => format!(
            "m.forEach((v, k) => {{ if (turns++ > {MAX_TURNS}) return; console.log('forEach', k, v); {} }});",
            stmt(rng, depth + 1)
        ),
        10 => format!(
            "for (const x of s) {{ if (turns++ > {MAX_TURNS}) break; console.log('of', x); {} }}",
            stmt(rng, depth + 1)
        ),
        11 => format!(
            "for (const [k, v] of m) {{ if (turns++ > {MAX_TURNS}) break; console.log('entry', k, v); {} }}",
            stmt(rng, depth + 1)
        ),
        _ => format!("Promise.resolve().then(() => {{ {} }});", stmt(rng, depth + 1)),
    }
}

fn program(seed: u64) -> String {
    let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let mut lines = vec![
        "const o1 = { id: 1 }, o2 = [2];".to_string(),
        "const m = new Map([[1, 'one'], ['a', o1]]);".to_string(),
        "const s = new Set([1, 'a', o2]);".to_string(),
        "let turns = 0;".to_string(),
    ];
    for _ in 0..12 {
        lines.push(stmt(&mut rng, 0));
    }
    lines.push("console.log('end', m, s);".into());
    lines.join("\n") + "\n"
}

#[test]
fn random_map_and_set_programs_print_what_node_prints() {
    let seeds: Vec<u64> = (1..=100).collect();
    common::random_programs_match_node("collections", &seeds, program);
}

#[test]
fn generation_is_deterministic() {
    assert_eq!(program(7), program(7));
    assert_ne!(program(7), program(8));
}
