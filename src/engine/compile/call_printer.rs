//! How V8 prints the expression behind an error (its `CallPrinter`):
//! `x is not a function`, `Cannot destructure property 'a' of 'o.p' …`.
//!
//! Names and property chains print as written, calls as `f(...)`, operators
//! in parentheses, literals V8 folds while parsing (`-1`, `1 + 2`, `!0`) as
//! their value, and anything else as `(intermediate value)`.

use crate::engine::ops::{bitwise, js_pow, js_rem, to_int32};
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
    write(e, out, true);
}

/// V8's text for a callee inside an optional chain: the links of the chain
/// print with their `?.` (`a?.b.c`, `[1,2]?.f`); what the chain starts from
/// prints as anywhere else.
pub(super) fn write_v8_chain_text(e: &Expr, out: &mut String) {
    match &e.kind {
        ExprKind::Member {
            object,
            property,
            optional,
        } => {
            write_v8_chain_text(object, out);
            out.push_str(if *optional { "?." } else { "." });
            out.push_str(&property.name);
        }
        ExprKind::Index {
            object,
            index,
            optional,
        } => {
            write_v8_chain_text(object, out);
            if *optional {
                out.push('?');
            }
            if let ExprKind::String(s) = &index.kind {
                out.push('.');
                out.push_str(s);
            } else {
                if *optional {
                    out.push('.');
                }
                out.push('[');
                write_v8_text(index, out);
                out.push(']');
            }
        }
        ExprKind::Call { callee, .. } => {
            write_v8_chain_text(callee, out);
            out.push_str("(...)");
        }
        _ => write_v8_text(e, out),
    }
}

/// Whether a `for…of` over `e` fails with the value named by its type:
/// V8 names the iterable only when the error's source position is the
/// iterable's own, and a conditional, a logical expression, `!` and `void`
/// record none of their own, so an operand that records one (a property
/// read, a call, an operator) takes it; so does an optional chain.
pub(super) fn for_of_names_by_value(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Conditional(..)
        | ExprKind::Logical(..)
        | ExprKind::Unary(UnaryOp::Not | UnaryOp::Void, _) => records_position_within(e),
        _ => e.in_optional_chain(),
    }
}

/// Whether evaluating `e` records a source position (see
/// [`for_of_names_by_value`]): anything but names, literals and functions,
/// and the operators that record none themselves.
fn records_position_within(e: &Expr) -> bool {
    if folded_number(e).is_some() {
        return false;
    }
    match &e.kind {
        ExprKind::Ident(_)
        | ExprKind::This
        | ExprKind::Null
        | ExprKind::Bool(_)
        | ExprKind::Number(_)
        | ExprKind::String(_)
        | ExprKind::Function(_) => false,
        ExprKind::Template { exprs, .. } => !exprs.is_empty(),
        ExprKind::Conditional(a, b, c) => [a, b, c].iter().any(|x| records_position_within(x)),
        ExprKind::Logical(_, a, b) => records_position_within(a) || records_position_within(b),
        ExprKind::Unary(UnaryOp::Not | UnaryOp::Void | UnaryOp::Typeof, x) => {
            records_position_within(x)
        }
        ExprKind::Array(items) => items.iter().any(|item| match item {
            ArrayItem::Expr(x) | ArrayItem::Spread(x) => records_position_within(x),
            ArrayItem::Hole => false,
        }),
        ExprKind::Object(props) => !props.is_empty(),
        _ => true,
    }
}

/// V8's text for `e` where an iteration fails (the iterable of a spread,
/// a `for…of` or an array pattern): calls print without `(...)`
/// (`o.f().items` is `o.f.items`).
pub(super) fn v8_iteration_text(e: &Expr) -> String {
    let mut out = String::new();
    write(e, &mut out, false);
    out
}

