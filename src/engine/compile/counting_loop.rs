//! `for` loops that only count, which the compiler leaves out.
//!
//! Puzzles block the event loop with `for (let i = 0; i < 1e9; i++) {}`.
//! Node runs the billion turns in about a second; interpreting them would
//! take minutes and hit the step limit. Such a loop runs no code anyone can
//! observe: only its counter changes, by one each turn, between two number
//! literals. So its effect is known at compile time: nothing for a `let`
//! counter, which dies with the loop, and the last value for a `var` one;
//! and the real time it takes Node moves the event loop's clock on
//! ([`crate::engine::realm::LOOP_TURNS_PER_MS`]).

use crate::syntax::ast::{
    AssignOp, BinaryOp, DeclKind, Expr, ExprKind, ForInit, Ident, Pattern, Stmt, StmtKind,
};

/// Counters and bounds of at most this size step exactly by one (past 2^53
/// `i + 1 === i`, and Node's loop would never end).
const EXACT: f64 = 9_007_199_254_740_990.0;

/// What a loop that only counts leaves behind.
pub(super) struct Counted<'a> {
    /// The counter, declared by the loop.
    pub name: &'a Ident,
    /// `var`, `let`: only a `var` counter outlives the loop.
    pub kind: DeclKind,
    /// The counter's value when the loop ends.
    pub last: f64,
    /// How many times the loop turns.
    pub turns: f64,
}

/// `Some` when the loop is `for (let|var i = A; i < B; i++) {}` or a
/// variant (`<=`; `>`/`>=` with `i--`; `++i`, `i += 1`, …) with integer
/// literal `A`, number literal `B` and an empty body.
pub(super) fn only_counts<'a>(
    init: &'a Option<ForInit>,
    test: &Option<Expr>,
    update: &Option<Expr>,
    body: &Stmt,
) -> Option<Counted<'a>> {
    let Some(ForInit::Decl(kind @ (DeclKind::Let | DeclKind::Var), decls)) = init else {
        return None;
    };
    let [decl] = decls.as_slice() else {
        return None;
    };
    let (Pattern::Ident(name), Some(first)) = (&decl.target, &decl.init) else {
        return None;
    };
    let first = number(first).filter(|a| a.fract() == 0.0 && a.abs() <= EXACT)?;
    if !empty(body) {
        return None;
    }
    let step = step(update.as_ref()?, name)?;
    let ExprKind::Binary(op, left, right) = &test.as_ref()?.kind else {
        return None;
    };
    if !is_counter(left, name) {
        return None;
    }
    let bound = number(right).filter(|b| b.abs() <= EXACT)?;
    let last = match (op, step) {
        (BinaryOp::Lt, 1) if first < bound => first + (bound - first).ceil(),
        (BinaryOp::Le, 1) if first <= bound => first + (bound - first).floor() + 1.0,
        (BinaryOp::Gt, -1) if first > bound => first - (first - bound).ceil(),
        (BinaryOp::Ge, -1) if first >= bound => first - (first - bound).floor() - 1.0,
        // The test fails at once: the loop never turns.
        (BinaryOp::Lt | BinaryOp::Le, 1) | (BinaryOp::Gt | BinaryOp::Ge, -1) => first,
        _ => return None,
    };
    Some(Counted {
        name,
        kind: *kind,
        last,
        turns: (last - first).abs(),
    })
}

fn number(e: &Expr) -> Option<f64> {
    match e.kind {
        ExprKind::Number(n) if n.is_finite() => Some(n),
        _ => None,
    }
}

fn is_counter(e: &Expr, name: &Ident) -> bool {
    matches!(&e.kind, ExprKind::Ident(i) if *i == name.name)
}

/// `{}` or `;`, comments aside.
fn empty(body: &Stmt) -> bool {
    matches!(&body.kind, StmtKind::Empty)
        || matches!(&body.kind, StmtKind::Block(b) if b.is_empty())
}

/// 1 or -1 when `update` moves the counter by one.
fn step(update: &Expr, name: &Ident) -> Option<i8> {
    match &update.kind {
        ExprKind::Update {
            increment, target, ..
        } if is_counter(target, name) => Some(if *increment { 1 } else { -1 }),
        ExprKind::Assign(AssignOp::Compound(op @ (BinaryOp::Add | BinaryOp::Sub)), target, by)
            if is_counter(target, name) && number(by) == Some(1.0) =>
        {
            Some(if *op == BinaryOp::Add { 1 } else { -1 })
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn last_of(src: &str) -> Option<(DeclKind, f64)> {
        let program = crate::syntax::parse(src).expect("parses");
        let Some(StmtKind::For {
            init,
            test,
            update,
            body,
        }) = program.body.first().map(|s| &s.kind)
        else {
            panic!("a for loop");
        };
        only_counts(init, test, update, body).map(|c| (c.kind, c.last))
    }

    #[test]
    fn counting_loops_end_where_the_counter_stops() {
        let var = DeclKind::Var;
        assert_eq!(
            last_of("for (var i = 0; i < 1e9; i++) {}"),
            Some((var, 1e9))
        );
        assert_eq!(last_of("for (var i = 0; i < 2.5; ++i);"), Some((var, 3.0)));
        assert_eq!(
            last_of("for (var i = 0; i <= 10; i += 1) {}"),
            Some((var, 11.0))
        );
        assert_eq!(last_of("for (var i = 10; i > 0; i--) {}"), Some((var, 0.0)));
        assert_eq!(
            last_of("for (var i = 10; i >= 0; i -= 1) {}"),
            Some((var, -1.0))
        );
        assert_eq!(last_of("for (var i = 5; i < 1; i++) {}"), Some((var, 5.0)));
        assert_eq!(
            last_of("for (let i = 0; i < 3; i++) {}"),
            Some((DeclKind::Let, 3.0))
        );
    }

    #[test]
    fn loops_that_do_anything_else_are_kept() {
        for src in [
            "for (let i = 0; i < 3; i++) { f(); }",
            "for (let i = 0; i < n; i++) {}",
            "for (let i = 0; i > 3; i++) {}",
            "for (let i = 0.5; i < 3; i++) {}",
            "for (let i = 0; i < 3; i += 2) {}",
            "for (const i = 0; i < 3; i++) {}",
            "for (let i = 0, j = 0; i < 3; i++) {}",
            "for (let i = 0; j < 3; i++) {}",
            "for (let i = 0; i < 1e300; i++) {}",
        ] {
            assert!(last_of(src).is_none(), "{src}");
        }
    }
}
