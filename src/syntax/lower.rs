//! Lowering: pest pairs to the AST, one `lower_<rule>` function per rule.
//!
//! This module owns every check the grammar leaves open: refusing unsupported
//! constructs by name, decoding literals, validating assignment targets,
//! building binary operators with the Pratt parser, and bounding tree depth so
//! later recursive passes (printer, compiler, `Drop`) cannot overflow.

use super::ast::*;
use super::grammar::Rule;
use super::span::Span;
use super::tree::{Children, Node, Tree};
use crate::diagnostic::Diagnostic;
use std::borrow::Cow;
use std::rc::Rc;

type P<'i> = Node<'i>;
type Res<T> = Result<T, Diagnostic>;

/// Deepest accepted tree (statements and expressions nested in each other).
pub const MAX_DEPTH: usize = 1000;

/// Stack the lowering may use below its entry point. The tree is bounded by
/// [`MAX_DEPTH`] and the bracket limit, but frames are large in debug builds;
/// this guard keeps any thread with the default 2 MiB stack safe regardless.
const STACK_BUDGET: usize = 1024 * 1024;

/// The address of a local: a cheap reading of the current stack position.
#[inline(never)]
fn stack_position() -> usize {
    let marker = 0u8;
    std::hint::black_box(&marker) as *const u8 as usize
}

/// Lowers the `program` pair of `source`.
pub fn lower_program(source: &str, pairs: pest::iterators::Pairs<'_, Rule>) -> Res<Program> {
    let whole = Span::new(0, source.len());
    let tree = Tree::new(source, pairs);
    let program = expect(tree.roots().next(), whole)?;
    let mut lowerer = Lowerer {
        depth: 0,
        stack_base: stack_position(),
        labels: Vec::new(),
    };
    let body = program
        .into_inner()
        .filter(|p| p.as_rule() != Rule::EOI)
        .map(|p| lowerer.lower_stmt(p))
        .collect::<Res<Vec<_>>>()?;
    Ok(Program { body, span: whole })
}

/// Walks the pairs, tracking how deep the tree being built is.
struct Lowerer {
    depth: usize,
    /// [`stack_position`] when lowering started.
    stack_base: usize,
    /// The labels of the statements enclosing the one being lowered, within
    /// the current function, with whether each labels a loop: `break` and
    /// `continue` may only name these (JavaScript checks this before running).
    labels: Vec<(Rc<str>, bool)>,
}

/// A Pratt operand plus what the operator checks need to know about it.
struct Operand {
    expr: Expr,
    /// An unparenthesized `&&`/`||`/`??` built by this operator sequence.
    bare_logical: Option<LogicalOp>,
    /// An unparenthesized prefix operator such as `-x` (illegal before `**`).
    bare_unary: bool,
}

// ============================================================================
// Small helpers
// ============================================================================

fn span_of(p: &P<'_>) -> Span {
    p.span()
}

/// Punctuation pairs exist only so diagnostics can name them.
fn is_punct(rule: Rule) -> bool {
    matches!(
        rule,
        Rule::comma
            | Rule::colon
            | Rule::semi
            | Rule::lparen
            | Rule::rparen
            | Rule::lbrace
            | Rule::rbrace
            | Rule::rbracket
            | Rule::arrow_tok
            | Rule::eq_tok
            | Rule::question
    )
}

/// Children without punctuation.
fn kids<'i>(p: P<'i>) -> impl Iterator<Item = P<'i>> {
    p.into_inner().filter(|c| !is_punct(c.as_rule()))
}

/// Children without punctuation, plus the number of all children: an upper
/// bound that sizes a result vector once instead of growing it push by push.
fn kids_counted<'i>(p: P<'i>) -> (usize, impl Iterator<Item = P<'i>>) {
    let inner = p.into_inner();
    (inner.len(), inner.filter(|c| !is_punct(c.as_rule())))
}

/// Unwraps a child the grammar guarantees; a missing one is a bug, reported
/// as a diagnostic rather than a panic.
fn expect<'i>(p: Option<P<'i>>, span: Span) -> Res<P<'i>> {
    p.ok_or_else(|| internal(span))
}

/// A tree shape the grammar cannot produce.
fn internal(span: Span) -> Diagnostic {
    Diagnostic::new(
        "internal error: unexpected parse tree (please report this)",
        span,
    )
}

fn refuse(message: impl Into<String>, span: Span) -> Diagnostic {
    Diagnostic::new(message, span)
}

fn ident_of(p: &P<'_>) -> Ident {
    Ident {
        name: Rc::from(p.as_str()),
        span: span_of(p),
    }
}

fn expr(kind: ExprKind, span: Span) -> Expr {
    Expr { kind, span }
}

fn generators(span: Span) -> Diagnostic {
    refuse("generator functions (`function*`) are not supported", span)
        .with_help("use an async function or return an array instead")
}

impl Lowerer {
    /// Goes `n` levels deeper, refusing trees deeper than [`MAX_DEPTH`] or
    /// lowering that would use too much stack. Callers pair it with
    /// [`Lowerer::leave`]; after an error lowering stops, so an error path
    /// need not leave. (No closure: in debug builds every frame on the
    /// recursion path costs stack.)
    fn enter(&mut self, n: usize, span: Span) -> Res<()> {
        // Stacks grow downwards on every supported target; were one to grow
        // upwards, `saturating_sub` makes this check a no-op.
        let stack_used = self.stack_base.saturating_sub(stack_position());
        if self.depth + n > MAX_DEPTH || stack_used > STACK_BUDGET {
            return Err(refuse("nesting is too deep for jsorder to process", span)
                .with_help("split long expressions and deep nesting into smaller functions"));
        }
        self.depth += n;
        Ok(())
    }

    fn leave(&mut self, n: usize) {
        self.depth -= n;
    }

    // ========================================================================
    // Statements
    // ========================================================================

    fn lower_stmt(&mut self, p: P<'_>) -> Res<Stmt> {
        let span = span_of(&p);
        self.enter(1, span)?;
        let kind = self.lower_stmt_kind(p, span)?;
        self.leave(1);
        Ok(Stmt { kind, span })
    }

    /// Dispatch only: every arm is a call, so this frame stays small even in
    /// debug builds (it is on the stack once per nesting level).
    fn lower_stmt_kind(&mut self, p: P<'_>, span: Span) -> Res<StmtKind> {
        match p.as_rule() {
            Rule::block => self.lower_block(p).map(StmtKind::Block),
            Rule::empty_stmt => Ok(StmtKind::Empty),
            Rule::expr_stmt => self.lower_expr_stmt(p, span),
            Rule::var_decl => self
                .lower_var_decl(p)
                .map(|(kind, decls)| StmtKind::Decl(kind, decls)),
            Rule::function_typo => Err(lower_function_typo(p)),
            Rule::func_decl => self
                .lower_function(p, true)
                .map(|f| StmtKind::Function(Rc::new(f))),
            Rule::if_stmt => self.lower_if_stmt(p),
            Rule::for_of => self.lower_for_of(p),
            Rule::for_in => self.lower_for_in(p),
            Rule::switch_stmt => self.lower_switch_stmt(p),
            Rule::for_stmt => self.lower_for_stmt(p),
            Rule::while_stmt => self.lower_while_stmt(p),
            Rule::do_while => self.lower_do_while(p),
            Rule::break_stmt => self.lower_jump(p, true),
            Rule::continue_stmt => self.lower_jump(p, false),
            Rule::return_stmt => self.lower_return_stmt(p),
            Rule::throw_stmt => self.lower_throw_stmt(p, span),
            Rule::try_stmt => self.lower_try_stmt(p),
            _ => Err(lower_refused_stmt(p)),
        }
    }

    fn lower_expr_stmt(&mut self, p: P<'_>, span: Span) -> Res<StmtKind> {
        let mut parts = kids(p).peekable();
        // The label as written: `(a):` is no label, though it lowers to `a`.
        let written = parts.peek().map_or("", |c| c.as_str());
        let e = self.lower_exprs(&mut parts, span)?;
        let Some(colon) = parts.next() else {
            return Ok(StmtKind::Expr(e));
        };
        match &e.kind {
            ExprKind::Ident(name) if **name == *written => {
                let label = Ident {
                    name: name.clone(),
                    span: e.span,
                };
                self.lower_labeled(label, expect(parts.next(), span)?)
            }
            _ => Err(refuse("unexpected `:`", span_of(&colon))),
        }
    }

    /// `label: body`, with the label in scope inside `body`.
    fn lower_labeled(&mut self, label: Ident, body: P<'_>) -> Res<StmtKind> {
        if self.labels.iter().any(|(name, _)| *name == label.name) {
            return Err(refuse(
                format!("label `{}` is already declared", label.name),
                label.span,
            )
            .with_help("a label inside a statement with the same label needs another name"));
        }
        self.labels.push((label.name.clone(), labels_a_loop(&body)));
        let body = self.lower_stmt(body);
        self.labels.pop();
        let body = body?;
        if let StmtKind::Function(_) = body.kind {
            return Err(refuse(
                "a label on a function declaration is not supported",
                label.span,
            )
            .with_help("remove the label: nothing can `break` out of a declaration"));
        }
        Ok(StmtKind::Labeled {
            label,
            body: Box::new(body),
        })
    }

    /// `break;` / `continue;` / `break label;` / `continue label;`: a label
    /// must enclose the statement, and `continue` must name a loop.
    fn lower_jump(&mut self, p: P<'_>, is_break: bool) -> Res<StmtKind> {
        let label = kids(p)
            .find(|c| c.as_rule() == Rule::jump_label)
            .map(|l| ident_of(&l));
        if let Some(l) = &label {
            let found = self.labels.iter().rev().find(|(name, _)| *name == l.name);
            match found {
                None => return Err(refuse(format!("undefined label `{}`", l.name), l.span)
                    .with_help(
                        "`break` and `continue` can only name the label of a statement around them",
                    )),
                Some((_, false)) if !is_break => {
                    return Err(refuse(
                        format!("`continue {}` does not name a loop", l.name),
                        l.span,
                    )
                    .with_help(format!(
                        "`{}` labels a statement that is not a loop: `break {}` leaves it",
                        l.name, l.name
                    )))
                }
                Some(_) => {}
            }
        }
        Ok(if is_break {
            StmtKind::Break(label)
        } else {
            StmtKind::Continue(label)
        })
    }

