//! Small constructors for AST nodes, so the scene builders read like the
//! JavaScript they produce. Every node gets an empty span: the printed text,
//! parsed back, is what carries real positions.

use crate::syntax::ast::*;
use crate::syntax::span::Span;
use std::rc::Rc;

const NO_SPAN: Span = Span { start: 0, end: 0 };

/// An expression node.
pub fn expr(kind: ExprKind) -> Expr {
    Expr {
        kind,
        span: NO_SPAN,
    }
}

/// A statement node.
pub fn stmt(kind: StmtKind) -> Stmt {
    Stmt {
        kind,
        span: NO_SPAN,
    }
}

/// An identifier (binding or property name).
pub fn ident(name: &str) -> Ident {
    Ident {
        name: Rc::from(name),
        span: NO_SPAN,
    }
}

/// A variable reference: `name`.
pub fn var(name: &str) -> Expr {
    expr(ExprKind::Ident(Rc::from(name)))
}

/// A string literal.
pub fn string(s: &str) -> Expr {
    expr(ExprKind::String(Rc::from(s)))
}

/// `[items…]`
pub fn array(items: Vec<Expr>) -> Expr {
    expr(ExprKind::Array(
        items.into_iter().map(ArrayItem::Expr).collect(),
    ))
}

/// A number literal.
pub fn num(n: u32) -> Expr {
    expr(ExprKind::Number(f64::from(n)))
}

/// `object.property`
pub fn member(object: Expr, property: &str) -> Expr {
    expr(ExprKind::Member {
        object: Box::new(object),
        property: ident(property),
        optional: false,
    })
}

/// `callee(args…)`
pub fn call(callee: Expr, args: Vec<Expr>) -> Expr {
    expr(ExprKind::Call {
        callee: Box::new(callee),
        args: args.into_iter().map(ArrayItem::Expr).collect(),
        optional: false,
    })
}

/// `object.method(args…)`
pub fn method(object: Expr, name: &str, args: Vec<Expr>) -> Expr {
    call(member(object, name), args)
}

/// `name(args…)`
pub fn call_fn(name: &str, args: Vec<Expr>) -> Expr {
    call(var(name), args)
}

/// An expression statement.
pub fn run(e: Expr) -> Stmt {
    stmt(StmtKind::Expr(e))
}

/// `console.log(args…);`
pub fn log(args: Vec<Expr>) -> Stmt {
    run(method(var("console"), "log", args))
}

/// `console.log('label');`
pub fn log_label(label: &str) -> Stmt {
    log(vec![string(label)])
}

fn params(names: &[&str]) -> Vec<Param> {
    names
        .iter()
        .map(|n| Param {
            target: Pattern::Ident(ident(n)),
            default: None,
            rest: false,
        })
        .collect()
}

/// `(params) => { body }`
pub fn arrow(names: &[&str], body: Vec<Stmt>) -> Expr {
    expr(ExprKind::Function(Rc::new(Function {
        name: None,
        params: params(names),
        body: Body::Block(body),
        is_async: false,
        is_arrow: true,
        span: NO_SPAN,
    })))
}

/// `(params) => value`
pub fn arrow_expr(names: &[&str], value: Expr) -> Expr {
    expr(ExprKind::Function(Rc::new(Function {
        name: None,
        params: params(names),
        body: Body::Expr(Box::new(value)),
        is_async: false,
        is_arrow: true,
        span: NO_SPAN,
    })))
}

/// A callback: a one-statement expression body when it is a single call, a block otherwise.
pub fn callback(names: &[&str], mut body: Vec<Stmt>) -> Expr {
    if body.len() == 1 {
        if let StmtKind::Expr(e) = &body[0].kind {
            if matches!(e.kind, ExprKind::Call { .. }) {
                let Some(Stmt {
                    kind: StmtKind::Expr(e),
                    ..
                }) = body.pop()
                else {
                    return arrow(names, body);
                };
                return arrow_expr(names, e);
            }
        }
    }
    arrow(names, body)
}

/// `function name(params) { body }` / `async function …`
pub fn function_decl(name: &str, is_async: bool, names: &[&str], body: Vec<Stmt>) -> Stmt {
    stmt(StmtKind::Function(Rc::new(Function {
        name: Some(ident(name)),
        params: params(names),
        body: Body::Block(body),
        is_async,
        is_arrow: false,
        span: NO_SPAN,
    })))
}

/// `{ then(resolve) { body } }`
pub fn thenable(body: Vec<Stmt>) -> Expr {
    let then = Function {
        name: Some(ident("then")),
        params: params(&["resolve"]),
        body: Body::Block(body),
        is_async: false,
        is_arrow: false,
        span: NO_SPAN,
    };
    expr(ExprKind::Object(vec![Prop::Method(
        PropKey::Name(Rc::from("then")),
        Rc::new(then),
    )]))
}

/// `new Callee(args…)`
pub fn new(callee: &str, args: Vec<Expr>) -> Expr {
    expr(ExprKind::New {
        callee: Box::new(var(callee)),
        args: args.into_iter().map(ArrayItem::Expr).collect(),
    })
}

/// `new Error('message')`
pub fn error(message: &str) -> Expr {
    new("Error", vec![string(message)])
}

/// `await value`
pub fn await_(value: Expr) -> Expr {
    expr(ExprKind::Await(Box::new(value)))
}

/// `return value;`
pub fn ret(value: Expr) -> Stmt {
    stmt(StmtKind::Return(Some(value)))
}

/// `throw value;`
pub fn throw(value: Expr) -> Stmt {
    stmt(StmtKind::Throw(value))
}

/// `let name = init;` / `const name = init;`
pub fn decl(kind: DeclKind, name: &str, init: Expr) -> Stmt {
    stmt(StmtKind::Decl(
        kind,
        vec![Declarator {
            target: Pattern::Ident(ident(name)),
            init: Some(init),
        }],
    ))
}

/// `try { block } catch (e) { handler } finally { finalizer }`
pub fn try_catch(block: Vec<Stmt>, handler: Vec<Stmt>, finalizer: Option<Vec<Stmt>>) -> Stmt {
    stmt(StmtKind::Try {
        block,
        handler: Some(CatchClause {
            param: Some(Pattern::Ident(ident("e"))),
            body: handler,
        }),
        finalizer,
    })
}

/// `if (test) { body }`
pub fn if_then(test: Expr, body: Vec<Stmt>) -> Stmt {
    stmt(StmtKind::If {
        test,
        cons: Box::new(stmt(StmtKind::Block(body))),
        alt: None,
    })
}

/// `left === right`
pub fn strict_eq(left: Expr, right: Expr) -> Expr {
    expr(ExprKind::Binary(
        BinaryOp::StrictEq,
        Box::new(left),
        Box::new(right),
    ))
}

/// `name++`
pub fn increment(name: &str) -> Expr {
    expr(ExprKind::Update {
        increment: true,
        prefix: false,
        target: Box::new(var(name)),
    })
}

/// `Promise.method(args…)`
pub fn promise(method_name: &str, args: Vec<Expr>) -> Expr {
    method(var("Promise"), method_name, args)
}
