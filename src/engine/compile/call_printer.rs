//! How V8 prints the expression behind an error (its `CallPrinter`):
//! `x is not a function`, `Cannot destructure property 'a' of 'o.p' …`.
//!
//! Names and property chains print as written, calls as `f(...)`, operators
//! in parentheses, literals V8 folds while parsing (`-1`, `!0`) as their
//! value, and anything else as `(intermediate value)`.

use crate::engine::value::number_to_string;
use crate::syntax::ast::*;

/// The text V8's error messages use for `e`.
pub(super) fn v8_expression_text(e: &Expr) -> String {
    const OPAQUE: &str = "(intermediate value)";
    match &e.kind {
        ExprKind::Ident(name) => name.to_string(),
        ExprKind::This => "this".into(),
        ExprKind::Null => "null".into(),
        ExprKind::Bool(b) => b.to_string(),
        ExprKind::Number(n) => number_to_string(*n),
        ExprKind::String(s) => format!("\"{s}\""),
        ExprKind::Member {
            object,
            property,
            optional: false,
        } if !object.in_optional_chain() => {
            format!("{}.{}", v8_expression_text(object), property.name)
        }
        ExprKind::Index {
            object,
            index,
            optional: false,
        } if !object.in_optional_chain() => match &index.kind {
            ExprKind::String(s) => format!("{}.{s}", v8_expression_text(object)),
            _ => format!(
                "{}[{}]",
                v8_expression_text(object),
                v8_expression_text(index)
            ),
        },
        ExprKind::Call {
            callee,
            optional: false,
            ..
        } if !callee.in_optional_chain() => format!("{}(...)", v8_expression_text(callee)),
        ExprKind::Array(items) => {
            let parts: Vec<String> = items
                .iter()
                .map(|item| match item {
                    ArrayItem::Expr(x) => v8_expression_text(x),
                    ArrayItem::Spread(_) => OPAQUE.to_string(),
                })
                .collect();
            format!("[{}]", parts.join(","))
        }
        ExprKind::Object(props) => format!("{{{}}}", OPAQUE.repeat(props.len())),
        ExprKind::Binary(op, a, b) => format!(
            "({} {} {})",
            v8_expression_text(a),
            op.token(),
            v8_expression_text(b)
        ),
        ExprKind::Logical(op, a, b) => {
            format!(
                "({} {} {})",
                v8_expression_text(a),
                op.token(),
                v8_expression_text(b)
            )
        }
        // A parenthesized optional chain.
        ExprKind::Sequence(items) if items.len() == 1 => v8_expression_text(&items[0]),
        ExprKind::Sequence(items) => {
            let parts: Vec<String> = items.iter().map(v8_expression_text).collect();
            format!("({})", parts.join(" , "))
        }
        // V8 folds these when it parses them: `-1` is the number, `!0` is `true`.
        ExprKind::Unary(UnaryOp::Neg | UnaryOp::Plus, x)
            if matches!(x.kind, ExprKind::Number(_)) =>
        {
            let ExprKind::Number(n) = x.kind else {
                unreachable!("matched a number")
            };
            let negate = matches!(e.kind, ExprKind::Unary(UnaryOp::Neg, _));
            number_to_string(if negate { -n } else { n })
        }
        ExprKind::Unary(UnaryOp::Not, x) if literal_truthiness(x).is_some() => {
            (!literal_truthiness(x).unwrap_or(false)).to_string()
        }
        ExprKind::Unary(op, x) => format!("({}{})", op.token(), v8_expression_text(x)),
        ExprKind::Conditional(..) => OPAQUE.repeat(3),
        _ => OPAQUE.into(),
    }
}

/// Whether V8's text for `e` is its source text, decided without building
/// it for the common callees: a name, or a `.` chain of names written without
/// spaces (`console.log`). Other shapes answer `false`, and the caller builds
/// the text to compare.
pub(super) fn printed_as_written(e: &Expr, source: &str) -> bool {
    let text = |from: u32, to: u32| source.get(from as usize..to as usize);
    match &e.kind {
        ExprKind::Ident(name) => text(e.span.start, e.span.end) == Some(&**name),
        ExprKind::Member {
            object,
            property,
            optional: false,
        } => {
            object.span.start == e.span.start
                && text(object.span.end, e.span.end)
                    .and_then(|rest| rest.strip_prefix('.'))
                    .is_some_and(|name| name == &*property.name)
                && printed_as_written(object, source)
        }
        _ => false,
    }
}

/// Whether a literal is truthy (`None` for anything else).
fn literal_truthiness(e: &Expr) -> Option<bool> {
    match &e.kind {
        ExprKind::Number(n) => Some(*n != 0.0 && !n.is_nan()),
        ExprKind::String(s) => Some(!s.is_empty()),
        ExprKind::Bool(b) => Some(*b),
        ExprKind::Null => Some(false),
        _ => None,
    }
}