    /// `switch (x) { case a: … default: … }`
    fn lower_switch_stmt(&mut self, p: P<'_>) -> Res<StmtKind> {
        let span = span_of(&p);
        let mut parts = kids(p).skip(1).peekable();
        let discriminant = self.lower_exprs(&mut parts, span)?;
        let mut cases: Vec<SwitchCase> = Vec::new();
        for c in parts {
            let case = self.lower_switch_case(c)?;
            if case.test.is_none() && cases.iter().any(|c| c.test.is_none()) {
                let head = Span::new(case.span.start as usize, case.span.start as usize + 7);
                return Err(
                    refuse("a `switch` has more than one `default` clause", head)
                        .with_help("merge the two `default` clauses into one"),
                );
            }
            cases.push(case);
        }
        Ok(StmtKind::Switch {
            discriminant,
            cases,
        })
    }

    fn lower_switch_case(&mut self, p: P<'_>) -> Res<SwitchCase> {
        let span = span_of(&p);
        let mut parts = kids(p).peekable();
        let head = expect(parts.next(), span)?;
        let test = match head.as_rule() {
            Rule::kw_case => Some(self.lower_exprs(&mut parts, span)?),
            _ => None,
        };
        let mut body = Vec::new();
        for s in parts {
            body.push(self.lower_stmt(s)?);
        }
        Ok(SwitchCase { test, body, span })
    }

    fn lower_throw_stmt(&mut self, p: P<'_>, span: Span) -> Res<StmtKind> {
        self.lower_exprs(&mut kids(p).skip(1).peekable(), span)
            .map(StmtKind::Throw)
    }

    fn lower_block(&mut self, p: P<'_>) -> Res<Vec<Stmt>> {
        let (bound, stmts) = kids_counted(p);
        let mut body = Vec::with_capacity(bound);
        for s in stmts {
            body.push(self.lower_stmt(s)?);
        }
        Ok(body)
    }

    fn lower_var_decl(&mut self, p: P<'_>) -> Res<(DeclKind, Vec<Declarator>)> {
        let mut kind = DeclKind::Var;
        let mut decls = Vec::new();
        for c in kids(p) {
            match c.as_rule() {
                Rule::decl_kind => kind = lower_decl_kind(&c),
                Rule::declarator => decls.push(self.lower_declarator(c, kind)?),
                _ => {}
            }
        }
        Ok((kind, decls))
    }

    fn lower_declarator(&mut self, p: P<'_>, kind: DeclKind) -> Res<Declarator> {
        let span = span_of(&p);
        let mut parts = kids(p);
        let target = self.lower_binding(expect(parts.next(), span)?)?;
        let init = parts.next().map(|e| self.lower_expr(e)).transpose()?;
        if init.is_some() {
            return Ok(Declarator { target, init });
        }
        match &target {
            Pattern::Ident(name) if kind == DeclKind::Const => Err(refuse(
                format!("`const {}` needs an initial value", name.name),
                span,
            )
            .with_help(format!("write `const {} = …`, or use `let`", name.name))),
            Pattern::Ident(_) => Ok(Declarator { target, init }),
            _ => Err(
                refuse("a destructuring declaration needs an initial value", span)
                    .with_help("write `= value` after the pattern"),
            ),
        }
    }

    fn lower_if_stmt(&mut self, p: P<'_>) -> Res<StmtKind> {
        let span = span_of(&p);
        let mut parts = kids(p)
            .filter(|c| !matches!(c.as_rule(), Rule::kw_if | Rule::kw_else))
            .peekable();
        let test = self.lower_exprs(&mut parts, span)?;
        let cons = Box::new(self.lower_stmt(expect(parts.next(), span)?)?);
        let alt = parts
            .next()
            .map(|s| self.lower_stmt(s).map(Box::new))
            .transpose()?;
        Ok(StmtKind::If { test, cons, alt })
    }

    fn lower_for_of(&mut self, p: P<'_>) -> Res<StmtKind> {
        let span = span_of(&p);
        let mut kind = None;
        let mut is_await = false;
        let mut parts = Vec::new();
        for c in kids(p) {
            match c.as_rule() {
                Rule::kw_for | Rule::kw_of => {}
                Rule::kw_await => is_await = true,
                Rule::decl_kind => kind = Some(lower_decl_kind(&c)),
                _ => parts.push(c),
            }
        }
        let mut parts = parts.into_iter();
        // Without a declaration the head assigns: `for (x of xs)`, `for (o.k of xs)`.
        let target = self.lower_for_target(expect(parts.next(), span)?)?;
        let iterable = self.lower_expr(expect(parts.next(), span)?)?;
        let body = Box::new(self.lower_stmt(expect(parts.next(), span)?)?);
        Ok(StmtKind::ForOf {
            is_await,
            kind,
            target,
            iterable,
            body,
        })
    }

    fn lower_for_in(&mut self, p: P<'_>) -> Res<StmtKind> {
        let span = span_of(&p);
        let mut kind = None;
        let mut parts = kids(p)
            .filter(|c| !matches!(c.as_rule(), Rule::kw_for | Rule::kw_in))
            .peekable();
        if let Some(d) = parts.next_if(|c| c.as_rule() == Rule::decl_kind) {
            kind = Some(lower_decl_kind(&d));
        }
        // Without a declaration the head assigns: `for (k in o)`, `for ([a] in o)`.
        let target = self.lower_for_target(expect(parts.next(), span)?)?;
        let object = self.lower_exprs(&mut parts, span)?;
        let body = Box::new(self.lower_stmt(expect(parts.next(), span)?)?);
        Ok(StmtKind::ForIn {
            kind,
            target,
            object,
            body,
        })
    }

    /// The loop variable of `for…in` and `for…of`: a binding, or a property
    /// the loop assigns.
    fn lower_for_target(&mut self, p: P<'_>) -> Res<Pattern> {
        if p.as_rule() != Rule::for_target {
            return self.lower_binding(p);
        }
        let span = span_of(&p);
        let mut parts = p.into_inner();
        let operand = expect(parts.next(), span)?;
        let e = self.lower_postfix(operand, parts)?;
        expr_target(e, true)
    }

    fn lower_for_stmt(&mut self, p: P<'_>) -> Res<StmtKind> {
        let span = span_of(&p);
        let (mut init, mut test, mut update, mut body) = (None, None, None, None);
        for c in kids(p) {
            match c.as_rule() {
                Rule::kw_for => {}
                Rule::for_init => init = Some(self.lower_for_init(c)?),
                Rule::for_test => test = Some(self.lower_exprs(&mut kids(c).peekable(), span)?),
                Rule::for_update => update = Some(self.lower_exprs(&mut kids(c).peekable(), span)?),
                _ => body = Some(self.lower_stmt(c)?),
            }
        }
        let body = Box::new(expect_stmt(body, span)?);
        Ok(StmtKind::For {
            init,
            test,
            update,
            body,
        })
    }

    fn lower_for_init(&mut self, p: P<'_>) -> Res<ForInit> {
        let span = span_of(&p);
        let mut parts = kids(p).peekable();
        match parts.next_if(|c| c.as_rule() == Rule::for_decl) {
            Some(decl) => {
                let (kind, decls) = self.lower_var_decl(decl)?;
                Ok(ForInit::Decl(kind, decls))
            }
            None => Ok(ForInit::Expr(self.lower_exprs(&mut parts, span)?)),
        }
    }

    fn lower_while_stmt(&mut self, p: P<'_>) -> Res<StmtKind> {
        let span = span_of(&p);
        let mut parts = kids(p).skip(1).peekable();
        let test = self.lower_exprs(&mut parts, span)?;
        let body = Box::new(self.lower_stmt(expect(parts.next(), span)?)?);
        Ok(StmtKind::While { test, body })
    }

    fn lower_do_while(&mut self, p: P<'_>) -> Res<StmtKind> {
        let span = span_of(&p);
        let mut parts = kids(p)
            .filter(|c| !matches!(c.as_rule(), Rule::kw_do | Rule::kw_while))
            .peekable();
        let body = Box::new(self.lower_stmt(expect(parts.next(), span)?)?);
        let test = self.lower_exprs(&mut parts, span)?;
        Ok(StmtKind::DoWhile { body, test })
    }

    fn lower_return_stmt(&mut self, p: P<'_>) -> Res<StmtKind> {
        let span = span_of(&p);
        let mut parts = kids(p).skip(1).peekable();
        let value = match parts.peek() {
            Some(_) => Some(self.lower_exprs(&mut parts, span)?),
            None => None,
        };
        Ok(StmtKind::Return(value))
    }

    fn lower_try_stmt(&mut self, p: P<'_>) -> Res<StmtKind> {
        let span = span_of(&p);
        let (mut block, mut handler, mut finalizer) = (None, None, None);
        for c in kids(p) {
            match c.as_rule() {
                Rule::block => block = Some(self.lower_block(c)?),
                Rule::catch_clause => handler = Some(self.lower_catch_clause(c)?),
                Rule::finally_clause => {
                    finalizer = Some(self.lower_block(expect(kids(c).nth(1), span)?)?)
                }
                _ => {}
            }
        }
        let block = block.ok_or_else(|| internal(span))?;
        Ok(StmtKind::Try {
            block,
            handler,
            finalizer,
        })
    }

