//! The order in which V8 defines the members of an object literal, which is
//! the order its keys print in.
//!
//! V8 splits a literal at its first computed key or spread. The members
//! before it (the static part) normally come from a boilerplate made at parse
//! time, which fixes each key at its first occurrence: defining the members
//! one by one gives the same order. But a literal that *starts* with a spread
//! has no boilerplate: V8 clones the spread, then stores the static part's
//! data members, skipping each one a later member of the same name overrides
//! (its value is still evaluated), and defines its getters and setters last.
//! So `{ ...o, a: 1, b: 2, a: 3 }` prints `{ b: 2, a: 3 }` and
//! `{ ...o, get g() {…}, x: 1 }` prints `{ x: 1, g: [Getter] }`.
//! The members from the split on are defined one by one, in source order.

use crate::syntax::ast::{Prop, PropKey};
use std::rc::Rc;

/// What the compiler emits for one member of an object literal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Step {
    /// Define member `i` on the object.
    Define(usize),
    /// Evaluate member `i`'s value for its effects, but do not store it.
    EvaluateOnly(usize),
}

/// The steps that build an object literal, in the order V8 takes them.
/// (An overridden getter or method after a leading spread has no step:
/// creating a function has no effects.)
pub(super) fn literal_steps(props: &[Prop]) -> Vec<Step> {
    if !matches!(props.first(), Some(Prop::Spread(_))) {
        return (0..props.len()).map(Step::Define).collect();
    }
    let static_end = (1..props.len())
        .find(|&i| dynamic(&props[i]))
        .unwrap_or(props.len());
    let mut steps = vec![Step::Define(0)];
    let mut getters = Vec::new();
    for (i, p) in props.iter().enumerate().take(static_end).skip(1) {
        match p {
            Prop::Init(..) if overridden(props, i) => steps.push(Step::EvaluateOnly(i)),
            Prop::Getter(..) | Prop::Setter(..) | Prop::Method(..) if overridden(props, i) => {}
            Prop::Getter(..) | Prop::Setter(..) => getters.push(Step::Define(i)),
            _ => steps.push(Step::Define(i)),
        }
    }
    steps.extend(getters);
    steps.extend((static_end..props.len()).map(Step::Define));
    steps
}

/// Whether a member starts V8's dynamic part: a computed key or a spread.
fn dynamic(p: &Prop) -> bool {
    match p {
        Prop::Spread(_) => true,
        Prop::Init(k, _) | Prop::Method(k, _) | Prop::Getter(k, _) | Prop::Setter(k, _) => {
            matches!(k, PropKey::Computed(_))
        }
    }
}

/// The literal key of a member, if it has one.
fn name(p: &Prop) -> Option<&Rc<str>> {
    match p {
        Prop::Init(PropKey::Name(k), _)
        | Prop::Method(PropKey::Name(k), _)
        | Prop::Getter(PropKey::Name(k), _)
        | Prop::Setter(PropKey::Name(k), _) => Some(k),
        _ => None,
    }
}

/// Whether a later member with a literal key defines the same key as member
/// `i` (V8's `CalculateEmitStore`; computed keys are not compared). A getter
/// and a setter of one key do not override each other: they make one property.
fn overridden(props: &[Prop], i: usize) -> bool {
    let Some(key) = name(&props[i]) else {
        return false;
    };
    let pairs = |p: &Prop| {
        matches!(
            (&props[i], p),
            (Prop::Getter(..), Prop::Setter(..)) | (Prop::Setter(..), Prop::Getter(..))
        )
    };
    props[i + 1..]
        .iter()
        .any(|p| name(p) == Some(key) && !pairs(p))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::ast::{ExprKind, StmtKind};

    fn steps_of(src: &str) -> Vec<Step> {
        let program = crate::syntax::parse(&format!("({src});")).expect("parses");
        let Some(StmtKind::Expr(e)) = program.body.first().map(|s| &s.kind) else {
            panic!("an expression statement");
        };
        let ExprKind::Object(props) = &e.kind else {
            panic!("an object literal");
        };
        literal_steps(props)
    }

    #[test]
    fn without_a_leading_spread_every_member_is_defined_in_order() {
        let steps = steps_of("{ get a() { return 1; }, b: 2, a: 3 }");
        assert_eq!(
            steps,
            vec![Step::Define(0), Step::Define(1), Step::Define(2)]
        );
    }

    #[test]
    fn after_a_leading_spread_overridden_values_are_skipped_and_getters_wait() {
        let steps = steps_of(
            "{ ...o, a: 1, get g() { return 1; }, b: 2, get b() { return 2; }, a: 3, [k]: 4, get h() { return 1; } }",
        );
        use Step::*;
        assert_eq!(
            steps,
            vec![
                Define(0),
                EvaluateOnly(1),
                EvaluateOnly(3),
                Define(5),
                Define(2),
                Define(4),
                Define(6),
                Define(7)
            ]
        );
    }
}
