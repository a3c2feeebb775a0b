//! The conformance programs (one rule of SEMANTICS.md each) against their
//! answer keys recorded from node.

mod common;

use common::{check_all, compare, key, solve};

#[test]
fn every_conformance_program_matches_node() {
    check_all("tests/conformance", |js| {
        let (out, exit) = key(js);
        compare(js, &solve(js), &out, exit)
    });
}

#[test]
fn the_suite_covers_at_least_sixty_programs() {
    assert!(common::programs("tests/conformance").len() >= 60);
}