    fn lower_catch_clause(&mut self, p: P<'_>) -> Res<CatchClause> {
        let (mut param, mut body) = (None, Vec::new());
        for c in kids(p) {
            match c.as_rule() {
                Rule::kw_catch => {}
                Rule::block => body = self.lower_block(c)?,
                _ => param = Some(self.lower_binding(c)?),
            }
        }
        Ok(CatchClause { param, body })
    }

    // ========================================================================
    // Functions
    // ========================================================================

    /// `function` declarations and expressions.
    fn lower_function(&mut self, p: P<'_>, is_decl: bool) -> Res<Function> {
        let span = span_of(&p);
        let (mut name, mut is_async, mut params, mut body) = (None, false, Vec::new(), Vec::new());
        for c in kids(p) {
            match c.as_rule() {
                Rule::kw_async => is_async = true,
                Rule::gen_star => return Err(generators(span_of(&c))),
                Rule::ident => name = Some(ident_of(&c)),
                Rule::params => params = self.lower_params(c)?,
                Rule::block => body = self.lower_function_body(c)?,
                _ => {}
            }
        }
        if is_decl && name.is_none() {
            return Err(refuse("a function declaration needs a name", span)
                .with_help("name it (`function run() {…}`), or wrap it in parentheses to make it an expression"));
        }
        Ok(Function {
            name,
            params,
            body: Body::Block(body),
            is_async,
            is_arrow: false,
            span,
        })
    }

    fn lower_arrow(&mut self, p: P<'_>) -> Res<Function> {
        let span = span_of(&p);
        let (mut is_async, mut params, mut body) = (false, Vec::new(), None);
        for c in kids(p) {
            match c.as_rule() {
                Rule::kw_async => is_async = true,
                Rule::ident => params.push(Param {
                    target: Pattern::Ident(ident_of(&c)),
                    default: None,
                    rest: false,
                }),
                Rule::params => params = self.lower_params(c)?,
                Rule::block => body = Some(Body::Block(self.lower_function_body(c)?)),
                _ => body = Some(Body::Expr(Box::new(self.lower_expr(c)?))),
            }
        }
        let body = body.ok_or_else(|| internal(span))?;
        Ok(Function {
            name: None,
            params,
            body,
            is_async,
            is_arrow: true,
            span,
        })
    }

    /// A function's block: the labels around the function are not in scope.
    fn lower_function_body(&mut self, p: P<'_>) -> Res<Vec<Stmt>> {
        let outer = std::mem::take(&mut self.labels);
        let body = self.lower_block(p);
        self.labels = outer;
        body
    }

    fn lower_params(&mut self, p: P<'_>) -> Res<Vec<Param>> {
        let mut params = Vec::new();
        for c in kids(p) {
            params.push(self.lower_param(c)?);
        }
        if let Some(pos) = params.iter().position(|p| p.rest) {
            if pos + 1 != params.len() {
                return Err(refuse(
                    "a rest parameter must be the last parameter",
                    params[pos].target.span(),
                ));
            }
        }
        Ok(params)
    }

    fn lower_param(&mut self, p: P<'_>) -> Res<Param> {
        let span = span_of(&p);
        let mut parts = kids(p);
        let first = expect(parts.next(), span)?;
        if first.as_rule() == Rule::rest_param {
            let target = self.lower_binding(expect(kids(first).next(), span)?)?;
            return Ok(Param {
                target,
                default: None,
                rest: true,
            });
        }
        let target = self.lower_binding(first)?;
        let default = parts.next().map(|e| self.lower_expr(e)).transpose()?;
        Ok(Param {
            target,
            default,
            rest: false,
        })
    }

    // ========================================================================
    // Expressions
    // ========================================================================

    /// Lowers any expression-level pair. Single-child wrappers (`expr` around
    /// one `assign_expr`, parentheses, …) are unwrapped in a loop so the Rust
    /// stack grows with the tree, not with the grammar's precedence levels.
    fn lower_expr(&mut self, mut p: P<'_>) -> Res<Expr> {
        loop {
            return match p.as_rule() {
                Rule::assign_expr | Rule::operand => {
                    let mut inner = p.into_inner();
                    if inner.len() == 1 {
                        if let Some(only) = inner.next() {
                            p = only;
                            continue;
                        }
                    }
                    self.lower_assign_expr(p, inner)
                }
                Rule::paren => {
                    let span = span_of(&p);
                    let mut parts = kids(p).peekable();
                    match parts.next() {
                        // `(a?.b).c`: the parentheses end the optional chain.
                        Some(only) if parts.peek().is_none() && only.as_str().contains("?.") => {
                            return self.lower_parenthesized_chain(only, span);
                        }
                        Some(only) if parts.peek().is_none() => {
                            p = only;
                            continue;
                        }
                        _ => self.lower_exprs(&mut kids(p).peekable(), span),
                    }
                }
                Rule::new_expr => self.lower_new_expr(p),
                Rule::arrow | Rule::function_expr => self.lower_function_expr(p),
                Rule::template => self.lower_template(p),
                Rule::array => self.lower_array(p),
                Rule::object => self.lower_object(p),
                _ => lower_atom(p),
            };
        }
    }

    /// A parenthesized expression that may be an optional chain: a chain is
    /// kept as a one-item sequence, so that a member or call after the
    /// parentheses is not skipped when the chain short-circuits.
    fn lower_parenthesized_chain(&mut self, inner: P<'_>, span: Span) -> Res<Expr> {
        self.enter(1, span)?;
        let e = self.lower_expr(inner)?;
        self.leave(1);
        Ok(if e.in_optional_chain() {
            expr(ExprKind::Sequence(vec![e]), span)
        } else {
            e
        })
    }

    /// A function expression, an arrow function, or an `assign_expr` that is
    /// an arrow function with one parameter (`name => body`).
    fn lower_function_expr(&mut self, p: P<'_>) -> Res<Expr> {
        let span = span_of(&p);
        self.enter(1, span)?;
        let f = if p.as_rule() == Rule::function_expr {
            self.lower_function(p, false)?
        } else {
            self.lower_arrow(p)?
        };
        self.leave(1);
        Ok(expr(ExprKind::Function(Rc::new(f)), span))
    }

