//! Every bundled puzzle prints exactly its recorded answer key, and the
//! embedded copies (`jsorder list`) are the files on disk.

mod common;

use common::{check_all, compare, key, solve};

#[test]
fn every_puzzle_matches_its_answer_key() {
    check_all("puzzles", |js| {
        let (out, exit) = key(js);
        compare(js, &solve(js), &out, exit)
    });
}

#[test]
fn there_are_at_least_thirty_puzzles_with_headers() {
    let all = jsorder::puzzles::all();
    assert!(all.len() >= 30, "only {} puzzles", all.len());
    for p in &all {
        assert!(p.title != p.name, "{} has no `// title:` header", p.name);
        assert!(
            (1..=5).contains(&p.difficulty),
            "{} has difficulty {}",
            p.name,
            p.difficulty
        );
        assert!(!p.tags.is_empty(), "{} has no tags", p.name);
        assert!(p.answer.is_some(), "{} has no .out key embedded", p.name);
    }
}

#[test]
fn seed_article_examples_are_bundled() {
    let seeds = jsorder::puzzles::all()
        .into_iter()
        .filter(|p| p.tags.iter().any(|t| t == "seed"))
        .count();
    assert!(
        seeds >= 5,
        "expected the five seed-article examples, found {seeds}"
    );
}