/// [`write_v8_text`]; `marks` says whether calls print their `(...)`.
fn write(e: &Expr, out: &mut String, marks: bool) {
    const OPAQUE: &str = "(intermediate value)";
    // V8 folds number literals and operations on them while parsing:
    // `-1` and `(1 + 2)` print as the numbers they make.
    if let Some(n) = folded_number(e) {
        out.push_str(&number_to_string(n));
        return;
    }
    match &e.kind {
        ExprKind::Ident(name) => out.push_str(name),
        ExprKind::This => out.push_str("this"),
        ExprKind::Null => out.push_str("null"),
        ExprKind::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
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
            write(object, out, marks);
            out.push('.');
            out.push_str(&property.name);
        }
        ExprKind::Index {
            object,
            index,
            optional: false,
        } if !object.in_optional_chain() => {
            write(object, out, marks);
            if let ExprKind::String(s) = &index.kind {
                out.push('.');
                out.push_str(s);
            } else {
                out.push('[');
                write(index, out, marks);
                out.push(']');
            }
        }
        ExprKind::Call {
            callee,
            optional: false,
            ..
        } if !callee.in_optional_chain() => {
            write(callee, out, marks);
            if marks {
                out.push_str("(...)");
            }
        }
        // Inside an iteration V8 prints `new C(…)` as its constructor, like a call.
        ExprKind::New { callee, .. } if !marks => write(callee, out, marks),
        // An assignment prints as its target (`(x = 5)()`: `x is not a function`).
        ExprKind::Assign(_, target, _) => write(target, out, marks),
        ExprKind::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                match item {
                    ArrayItem::Expr(x) => write(x, out, marks),
                    ArrayItem::Spread(x) => {
                        out.push_str("(...");
                        write(x, out, marks);
                        out.push(')');
                    }
                    // V8 prints a hole as the value it reads there.
                    ArrayItem::Hole => out.push_str("(intermediate value)"),
                }
            }
            out.push(']');
        }
        ExprKind::Object(props) => {
            out.push('{');
            out.push_str(&OPAQUE.repeat(props.len()));
            out.push('}');
        }
        // V8 parses `a != b` as `!(a == b)` (and `!==` likewise).
        ExprKind::Binary(op @ (BinaryOp::LooseNe | BinaryOp::StrictNe), a, b) => {
            let equal = if *op == BinaryOp::LooseNe {
                "=="
            } else {
                "==="
            };
            out.push_str("(!");
            write_operation(a, equal, b, out, marks);
            out.push(')');
        }
        _ if chain_link(e).is_some() => write_chain(e, out, marks),
        ExprKind::Binary(op, a, b) => write_operation(a, op.token(), b, out, marks),
        // A parenthesized optional chain.
        ExprKind::Sequence(items) if items.len() == 1 => write(&items[0], out, marks),
        ExprKind::Sequence(items) => {
            out.push('(');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(" , ");
                }
                write(item, out, marks);
            }
            out.push(')');
        }
        // V8 folds `!` of a literal when it parses it: `!0` is `true`.
        ExprKind::Unary(UnaryOp::Not, x) if literal_truthiness(x).is_some() => {
            let folded = !literal_truthiness(x).unwrap_or(false);
            out.push_str(if folded { "true" } else { "false" });
        }
        // A template without substitutions is a string literal; V8 prints
        // only the substitutions of any other.
        ExprKind::Template { quasis, exprs } if exprs.is_empty() => {
            out.push('"');
            out.push_str(&quasis[0]);
            out.push('"');
        }
        ExprKind::Template { exprs, .. } => exprs.iter().for_each(|x| write(x, out, marks)),
        ExprKind::Unary(op, x) => {
            out.push('(');
            out.push_str(op.token());
            write(x, out, marks);
            out.push(')');
        }
        ExprKind::Conditional(..) => out.push_str(&OPAQUE.repeat(3)),
        ExprKind::Function(f) => out.push_str(&OPAQUE.repeat(printed_statements(f))),
        _ => out.push_str(OPAQUE),
    }
}

/// How many `(intermediate value)` V8 prints for a function literal: one
/// per statement of its body as V8 parsed it. Non-simple parameters make
/// that two blocks (initializing them, then the body); an async body is one
/// `try`; hoisted function declarations and empty statements are not there.
fn printed_statements(f: &Function) -> usize {
    let simple = f
        .params
        .iter()
        .all(|p| matches!(p.target, Pattern::Ident(_)) && p.default.is_none() && !p.rest);
    let count = match &f.body {
        _ if !simple => 2,
        _ if f.is_async => 1,
        Body::Expr(_) => 1,
        Body::Block(stmts) => stmts
            .iter()
            .filter(|s| !matches!(s.kind, StmtKind::Empty | StmtKind::Function(_)))
            .count(),
    };
    count.max(1)
}