    /// A comma expression: the `assign_expr` pairs at the front of `parts`.
    /// One is the expression itself; several make a sequence.
    fn lower_exprs<'i>(
        &mut self,
        parts: &mut std::iter::Peekable<impl Iterator<Item = P<'i>>>,
        span: Span,
    ) -> Res<Expr> {
        let is_item = |c: &P<'_>| c.as_rule() == Rule::assign_expr;
        let first = expect(parts.next_if(is_item), span)?;
        if !parts.peek().is_some_and(is_item) {
            return self.lower_expr(first);
        }
        let mut pairs = vec![first];
        while let Some(c) = parts.next_if(is_item) {
            pairs.push(c);
        }
        let span = span_of(&pairs[0]).to(span_of(&pairs[pairs.len() - 1]));
        self.enter(1, span)?;
        let mut items = Vec::with_capacity(pairs.len());
        for e in pairs {
            items.push(self.lower_expr(e)?);
        }
        self.leave(1);
        Ok(expr(ExprKind::Sequence(items), span))
    }

    /// An `assign_expr` (`inner`: its children) with more than one child: the flat list of operands
    /// and operators. The checks run in the order of the nested tree
    /// (assignment, then `? :`, then the binary operators, then each operand).
    fn lower_assign_expr<'i>(&mut self, p: P<'i>, inner: Children<'i>) -> Res<Expr> {
        let span = span_of(&p);
        let mut rest = inner.clone().skip(1);
        match rest.next() {
            // `name => body`
            Some(c) if c.as_rule() == Rule::arrow_tok => return self.lower_function_expr(p),
            // An operand followed only by calls, members and indexes.
            Some(c) if is_postfix_op(c.as_rule()) && rest.all(|c| is_postfix_op(c.as_rule())) => {
                let mut ops = inner;
                let operand = expect(ops.next(), span)?;
                return self.lower_postfix(operand, ops);
            }
            _ => {}
        }
        let chain = read_chain(inner, span)?;
        let Some((op_pair, value_pair)) = chain.assign else {
            return self.lower_conditional(chain.groups, chain.ops, chain.ternary);
        };
        let op = lower_assign_op(&op_pair)?;
        if op == AssignOp::Assign && chain.ternary.is_none() && is_literal_target(&chain.groups) {
            return self.lower_destructuring_assign(chain.groups, value_pair, span);
        }
        self.enter(1, span)?;
        let target = self.lower_conditional(chain.groups, chain.ops, chain.ternary)?;
        // `f() ||= v` is an early error, unlike `f() = v` and `f() += v`.
        let call_allowed = !matches!(op, AssignOp::Logical(_));
        check_target(&target, "assigned to", call_allowed)?;
        let value = self.lower_expr(value_pair)?;
        self.leave(1);
        Ok(expr(
            ExprKind::Assign(op, Box::new(target), Box::new(value)),
            span,
        ))
    }

    fn lower_conditional(
        &mut self,
        groups: Vec<Group<'_>>,
        ops: Vec<Infix>,
        ternary: Option<(P<'_>, P<'_>)>,
    ) -> Res<Expr> {
        let Some((cons_pair, alt_pair)) = ternary else {
            return self.lower_binary(groups, ops);
        };
        let span = Span {
            start: groups.first().map_or(0, |g| g.span.start),
            end: span_of(&alt_pair).end,
        };
        self.enter(1, span)?;
        let test = self.lower_binary(groups, ops)?;
        let cons = self.lower_expr(cons_pair)?;
        let alt = self.lower_expr(alt_pair)?;
        self.leave(1);
        Ok(expr(
            ExprKind::Conditional(Box::new(test), Box::new(cons), Box::new(alt)),
            span,
        ))
    }

    /// Operands joined by binary operators, built into a tree by precedence.
    fn lower_binary(&mut self, groups: Vec<Group<'_>>, ops: Vec<Infix>) -> Res<Expr> {
        let (Some(first), Some(last)) = (groups.first(), groups.last()) else {
            return Err(internal(Span::new(0, 0)));
        };
        let span = first.span.to(last.span);
        if ops.is_empty() {
            let only = groups.into_iter().next().ok_or_else(|| internal(span))?;
            return self.lower_group(only);
        }
        self.enter(ops.len(), span)?;
        // Every operand is lowered, left to right, before the tree is built;
        // `combine` reports the first error in tree order, as a Pratt parser
        // lowering operands on demand would.
        let mut operands = Vec::with_capacity(groups.len());
        for g in groups {
            let bare_unary = g
                .prefix
                .first()
                .is_some_and(|op| !matches!(op.as_rule(), Rule::op_inc | Rule::op_dec));
            operands.push(self.lower_group(g).map(|expr| Operand {
                expr,
                bare_logical: None,
                bare_unary,
            }));
        }
        let n = ops.len();
        let mut operands = operands.into_iter();
        let mut ops = ops.into_iter().peekable();
        let result = pratt(&mut operands, &mut ops, 0, span)?;
        self.leave(n);
        Ok(result.expr)
    }

    /// One operand with its prefix operators, calls and members and postfix
    /// `++`/`--`: postfix operators bind tighter than prefix ones.
    fn lower_group(&mut self, g: Group<'_>) -> Res<Expr> {
        if g.prefix.is_empty() && g.update.is_none() {
            return self.lower_postfix(g.operand, g.postfix.into_iter());
        }
        let levels = g.prefix.len() + usize::from(g.update.is_some());
        self.enter(levels, g.span)?;
        let mut e = self.lower_postfix(g.operand, g.postfix.into_iter())?;
        if let Some(op) = g.update {
            check_target(&e, "incremented or decremented", true)?;
            let span = e.span.to(span_of(&op));
            let target = Box::new(e);
            e = expr(
                ExprKind::Update {
                    increment: op.as_str() == "++",
                    prefix: false,
                    target,
                },
                span,
            );
        }
        for op in g.prefix.into_iter().rev() {
            e = apply_prefix(&op, e)?;
        }
        self.leave(levels);
        Ok(e)
    }

    /// An operand followed by calls, members, indexes and tagged templates.
    fn lower_postfix<'i>(
        &mut self,
        operand: P<'i>,
        ops: impl DoubleEndedIterator<Item = P<'i>> + ExactSizeIterator + Clone,
    ) -> Res<Expr> {
        let Some(last) = ops.clone().next_back() else {
            return self.lower_expr(operand);
        };
        let span = span_of(&operand).to(span_of(&last));
        let n = ops.len();
        self.enter(n, span)?;
        let mut e = self.lower_expr(operand)?;
        for op in ops {
            e = self.lower_postfix_op(e, op, span.start)?;
        }
        self.leave(n);
        Ok(e)
    }

    /// `new_callee`: a base followed by members and indexes.
    fn lower_new_callee(&mut self, p: P<'_>) -> Res<Expr> {
        let span = span_of(&p);
        let mut parts = p.into_inner();
        let base = expect(parts.next(), span)?;
        let ops: Vec<P<'_>> = parts.collect();
        self.enter(ops.len(), span)?;
        let mut e = self.lower_expr(base)?;
        for op in &ops {
            e = self.lower_postfix_op(e, *op, span.start)?;
        }
        self.leave(ops.len());
        Ok(e)
    }

    /// Applies one call, member access or index to `object`.
    fn lower_postfix_op(&mut self, object: Expr, op: P<'_>, start: u32) -> Res<Expr> {
        let span = Span {
            start,
            end: span_of(&op).end,
        };
        match op.as_rule() {
            Rule::arguments => self.lower_call(object, op, false, span),
            Rule::opt_call => {
                self.lower_call(object, expect(op.into_inner().next(), span)?, true, span)
            }
            Rule::member | Rule::prop_name => lower_member(object, op, false, span),
            Rule::opt_member => lower_member(object, op, true, span),
            Rule::index => self.lower_index(object, op, false, span),
            Rule::opt_index => self.lower_index(object, op, true, span),
            _ => Err(
                refuse("tagged templates are not supported yet", span_of(&op))
                    .with_help("call the function with the pieces as ordinary arguments"),
            ),
        }
    }

    fn lower_call(&mut self, callee: Expr, args: P<'_>, optional: bool, span: Span) -> Res<Expr> {
        check_callee(&callee)?;
        let args = self.lower_arguments(args)?;
        check_require(&callee, &args, span)?;
        Ok(expr(
            ExprKind::Call {
                callee: Box::new(callee),
                args,
                optional,
            },
            span,
        ))
    }

    fn lower_index(&mut self, object: Expr, op: P<'_>, optional: bool, span: Span) -> Res<Expr> {
        let index = Box::new(self.lower_exprs(&mut kids(op).peekable(), span)?);
        Ok(expr(
            ExprKind::Index {
                object: Box::new(object),
                index,
                optional,
            },
            span,
        ))
    }

    fn lower_arguments(&mut self, p: P<'_>) -> Res<Vec<ArrayItem>> {
        let (bound, items) = kids_counted(p);
        let mut args = Vec::with_capacity(bound);
        for a in items {
            args.push(self.lower_array_item(a)?);
        }
        Ok(args)
    }

    fn lower_array_item(&mut self, p: P<'_>) -> Res<ArrayItem> {
        if p.as_rule() == Rule::spread {
            let span = span_of(&p);
            Ok(ArrayItem::Spread(
                self.lower_expr(expect(p.into_inner().next(), span)?)?,
            ))
        } else {
            Ok(ArrayItem::Expr(self.lower_expr(p)?))
        }
    }

    fn lower_new_expr(&mut self, p: P<'_>) -> Res<Expr> {
        let span = span_of(&p);
        let mut parts = kids(p).skip(1);
        let callee_pair = expect(parts.next(), span)?;
        let args_pair = parts.next();
        self.enter(1, span)?;
        let callee = self.lower_new_callee(callee_pair)?;
        if let ExprKind::Ident(name) = &callee.kind {
            if &**name == "Date" {
                return Err(nondeterminism("`new Date`", span));
            }
        }
        let args = match args_pair {
            Some(a) => self.lower_arguments(a)?,
            None => Vec::new(),
        };
        self.leave(1);
        Ok(expr(
            ExprKind::New {
                callee: Box::new(callee),
                args,
            },
            span,
        ))
    }

    fn lower_template(&mut self, p: P<'_>) -> Res<Expr> {
        let span = span_of(&p);
        let mut quasis = Vec::new();
        let mut exprs = Vec::new();
        let mut current = String::new();
        for c in p.into_inner() {
            match c.as_rule() {
                Rule::template_chunk => current.push_str(&decode_escapes(&c, true)?),
                _ => {
                    quasis.push(Rc::from(std::mem::take(&mut current)));
                    self.enter(1, span)?;
                    exprs.push(self.lower_exprs(&mut kids(c).peekable(), span)?);
                    self.leave(1);
                }
            }
        }
        quasis.push(Rc::from(current));
        Ok(expr(ExprKind::Template { quasis, exprs }, span))
    }

    fn lower_array(&mut self, p: P<'_>) -> Res<Expr> {
        let span = span_of(&p);
        self.enter(1, span)?;
        let array = self.lower_array_items(p, span)?;
        self.leave(1);
        Ok(array)
    }

    fn lower_array_items(&mut self, p: P<'_>, span: Span) -> Res<Expr> {
        let mut items = Vec::new();
        let mut expecting_item = true;
        for c in p.into_inner() {
            match c.as_rule() {
                Rule::rbracket => {}
                // A comma where an element could be: a hole (a comma after
                // the last element is no hole).
                Rule::comma if expecting_item => items.push(ArrayItem::Hole),
                Rule::comma => expecting_item = true,
                _ => {
                    items.push(self.lower_array_item(c)?);
                    expecting_item = false;
                }
            }
        }
        Ok(expr(ExprKind::Array(items), span))
    }

    fn lower_object(&mut self, p: P<'_>) -> Res<Expr> {
        let span = span_of(&p);
        self.enter(1, span)?;
        let mut props = Vec::new();
        for c in kids(p) {
            props.push(self.lower_prop(c)?);
        }
        self.leave(1);
        Ok(expr(ExprKind::Object(props), span))
    }

    fn lower_prop(&mut self, p: P<'_>) -> Res<Prop> {
        let span = span_of(&p);
        match p.as_rule() {
            Rule::spread => Ok(Prop::Spread(
                self.lower_expr(expect(p.into_inner().next(), span)?)?,
            )),
            Rule::init_prop => {
                let mut parts = kids(p);
                let key = self.lower_prop_key(expect(parts.next(), span)?)?;
                let value = self.lower_expr(expect(parts.next(), span)?)?;
                Ok(Prop::Init(key.0, value))
            }
            Rule::shorthand => {
                let mut parts = p.into_inner();
                let value = lower_atom(expect(parts.next(), span)?)?;
                if parts.next().is_some() {
                    return Err(refuse(
                        "`name = value` in an object literal is only valid in a destructuring assignment",
                        span,
                    )
                    .with_help("write `name: value`"));
                }
                let ExprKind::Ident(name) = &value.kind else {
                    return Err(internal(span));
                };
                Ok(Prop::Init(PropKey::Name(name.clone()), value))
            }
            Rule::setter => {
                let (key, f) = self.lower_method(p)?;
                match f.params.as_slice() {
                    [param] if !param.rest => Ok(Prop::Setter(key, Rc::new(f))),
                    [param] => Err(refuse(
                        "a setter's parameter cannot be a rest parameter",
                        param.target.span(),
                    )),
                    _ => Err(refuse("a setter takes exactly one parameter", span)
                        .with_help("write `set name(value) {…}`")),
                }
            }
            Rule::gen_method_refused => Err(generators(span)),
            Rule::getter => {
                let (key, f) = self.lower_method(p)?;
                if !f.params.is_empty() {
                    return Err(refuse(
                        "a getter cannot take parameters",
                        f.params[0].target.span(),
                    )
                    .with_help("remove the parameters, or make it a plain method"));
                }
                Ok(Prop::Getter(key, Rc::new(f)))
            }
            _ => {
                let (key, f) = self.lower_method(p)?;
                Ok(Prop::Method(key, Rc::new(f)))
            }
        }
    }

    /// `m() {}`, `async m() {}`, `get g() {}`: the function spans the whole member.
    fn lower_method(&mut self, p: P<'_>) -> Res<(PropKey, Function)> {
        let span = span_of(&p);
        let (mut key, mut is_async, mut params, mut body) = (None, false, Vec::new(), Vec::new());
        for c in kids(p) {
            match c.as_rule() {
                Rule::kw_get => {}
                Rule::kw_async => is_async = true,
                Rule::gen_star => return Err(generators(span_of(&c))),
                Rule::params => params = self.lower_params(c)?,
                Rule::block => {
                    self.enter(1, span)?;
                    body = self.lower_function_body(c)?;
                    self.leave(1);
                }
                _ => key = Some(self.lower_prop_key(c)?),
            }
        }
        let (key, name) = key.ok_or_else(|| internal(span))?;
        let f = Function {
            name,
            params,
            body: Body::Block(body),
            is_async,
            is_arrow: false,
            span,
        };
        Ok((key, f))
    }

    /// A key, plus the function name it gives a method (none when computed).
    fn lower_prop_key(&mut self, p: P<'_>) -> Res<(PropKey, Option<Ident>)> {
        let span = span_of(&p);
        let name: Rc<str> = match p.as_rule() {
            Rule::computed_key => {
                let inner = expect(kids(p).next(), span)?;
                return Ok((PropKey::Computed(Box::new(self.lower_expr(inner)?)), None));
            }
            Rule::string_lit => Rc::from(&*decode_string(&p)?),
            Rule::number => Rc::from(ryu_js::Buffer::new().format(lower_number(p)?)),
            _ => Rc::from(p.as_str()),
        };
        let ident = Ident {
            name: name.clone(),
            span,
        };
        Ok((PropKey::Name(name), Some(ident)))
    }
}

