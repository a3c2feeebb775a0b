//! The conformance programs (one rule of SEMANTICS.md each) against their
//! answer keys recorded from node.

mod common;

use common::{check_all, compare, compare_header, key, solve};

#[test]
fn every_conformance_program_matches_node() {
    check_all("tests/conformance", |js| {
        let (out, exit) = key(js);
        let got = solve(js);
        compare(js, &got, &out, exit)?;
        compare_header(js, &got)
    });
}

#[test]
fn the_suite_covers_at_least_sixty_programs() {
    assert!(common::programs("tests/conformance").len() >= 60);
}
