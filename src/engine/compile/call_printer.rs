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
    let mut out = String::new();
    write_v8_text(e, &mut out);
    out
}

/// Appends V8's text for `e` to `out`: one buffer for the whole expression,
/// since the compiler asks for the text of every call that is not a plain name.
pub(super) fn write_v8_text(e: &Expr, out: &mut String) {
    const OPAQUE: &str = "(intermediate value)";
    match &e.kind {
        ExprKind::Ident(name) => out.push_str(name),
        ExprKind::This => out.push_str("this"),
        ExprKind::Null => out.push_str("null"),
        ExprKind::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        ExprKind::Number(n) => out.push_str(&number_to_string(*n)),
        ExprKind::String(s) => {
            out.push('"');
            out.push_str(s);
            out.push('"');
        }
        ExprKind::Member {
            object,
            property,
            optional: false,
        } if !object.in_optional_chain() => {
            write_v8_text(object, out);
            out.push('.');
            out.push_str(&property.name);
        }
        ExprKind::Index {
            object,
            index,
            optional: false,
        } if !object.in_optional_chain() => {
            write_v8_text(object, out);
            if let ExprKind::String(s) = &index.kind {
                out.push('.');
                out.push_str(s);
            } else {
                out.push('[');
                write_v8_text(index, out);
                out.push(']');
            }
        }
        ExprKind::Call {
            callee,
            optional: false,
            ..
        } if !callee.in_optional_chain() => {
            write_v8_text(callee, out);
            out.push_str("(...)");
        }
        ExprKind::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                match item {
                    ArrayItem::Expr(x) => write_v8_text(x, out),
                    ArrayItem::Spread(_) => out.push_str(OPAQUE),
                }
            }
            out.push(']');
        }
        ExprKind::Object(props) => {
            out.push('{');
            out.push_str(&OPAQUE.repeat(props.len()));
            out.push('}');
        }
        ExprKind::Binary(op, a, b) => write_operation(a, op.token(), b, out),
        ExprKind::Logical(op, a, b) => write_operation(a, op.token(), b, out),
        // A parenthesized optional chain.
        ExprKind::Sequence(items) if items.len() == 1 => write_v8_text(&items[0], out),
        ExprKind::Sequence(items) => {
            out.push('(');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(" , ");
                }
                write_v8_text(item, out);
            }
            out.push(')');
        }
        // V8 folds these when it parses them: `-1` is the number, `!0` is `true`.
        ExprKind::Unary(UnaryOp::Neg | UnaryOp::Plus, x)
            if matches!(x.kind, ExprKind::Number(_)) =>
        {
            let ExprKind::Number(n) = x.kind else {
                unreachable!("matched a number")
            };
            let negate = matches!(e.kind, ExprKind::Unary(UnaryOp::Neg, _));
            out.push_str(&number_to_string(if negate { -n } else { n }));
        }
        ExprKind::Unary(UnaryOp::Not, x) if literal_truthiness(x).is_some() => {
            let folded = !literal_truthiness(x).unwrap_or(false);
            out.push_str(if folded { "true" } else { "false" });
        }
        ExprKind::Unary(op, x) => {
            out.push('(');
            out.push_str(op.token());
            write_v8_text(x, out);
            out.push(')');
        }
        ExprKind::Conditional(..) => out.push_str(&OPAQUE.repeat(3)),
        _ => out.push_str(OPAQUE),
    }
}

/// `(a op b)`, as V8 prints a binary or logical operation.
fn write_operation(a: &Expr, op: &str, b: &Expr, out: &mut String) {
    out.push('(');
    write_v8_text(a, out);
    out.push(' ');
    out.push_str(op);
    out.push(' ');
    write_v8_text(b, out);
    out.push(')');
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