// ============================================================================
// Expression helpers without lowering state
// ============================================================================

/// One operand of an operator chain: prefix operators, the operand, its
/// calls and members, and a postfix `++`/`--`.
struct Group<'i> {
    prefix: Vec<P<'i>>,
    operand: P<'i>,
    postfix: Vec<P<'i>>,
    update: Option<P<'i>>,
    span: Span,
}

/// The children of a flat `assign_expr`, grouped.
struct Chain<'i> {
    groups: Vec<Group<'i>>,
    /// Binary operators, one between each pair of groups.
    ops: Vec<Infix>,
    /// The consequent and alternative of `? :`.
    ternary: Option<(P<'i>, P<'i>)>,
    /// The assignment operator and the assigned value.
    assign: Option<(P<'i>, P<'i>)>,
}

fn is_prefix_op(rule: Rule) -> bool {
    matches!(
        rule,
        Rule::op_inc
            | Rule::op_dec
            | Rule::op_not
            | Rule::op_neg
            | Rule::op_plus
            | Rule::op_bitnot
            | Rule::kw_typeof
            | Rule::kw_void
            | Rule::kw_delete
            | Rule::kw_await
    )
}

fn is_postfix_op(rule: Rule) -> bool {
    matches!(
        rule,
        Rule::arguments
            | Rule::member
            | Rule::prop_name
            | Rule::index
            | Rule::opt_call
            | Rule::opt_index
            | Rule::opt_member
            | Rule::tagged_refused
    )
}

fn read_chain<'i>(pairs: Children<'i>, span: Span) -> Res<Chain<'i>> {
    let mut it = pairs.peekable();
    let mut groups = vec![read_group(&mut it, span)?];
    let mut ops = Vec::new();
    while let Some(op) = it.next_if(|p| p.as_rule() == Rule::bin_op) {
        ops.push(infix_of(&op));
        groups.push(read_group(&mut it, span)?);
    }
    let mut ternary = None;
    if it.next_if(|p| p.as_rule() == Rule::question).is_some() {
        let cons = expect(it.next(), span)?;
        let _colon = it.next();
        ternary = Some((cons, expect(it.next(), span)?));
    }
    let mut assign = None;
    if let Some(op) = it.next_if(|p| p.as_rule() == Rule::assign_op) {
        assign = Some((op, expect(it.next(), span)?));
    }
    match it.next() {
        Some(extra) => Err(internal(span_of(&extra))),
        None => Ok(Chain {
            groups,
            ops,
            ternary,
            assign,
        }),
    }
}

fn read_group<'i, I: Iterator<Item = P<'i>>>(
    it: &mut std::iter::Peekable<I>,
    span: Span,
) -> Res<Group<'i>> {
    let mut prefix = Vec::new();
    while let Some(op) = it.next_if(|p| is_prefix_op(p.as_rule())) {
        prefix.push(op);
    }
    let operand = expect(
        it.next_if(|p| {
            matches!(
                p.as_rule(),
                Rule::operand | Rule::ident | Rule::string_lit | Rule::number
            )
        }),
        span,
    )?;
    let mut postfix = Vec::new();
    while let Some(op) = it.next_if(|p| is_postfix_op(p.as_rule())) {
        postfix.push(op);
    }
    let update = it.next_if(|p| p.as_rule() == Rule::postfix_update);
    let start = prefix.first().unwrap_or(&operand);
    let end = update.as_ref().or(postfix.last()).unwrap_or(&operand);
    let span = span_of(start).to(span_of(end));
    Ok(Group {
        prefix,
        operand,
        postfix,
        update,
        span,
    })
}

/// JavaScript's binary operator precedence (higher binds tighter) and
/// whether the operator is right-associative.
fn binary_prec(op: InfixKind) -> (u8, bool) {
    use BinaryOp::*;
    match op {
        InfixKind::Logical(LogicalOp::Nullish | LogicalOp::Or) => (1, false),
        InfixKind::Logical(LogicalOp::And) => (2, false),
        InfixKind::Binary(BitOr) => (3, false),
        InfixKind::Binary(BitXor) => (4, false),
        InfixKind::Binary(BitAnd) => (5, false),
        InfixKind::Binary(StrictEq | StrictNe | LooseEq | LooseNe) => (6, false),
        InfixKind::Binary(Lt | Le | Gt | Ge | InstanceOf | In) => (7, false),
        InfixKind::Binary(Shl | Shr | UShr) => (8, false),
        InfixKind::Binary(Add | Sub) => (9, false),
        InfixKind::Binary(Mul | Div | Rem) => (10, false),
        InfixKind::Binary(Exp) => (11, true),
    }
}

/// Precedence climbing over already-lowered operands: the tree a Pratt
/// parser builds, with `combine` at each node.
fn pratt(
    operands: &mut impl Iterator<Item = Res<Operand>>,
    ops: &mut std::iter::Peekable<impl Iterator<Item = Infix>>,
    min: u8,
    span: Span,
) -> Res<Operand> {
    let mut lhs = operands.next().unwrap_or_else(|| Err(internal(span)));
    while let Some((prec, right)) = ops.peek().map(|op| binary_prec(op.kind)) {
        if prec <= min {
            break;
        }
        let Some(op) = ops.next() else { break };
        let rhs = pratt(operands, ops, if right { prec - 1 } else { prec }, span);
        lhs = combine(lhs, op, rhs);
    }
    lhs
}

/// `obj.name` / `obj?.name`: `op` is the `prop_name` right after the `.`,
/// or a `member`/`opt_member` holding the name.
fn lower_member(object: Expr, op: P<'_>, optional: bool, span: Span) -> Res<Expr> {
    let name = if op.as_rule() == Rule::prop_name {
        op
    } else {
        expect(op.into_inner().next(), span)?
    };
    if name.as_rule() == Rule::private_refused {
        return Err(refuse(
            "private names (`#x`) are not supported",
            span_of(&name),
        ));
    }
    let property = ident_of(&name);
    check_member(&object, &property)?;
    Ok(expr(
        ExprKind::Member {
            object: Box::new(object),
            property,
            optional,
        },
        span,
    ))
}

/// Builds one binary or logical node for the Pratt parser.
fn combine(lhs: Res<Operand>, op: Infix, rhs: Res<Operand>) -> Res<Operand> {
    let (lhs, rhs) = (lhs?, rhs?);
    let span = lhs.expr.span.to(rhs.expr.span);
    let bop = match op.kind {
        InfixKind::Logical(lop) => {
            check_nullish_mix(lop, &lhs, &rhs, op.span)?;
            let kind = ExprKind::Logical(lop, Box::new(lhs.expr), Box::new(rhs.expr));
            return Ok(Operand {
                expr: expr(kind, span),
                bare_logical: Some(lop),
                bare_unary: false,
            });
        }
        InfixKind::Binary(bop) => bop,
    };
    if bop == BinaryOp::Exp && lhs.bare_unary {
        return Err(refuse(
            "a unary operator before `**` needs parentheses",
            lhs.expr.span,
        )
        .with_help("write `(-x) ** y` or `-(x ** y)` to say which one you mean"));
    }
    let kind = ExprKind::Binary(bop, Box::new(lhs.expr), Box::new(rhs.expr));
    Ok(Operand {
        expr: expr(kind, span),
        bare_logical: None,
        bare_unary: false,
    })
}

/// `a ?? b || c` is a syntax error in JavaScript: parentheses must decide.
fn check_nullish_mix(op: LogicalOp, lhs: &Operand, rhs: &Operand, op_span: Span) -> Res<()> {
    let clashes = |side: Option<LogicalOp>| match (op, side) {
        (_, None) => false,
        (LogicalOp::Nullish, Some(other)) => other != LogicalOp::Nullish,
        (_, Some(other)) => other == LogicalOp::Nullish,
    };
    if clashes(lhs.bare_logical) || clashes(rhs.bare_logical) {
        return Err(refuse(
            "`??` cannot be mixed with `||` or `&&` without parentheses",
            op_span,
        )
        .with_help("add parentheses, e.g. `(a ?? b) || c`"));
    }
    Ok(())
}