/// The operator and operands of `e` when V8 may collapse it into an n-ary
/// operation: arithmetic, bitwise and logical operators (not comparisons,
/// nor `**`), when the operation is not folded into a number.
fn chain_link(e: &Expr) -> Option<(&'static str, &Expr, &Expr)> {
    use BinaryOp::*;
    match &e.kind {
        ExprKind::Logical(op, a, b) => Some((op.token(), a, b)),
        ExprKind::Binary(
            op @ (Add | Sub | Mul | Div | Rem | BitAnd | BitOr | BitXor | Shl | Shr | UShr),
            a,
            b,
        ) if folded_number(e).is_none() => Some((op.token(), a, b)),
        _ => None,
    }
}

/// `(a + b + c)`: V8 parses a left-leaning chain of one operator as a single
/// n-ary operation and prints its operands side by side.
fn write_chain(e: &Expr, out: &mut String, marks: bool) {
    let Some((op, ..)) = chain_link(e) else {
        return write(e, out, marks);
    };
    let mut operands = Vec::new();
    let mut rest = e;
    while let Some((_, left, right)) = chain_link(rest).filter(|(o, ..)| *o == op) {
        operands.push(right);
        rest = left;
    }
    operands.push(rest);
    out.push('(');
    for (i, x) in operands.iter().rev().enumerate() {
        if i > 0 {
            out.push(' ');
            out.push_str(op);
            out.push(' ');
        }
        write(x, out, marks);
    }
    out.push(')');
}

/// `(a op b)`, as V8 prints a binary or logical operation.
fn write_operation(a: &Expr, op: &str, b: &Expr, out: &mut String, marks: bool) {
    out.push('(');
    write(a, out, marks);
    out.push(' ');
    out.push_str(op);
    out.push(' ');
    write(b, out, marks);
    out.push(')');
}

/// Whether V8's text for `e` is its source text, decided without building
/// it for the common callees: a name, or a `.` chain of names written without
/// spaces (`console.log`). Other shapes answer `false`, and the caller builds
/// the text to compare.
pub(super) fn printed_as_written(e: &Expr, source: &str) -> bool {
    // Bytes, not `str` slices: every call asks, and a name's bytes can only
    // match a slice that starts and ends on character boundaries anyway.
    let text = |from: u32, to: u32| source.as_bytes().get(from as usize..to as usize);
    match &e.kind {
        ExprKind::Ident(name) => text(e.span.start, e.span.end) == Some(name.as_bytes()),
        ExprKind::Member {
            object,
            property,
            optional: false,
        } => {
            object.span.start == e.span.start
                && text(object.span.end, e.span.end)
                    .and_then(|rest| rest.strip_prefix(b"."))
                    .is_some_and(|name| name == property.name.as_bytes())
                && printed_as_written(object, source)
        }
        _ => false,
    }
}

/// The number V8's parser makes of `e` when it is built from number
/// literals alone (`ShortcutNumericLiteralBinaryExpression` and
/// `BuildUnaryExpression`): unary `-`, `+`, `~` and the arithmetic and
/// bitwise operators, not comparisons.
fn folded_number(e: &Expr) -> Option<f64> {
    use BinaryOp::*;
    match &e.kind {
        ExprKind::Number(n) => Some(*n),
        ExprKind::Unary(UnaryOp::Neg, x) => Some(-folded_number(x)?),
        ExprKind::Unary(UnaryOp::Plus, x) => folded_number(x),
        ExprKind::Unary(UnaryOp::BitNot, x) => Some(f64::from(!to_int32(folded_number(x)?))),
        ExprKind::Binary(op, a, b) => {
            let (x, y) = (folded_number(a)?, folded_number(b)?);
            match op {
                Add => Some(x + y),
                Sub => Some(x - y),
                Mul => Some(x * y),
                Div => Some(x / y),
                Rem => Some(js_rem(x, y)),
                Exp => Some(js_pow(x, y)),
                BitAnd | BitOr | BitXor | Shl | Shr | UShr => Some(bitwise(*op, x, y)),
                _ => None,
            }
        }
        _ => None,
    }
}

/// Whether a literal (after V8's folding) is truthy (`None` for anything else).
fn literal_truthiness(e: &Expr) -> Option<bool> {
    if let Some(n) = folded_number(e) {
        return Some(n != 0.0 && !n.is_nan());
    }
    match &e.kind {
        ExprKind::Unary(UnaryOp::Not, x) => literal_truthiness(x).map(|t| !t),
        ExprKind::String(s) => Some(!s.is_empty()),
        ExprKind::Bool(b) => Some(*b),
        ExprKind::Null => Some(false),
        _ => None,
    }
}