/// A binary operator of a chain.
#[derive(Clone, Copy)]
struct Infix {
    kind: InfixKind,
    span: Span,
}

#[derive(Clone, Copy)]
enum InfixKind {
    Logical(LogicalOp),
    Binary(BinaryOp),
}

/// Reads a `bin_op` pair.
fn infix_of(op: &P<'_>) -> Infix {
    use BinaryOp::*;
    let kind = match op.as_str() {
        "&&" => InfixKind::Logical(LogicalOp::And),
        "||" => InfixKind::Logical(LogicalOp::Or),
        "??" => InfixKind::Logical(LogicalOp::Nullish),
        "**" => InfixKind::Binary(Exp),
        "*" => InfixKind::Binary(Mul),
        "/" => InfixKind::Binary(Div),
        "%" => InfixKind::Binary(Rem),
        "+" => InfixKind::Binary(Add),
        "-" => InfixKind::Binary(Sub),
        "===" => InfixKind::Binary(StrictEq),
        "!==" => InfixKind::Binary(StrictNe),
        "==" => InfixKind::Binary(LooseEq),
        "!=" => InfixKind::Binary(LooseNe),
        "<" => InfixKind::Binary(Lt),
        "<=" => InfixKind::Binary(Le),
        ">" => InfixKind::Binary(Gt),
        ">=" => InfixKind::Binary(Ge),
        "instanceof" => InfixKind::Binary(InstanceOf),
        "in" => InfixKind::Binary(In),
        "&" => InfixKind::Binary(BitAnd),
        "|" => InfixKind::Binary(BitOr),
        "^" => InfixKind::Binary(BitXor),
        "<<" => InfixKind::Binary(Shl),
        ">>" => InfixKind::Binary(Shr),
        _ => InfixKind::Binary(UShr),
    };
    Infix {
        kind,
        span: span_of(op),
    }
}

fn lower_assign_op(p: &P<'_>) -> Res<AssignOp> {
    use AssignOp::{Assign, Compound, Logical};
    Ok(match p.as_str() {
        "=" => Assign,
        "+=" => Compound(BinaryOp::Add),
        "-=" => Compound(BinaryOp::Sub),
        "*=" => Compound(BinaryOp::Mul),
        "/=" => Compound(BinaryOp::Div),
        "%=" => Compound(BinaryOp::Rem),
        "**=" => Compound(BinaryOp::Exp),
        "&&=" => Logical(LogicalOp::And),
        "||=" => Logical(LogicalOp::Or),
        "??=" => Logical(LogicalOp::Nullish),
        "&=" => Compound(BinaryOp::BitAnd),
        "|=" => Compound(BinaryOp::BitOr),
        "^=" => Compound(BinaryOp::BitXor),
        "<<=" => Compound(BinaryOp::Shl),
        ">>=" => Compound(BinaryOp::Shr),
        ">>>=" => Compound(BinaryOp::UShr),
        _ => return Err(internal(span_of(p))),
    })
}

fn apply_prefix(op: &P<'_>, operand: Expr) -> Res<Expr> {
    let span = span_of(op).to(operand.span);
    let unary = match op.as_rule() {
        Rule::op_not => Some(UnaryOp::Not),
        Rule::op_neg => Some(UnaryOp::Neg),
        Rule::op_plus => Some(UnaryOp::Plus),
        Rule::kw_typeof => Some(UnaryOp::Typeof),
        Rule::kw_void => Some(UnaryOp::Void),
        Rule::op_bitnot => Some(UnaryOp::BitNot),
        _ => None,
    };
    if let Some(u) = unary {
        return Ok(expr(ExprKind::Unary(u, Box::new(operand)), span));
    }
    match op.as_rule() {
        Rule::kw_await => Ok(expr(ExprKind::Await(Box::new(operand)), span)),
        Rule::op_inc | Rule::op_dec => {
            check_target(&operand, "incremented or decremented", true)?;
            let increment = op.as_rule() == Rule::op_inc;
            Ok(expr(
                ExprKind::Update {
                    increment,
                    prefix: true,
                    target: Box::new(operand),
                },
                span,
            ))
        }
        Rule::kw_delete => Ok(expr(
            ExprKind::Unary(UnaryOp::Delete, Box::new(operand)),
            span,
        )),
        _ => Err(internal(span_of(op))),
    }
}

/// Only variables and (non-optional) properties can be assigned or updated,
/// and, where `call_allowed`, a call: V8 accepts `f()++`, `f() = v` and
/// `for (f() of xs)` for old web pages, and when one runs it makes the call,
/// then throws a `ReferenceError` (the compiler emits both).
fn check_target(target: &Expr, what: &str, call_allowed: bool) -> Res<()> {
    match &target.kind {
        ExprKind::Ident(_) => Ok(()),
        ExprKind::Member { .. } | ExprKind::Index { .. } if !target.in_optional_chain() => Ok(()),
        ExprKind::Call { .. } if call_allowed && !target.in_optional_chain() => Ok(()),
        ExprKind::Member { .. } | ExprKind::Index { .. } | ExprKind::Call { .. }
            if target.in_optional_chain() =>
        {
            Err(refuse(
                format!("an optional chain (`?.`) cannot be {what}"),
                target.span,
            ))
        }
        _ => Err(refuse(
            format!("only variables and properties can be {what}"),
            target.span,
        )),
    }
}

fn nondeterminism(what: &str, span: Span) -> Diagnostic {
    refuse(
        format!("{what} is a source of real nondeterminism and is not supported"),
        span,
    )
    .with_help("puzzle output must not depend on the clock or on chance; use fixed values")
}

/// Refuses calls jsorder cannot run: `Date()`.
fn check_callee(callee: &Expr) -> Res<()> {
    if let ExprKind::Ident(name) = &callee.kind {
        if &**name == "Date" {
            return Err(nondeterminism("`Date()`", callee.span));
        }
    }
    Ok(())
}

/// `require('name')` must name, as a string literal, one of the Node modules
/// jsorder has (see [`super::modules`]); anything else is refused here, where
/// the diagnostic can point at it.
fn check_require(callee: &Expr, args: &[ArrayItem], span: Span) -> Res<()> {
    if !matches!(&callee.kind, ExprKind::Ident(name) if &**name == "require") {
        return Ok(());
    }
    match args {
        [ArrayItem::Expr(Expr {
            kind: ExprKind::String(name),
            span: at,
        })] => match super::modules::requirable(name) {
            Some(_) => Ok(()),
            None => Err(refuse(super::modules::refusal(name), *at)
                .with_help("paste the code you need into this file")),
        },
        _ => Err(refuse(
            "`require` is supported only with a module name written as a string literal \
             (`require('events')`)",
            span,
        )),
    }
}

/// Refuses clocks and randomness: `Date.now`, `Math.random`, `performance.now`.
fn check_member(object: &Expr, property: &Ident) -> Res<()> {
    let ExprKind::Ident(obj) = &object.kind else {
        return Ok(());
    };
    let banned = matches!(
        (&**obj, &*property.name),
        ("Date", "now") | ("Math", "random") | ("performance", "now") | ("process", "hrtime")
    );
    if banned {
        let what = format!("`{obj}.{}`", property.name);
        return Err(nondeterminism(&what, object.span.to(property.span)));
    }
    Ok(())
}

/// Literals, keywords, identifiers and refused primaries.
fn lower_atom(p: P<'_>) -> Res<Expr> {
    let span = span_of(&p);
    let kind = match p.as_rule() {
        Rule::number => ExprKind::Number(lower_number(p)?),
        Rule::string_lit => ExprKind::String(Rc::from(&*decode_string(&p)?)),
        Rule::kw_true => ExprKind::Bool(true),
        Rule::kw_false => ExprKind::Bool(false),
        Rule::kw_null => ExprKind::Null,
        Rule::kw_this => ExprKind::This,
        Rule::ident => {
            let name = p.as_str();
            if name == "eval" {
                return Err(refuse("`eval` is not supported", span)
                    .with_help("write the code out directly"));
            }
            ExprKind::Ident(Rc::from(name))
        }
        Rule::class_refused => {
            return Err(refuse("classes are not supported yet", span)
                .with_help("use functions and object literals with methods instead"))
        }
        Rule::super_refused => return Err(refuse("`super` is not supported", span)),
        Rule::import_expr_refused => return Err(import_export(span)),
        Rule::regex_refused => {
            return Err(refuse(
                "regular expression literals are not supported",
                span,
            ))
        }
        Rule::yield_refused => {
            return Err(refuse(
                "`yield` is not supported: generator functions are not supported",
                span,
            ))
        }
        _ => return Err(internal(span)),
    };
    Ok(expr(kind, span))
}

fn import_export(span: Span) -> Diagnostic {
    refuse(
        "`import`/`export` are not supported: jsorder runs self-contained scripts",
        span,
    )
    .with_help("put everything the puzzle needs in this one file")
}

// ============================================================================
// Statement helpers without lowering state
// ============================================================================

fn expect_stmt(s: Option<Stmt>, span: Span) -> Res<Stmt> {
    s.ok_or_else(|| internal(span))
}

fn lower_decl_kind(p: &P<'_>) -> DeclKind {
    match p.as_str() {
        "let" => DeclKind::Let,
        "const" => DeclKind::Const,
        _ => DeclKind::Var,
    }
}

/// Whether a labeled statement's body is a loop (through more labels:
/// `a: b: while (…)`), which `continue` may name.
fn labels_a_loop(p: &P<'_>) -> bool {
    match p.as_rule() {
        Rule::for_in | Rule::for_of | Rule::for_stmt | Rule::while_stmt | Rule::do_while => true,
        Rule::expr_stmt => {
            let mut inner = p.into_inner();
            inner.any(|c| c.as_rule() == Rule::label_colon)
                && inner.next().is_some_and(|body| labels_a_loop(&body))
        }
        _ => false,
    }
}

fn lower_function_typo(p: P<'_>) -> Diagnostic {
    let span = span_of(&p);
    let name = p.into_inner().find(|c| c.as_rule() == Rule::ident);
    let (name, end) = name.map_or(("name".into(), span.end), |n| {
        (n.as_str().to_string(), span_of(&n).end)
    });
    refuse(
        "a function's name goes before its parameters",
        Span {
            start: span.start,
            end,
        },
    )
    .with_help(format!("did you mean `function {name}() {{`?"))
}

/// Statements that parse only so they can be refused by name.
fn lower_refused_stmt(p: P<'_>) -> Diagnostic {
    let span = span_of(&p);
    let head = p.into_inner().next().map_or(span, |k| span_of(&k));
    match p.as_rule() {
        Rule::class_refused => refuse("`class` declarations are not supported yet", head)
            .with_help("use functions and object literals with methods instead"),
        Rule::with_refused => refuse("`with` statements are not supported", head),
        Rule::import_refused | Rule::export_refused => import_export(head),
        Rule::debugger_refused => refuse("`debugger` statements are not supported", head),
        _ => internal(span),
    }
}

// ============================================================================
// Literals
// ============================================================================

fn lower_number(p: P<'_>) -> Res<f64> {
    let span = span_of(&p);
    let inner = expect(p.into_inner().next(), span)?;
    let text = inner.as_str();
    match inner.as_rule() {
        Rule::hex_int => Ok(radix_value(&text[2..], 16)),
        Rule::bin_int => Ok(radix_value(&text[2..], 2)),
        Rule::oct_int => Ok(radix_value(&text[2..], 8)),
        Rule::decimal => {
            let digits: String = text.chars().filter(|c| *c != '_').collect();
            digits
                .parse::<f64>()
                .map_err(|_| refuse("invalid number literal", span))
        }
        Rule::legacy_octal_refused if text.as_bytes().get(1) == Some(&b'_') => Err(refuse(
            "a numeric separator `_` cannot follow a leading zero",
            span,
        )),
        Rule::legacy_octal_refused => Err(refuse(
            "numbers with a leading zero (`010`) are not supported",
            span,
        )
        .with_help("write `0o10` for an octal number, or drop the leading zero")),
        _ => Err(refuse("BigInt literals (`10n`) are not supported", span)),
    }
}

/// Digits in `radix` (with `_` separators) to the nearest double.
fn radix_value(digits: &str, radix: u32) -> f64 {
    let mut exact: Option<u128> = Some(0);
    let mut approx = 0f64;
    for d in digits.chars().filter_map(|c| c.to_digit(radix)) {
        exact = exact.and_then(|v| v.checked_mul(u128::from(radix))?.checked_add(u128::from(d)));
        approx = approx * f64::from(radix) + f64::from(d);
    }
    exact.map_or(approx, |v| v as f64)
}

/// The value of a quoted string literal.
fn decode_string<'i>(p: &P<'i>) -> Res<Cow<'i, str>> {
    decode_escapes(p, false)
}

/// Decodes the escapes in a string literal (quotes stripped) or a template chunk.
fn decode_escapes<'i>(p: &P<'i>, template: bool) -> Res<Cow<'i, str>> {
    let text = p.as_str();
    let (raw, offset) = if template {
        (text, p.span().start as usize)
    } else {
        (&text[1..text.len() - 1], p.span().start as usize + 1)
    };
    if !raw.contains(['\\', '\r']) {
        return Ok(Cow::Borrowed(raw));
    }
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(c) = rest.chars().next() {
        let at = offset + raw.len() - rest.len();
        rest = &rest[c.len_utf8()..];
        match c {
            '\\' => rest = decode_escape(rest, at, template, &mut out)?,
            // Template literals normalise raw CR and CRLF line breaks to LF.
            '\r' if template => {
                rest = rest.strip_prefix('\n').unwrap_or(rest);
                out.push('\n');
            }
            _ => out.push(c),
        }
    }
    Ok(Cow::Owned(out))
}

/// Decodes one escape (after its `\`, which is at byte `at`); returns the rest.
fn decode_escape<'s>(rest: &'s str, at: usize, template: bool, out: &mut String) -> Res<&'s str> {
    let Some(e) = rest.chars().next() else {
        return Ok(rest);
    };
    let after = &rest[e.len_utf8()..];
    let bad = |len: usize, what: &str| refuse(what.to_string(), Span::new(at, at + 1 + len));
    let simple = match e {
        'n' => Some('\n'),
        't' => Some('\t'),
        'r' => Some('\r'),
        'b' => Some('\u{8}'),
        'f' => Some('\u{c}'),
        'v' => Some('\u{b}'),
        '0' if !after.starts_with(|c: char| c.is_ascii_digit()) => Some('\0'),
        _ => None,
    };
    if let Some(c) = simple {
        out.push(c);
        return Ok(after);
    }
    match e {
        '1'..='9' | '0' => {
            let what = if template {
                "octal escapes are not allowed in template literals"
            } else {
                "octal escape sequences (`\\1`) are not supported"
            };
            Err(bad(1, what))
        }
        'x' => {
            let code = after
                .get(..2)
                .filter(|h| h.chars().all(|c| c.is_ascii_hexdigit()));
            let code = code
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .ok_or_else(|| bad(1, "invalid `\\x` escape: expected two hex digits"))?;
            out.extend(char::from_u32(code));
            Ok(&after[2..])
        }
        'u' => decode_unicode_escape(after, at, out),
        // Line continuations contribute nothing.
        '\r' => Ok(after.strip_prefix('\n').unwrap_or(after)),
        '\n' | '\u{2028}' | '\u{2029}' => Ok(after),
        other => {
            out.push(other);
            Ok(after)
        }
    }
}

/// `\uXXXX`, `\u{X…}` and surrogate pairs written as two escapes.
fn decode_unicode_escape<'s>(after: &'s str, at: usize, out: &mut String) -> Res<&'s str> {
    let (code, rest) = read_unicode(after).ok_or_else(|| {
        refuse(
            "invalid `\\u` escape: expected four hex digits or `{…}`",
            Span::new(at, at + 2),
        )
    })?;
    if (0xD800..0xDC00).contains(&code) {
        if let Some((low, rest2)) = rest.strip_prefix("\\u").and_then(read_unicode) {
            if (0xDC00..0xE000).contains(&low) {
                let combined = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                out.extend(char::from_u32(combined));
                return Ok(rest2);
            }
        }
    }
    match char::from_u32(code) {
        Some(c) => {
            out.push(c);
            Ok(rest)
        }
        None => Err(refuse(
            "lone surrogate escapes (`\\uD800`) are not supported",
            Span::new(at, at + 6),
        )),
    }
}

fn read_unicode(s: &str) -> Option<(u32, &str)> {
    if let Some(braced) = s.strip_prefix('{') {
        let end = braced.find('}')?;
        let hex = &braced[..end];
        if hex.is_empty() || !hex.chars().all(|c| c.is_ascii_hexdigit()) {
            return None;
        }
        let code = u32::from_str_radix(hex, 16)
            .ok()
            .filter(|c| *c <= 0x10FFFF)?;
        return Some((code, &braced[end + 1..]));
    }
    let hex = s
        .get(..4)
        .filter(|h| h.chars().all(|c| c.is_ascii_hexdigit()))?;
    Some((u32::from_str_radix(hex, 16).ok()?, &s[4..]))
}

// ============================================================================
// Destructuring patterns
// ============================================================================

/// Whether an assignment's target is an array or object literal (with
/// nothing around it), which makes the assignment a destructuring one.
fn is_literal_target(groups: &[Group<'_>]) -> bool {
    let [g] = groups else { return false };
    g.prefix.is_empty()
        && g.postfix.is_empty()
        && g.update.is_none()
        && matches!(
            unwrap_operand(g.operand).as_rule(),
            Rule::array | Rule::object
        )
}

/// An `operand` pair with one child stands for that child.
fn unwrap_operand(mut p: P<'_>) -> P<'_> {
    while p.as_rule() == Rule::operand {
        let mut inner = p.into_inner();
        match (inner.next(), inner.next()) {
            (Some(only), None) => p = only,
            _ => break,
        }
    }
    p
}

fn invalid_target(span: Span) -> Diagnostic {
    refuse("invalid destructuring target", span)
        .with_help("only names, properties and nested `[…]`/`{…}` patterns can receive values")
}

/// Whether a `,` follows `rest` inside `pattern`: in an object pattern the
/// grammar reads a trailing comma without a pair, so lowering looks at the
/// text between the rest element and the closing `}`.
fn comma_after(rest: &P<'_>, pattern: &P<'_>) -> bool {
    let text = pattern.as_str();
    let from = (rest.span().end - pattern.span().start) as usize;
    text[super::errors::skip_trivia(text, from)..].starts_with(',')
}

fn rest_not_last(span: Span) -> Diagnostic {
    refuse(
        "a rest element must be last, without a comma after it",
        span,
    )
}

impl Lowerer {
    /// A bound name or a binding pattern (`binding` in the grammar).
    fn lower_binding(&mut self, p: P<'_>) -> Res<Pattern> {
        let span = span_of(&p);
        match p.as_rule() {
            Rule::ident => Ok(Pattern::Ident(ident_of(&p))),
            Rule::array_pattern => {
                self.enter(1, span)?;
                let pattern = self.lower_array_pattern(p, span)?;
                self.leave(1);
                Ok(Pattern::Array(pattern))
            }
            Rule::object_pattern => {
                self.enter(1, span)?;
                let pattern = self.lower_object_pattern(p, span)?;
                self.leave(1);
                Ok(Pattern::Object(pattern))
            }
            _ => Err(internal(span)),
        }
    }

    /// `[a, , b = 1, ...rest]` in a binding.
    fn lower_array_pattern(&mut self, p: P<'_>, span: Span) -> Res<ArrayPattern> {
        let (mut elements, mut rest) = (Vec::new(), None);
        // A comma with no element since the previous one leaves a hole.
        let mut after_elem = false;
        for c in p.into_inner() {
            match c.as_rule() {
                Rule::comma if !after_elem => elements.push(None),
                Rule::comma => after_elem = false,
                Rule::pattern_elem => {
                    elements.push(Some(self.lower_pattern_elem(c)?));
                    after_elem = true;
                }
                Rule::pattern_rest => {
                    let inner = expect(c.into_inner().next(), span)?;
                    rest = Some(Box::new(self.lower_binding(inner)?));
                }
                _ => {}
            }
        }
        Ok(ArrayPattern {
            elements,
            rest,
            span,
        })
    }

    /// `{ a, b: c, d = 1, [k]: e, ...rest }` in a binding.
    fn lower_object_pattern(&mut self, p: P<'_>, span: Span) -> Res<ObjectPattern> {
        let (mut props, mut rest) = (Vec::new(), None);
        for c in kids(p) {
            if rest.is_some() {
                return Err(rest_not_last(span_of(&c)));
            }
            match c.as_rule() {
                Rule::pattern_keyed => {
                    let c_span = span_of(&c);
                    let mut parts = kids(c);
                    let (key, _) = self.lower_prop_key(expect(parts.next(), c_span)?)?;
                    let elem = self.lower_pattern_elem(expect(parts.next(), c_span)?)?;
                    props.push(PatternProp { key, elem });
                }
                Rule::pattern_elem => {
                    let elem = self.lower_pattern_elem(c)?;
                    let Pattern::Ident(name) = &elem.target else {
                        return Err(refuse(
                            "a nested pattern in an object pattern needs a key",
                            elem.target.span(),
                        )
                        .with_help("write `key: [a, b]` or `key: { a }`"));
                    };
                    let key = PropKey::Name(name.name.clone());
                    props.push(PatternProp { key, elem });
                }
                Rule::pattern_rest => {
                    if comma_after(&c, &p) {
                        return Err(rest_not_last(span_of(&c)));
                    }
                    let inner = expect(c.into_inner().next(), span)?;
                    let target = self.lower_binding(inner)?;
                    if target.as_ident().is_none() {
                        return Err(refuse(
                            "`...` in an object pattern must be followed by a name",
                            target.span(),
                        ));
                    }
                    rest = Some(Box::new(target));
                }
                _ => {}
            }
        }
        Ok(ObjectPattern { props, rest, span })
    }

    /// `target` or `target = default` in a binding pattern.
    fn lower_pattern_elem(&mut self, p: P<'_>) -> Res<PatternElem> {
        let span = span_of(&p);
        let mut parts = kids(p);
        let target = self.lower_binding(expect(parts.next(), span)?)?;
        let default = parts.next().map(|e| self.lower_expr(e)).transpose()?;
        Ok(PatternElem { target, default })
    }

    /// `[a, b] = value` / `({ a } = value)`: the array or object literal on
    /// the left is read again as a pattern.
    fn lower_destructuring_assign(
        &mut self,
        groups: Vec<Group<'_>>,
        value: P<'_>,
        span: Span,
    ) -> Res<Expr> {
        let group = groups.into_iter().next().ok_or_else(|| internal(span))?;
        self.enter(1, span)?;
        let target = self.lower_literal_pattern(unwrap_operand(group.operand))?;
        let value = self.lower_expr(value)?;
        self.leave(1);
        Ok(expr(
            ExprKind::AssignPattern(Box::new(target), Box::new(value)),
            span,
        ))
    }

    /// An array or object literal read as an assignment pattern.
    fn lower_literal_pattern(&mut self, p: P<'_>) -> Res<Pattern> {
        let span = span_of(&p);
        self.enter(1, span)?;
        let pattern = match p.as_rule() {
            Rule::array => Pattern::Array(self.lower_array_literal_pattern(p, span)?),
            Rule::object => Pattern::Object(self.lower_object_literal_pattern(p, span)?),
            _ => return Err(internal(span)),
        };
        self.leave(1);
        Ok(pattern)
    }

    fn lower_array_literal_pattern(&mut self, p: P<'_>, span: Span) -> Res<ArrayPattern> {
        let (mut elements, mut rest) = (Vec::new(), None);
        let mut after_elem = false;
        for c in p.into_inner() {
            if rest.is_some() && c.as_rule() != Rule::rbracket {
                return Err(rest_not_last(span_of(&c)));
            }
            match c.as_rule() {
                Rule::comma if !after_elem => elements.push(None),
                Rule::comma => after_elem = false,
                Rule::spread => {
                    let inner = expect(c.into_inner().next(), span)?;
                    rest = Some(Box::new(self.lower_rest_target(inner)?));
                }
                Rule::rbracket => {}
                _ => {
                    elements.push(Some(self.lower_assign_elem(c)?));
                    after_elem = true;
                }
            }
        }
        Ok(ArrayPattern {
            elements,
            rest,
            span,
        })
    }

    fn lower_object_literal_pattern(&mut self, p: P<'_>, span: Span) -> Res<ObjectPattern> {
        let (mut props, mut rest) = (Vec::new(), None);
        for c in kids(p) {
            let c_span = span_of(&c);
            if rest.is_some() {
                return Err(rest_not_last(c_span));
            }
            match c.as_rule() {
                Rule::init_prop => {
                    let mut parts = kids(c);
                    let (key, _) = self.lower_prop_key(expect(parts.next(), c_span)?)?;
                    let elem = self.lower_assign_elem(expect(parts.next(), c_span)?)?;
                    props.push(PatternProp { key, elem });
                }
                Rule::shorthand => {
                    let mut parts = kids(c);
                    let name = ident_of(&expect(parts.next(), c_span)?);
                    let default = parts.next().map(|e| self.lower_expr(e)).transpose()?;
                    let key = PropKey::Name(name.name.clone());
                    let target = Pattern::Ident(name);
                    props.push(PatternProp {
                        key,
                        elem: PatternElem { target, default },
                    });
                }
                Rule::spread => {
                    if comma_after(&c, &p) {
                        return Err(rest_not_last(c_span));
                    }
                    let inner = expect(c.into_inner().next(), span)?;
                    let target = self.lower_rest_target(inner)?;
                    if matches!(target, Pattern::Array(_) | Pattern::Object(_)) {
                        return Err(refuse(
                            "`...` in an object pattern must be followed by a name or a property",
                            target.span(),
                        ));
                    }
                    rest = Some(Box::new(target));
                }
                _ => return Err(invalid_target(c_span)),
            }
        }
        Ok(ObjectPattern { props, rest, span })
    }

    /// The target after `...` in an assignment pattern (no default allowed).
    fn lower_rest_target(&mut self, p: P<'_>) -> Res<Pattern> {
        let span = span_of(&p);
        let elem = self.lower_assign_elem(p)?;
        if elem.default.is_some() {
            return Err(refuse("a rest element cannot have a default value", span));
        }
        Ok(elem.target)
    }

    /// An element of an assignment pattern: `target` or `target = default`,
    /// where the target is a name, a property or a nested literal pattern.
    fn lower_assign_elem(&mut self, p: P<'_>) -> Res<PatternElem> {
        let span = span_of(&p);
        let inner = p.into_inner();
        if p.as_rule() != Rule::assign_expr || inner.len() == 1 {
            let only = if p.as_rule() == Rule::assign_expr {
                expect(inner.clone().next(), span)?
            } else {
                p
            };
            let target = self.lower_assign_operand(only)?;
            return Ok(PatternElem {
                target,
                default: None,
            });
        }
        let chain = read_chain(inner, span)?;
        if chain.ternary.is_some() || !chain.ops.is_empty() {
            return Err(invalid_target(span));
        }
        let default = match chain.assign {
            Some((op, value)) if op.as_str() == "=" => Some(value),
            Some(_) => return Err(invalid_target(span)),
            None => None,
        };
        let group = chain
            .groups
            .into_iter()
            .next()
            .ok_or_else(|| internal(span))?;
        let target = if is_literal_target(std::slice::from_ref(&group)) {
            self.lower_literal_pattern(unwrap_operand(group.operand))?
        } else {
            let e = self.lower_group(group)?;
            expr_target(e, false)?
        };
        let default = default.map(|d| self.lower_expr(d)).transpose()?;
        Ok(PatternElem { target, default })
    }

    /// A lone operand as an assignment target.
    fn lower_assign_operand(&mut self, p: P<'_>) -> Res<Pattern> {
        let p = unwrap_operand(p);
        match p.as_rule() {
            Rule::array | Rule::object => self.lower_literal_pattern(p),
            _ => {
                let e = self.lower_expr(p)?;
                expr_target(e, false)
            }
        }
    }
}

/// A name or a (non-optional) property as the target of an assignment
/// pattern; in a `for…in`/`for…of` head (`call_allowed`) a call too (see
/// [`check_target`]).
fn expr_target(e: Expr, call_allowed: bool) -> Res<Pattern> {
    match &e.kind {
        ExprKind::Ident(name) => Ok(Pattern::Ident(Ident {
            name: name.clone(),
            span: e.span,
        })),
        ExprKind::Member { .. } | ExprKind::Index { .. } => {
            check_target(&e, "assigned to", false)?;
            Ok(Pattern::Expr(Box::new(e)))
        }
        ExprKind::Call { .. } if call_allowed => {
            check_target(&e, "assigned to", true)?;
            Ok(Pattern::Expr(Box::new(e)))
        }
        _ => Err(invalid_target(e.span)),
    }
}
