//! The abstract syntax tree of the JavaScript subset jsorder understands.
//!
//! Owned enums with boxed children; every statement, expression and function
//! carries the [`Span`] of the source it came from. Each variant's doc shows the
//! JavaScript it stands for. Nothing here evaluates or prints.

use super::span::Span;
use std::rc::Rc;

/// A whole script (a CommonJS program, as `node file.js` runs it).
#[derive(Debug, Clone, PartialEq)]
pub struct Program {
    /// Top-level statements in source order.
    pub body: Vec<Stmt>,
    /// The whole file.
    pub span: Span,
}

/// A statement with its span.
#[derive(Debug, Clone, PartialEq)]
pub struct Stmt {
    /// What kind of statement.
    pub kind: StmtKind,
    /// Where it is.
    pub span: Span,
}

/// `var`, `let` or `const`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeclKind {
    /// `var x` — function-scoped, hoisted, initialised to `undefined`.
    Var,
    /// `let x` — block-scoped.
    Let,
    /// `const x` — block-scoped, not reassignable.
    Const,
}

/// One binding of a declaration: `name = init` or `[a, b] = init`.
#[derive(Debug, Clone, PartialEq)]
pub struct Declarator {
    /// The bound name or destructuring pattern.
    pub target: Pattern,
    /// The initialiser, if any (always present for a pattern).
    pub init: Option<Expr>,
}

/// The first clause of a `for (…;…;…)` loop.
#[derive(Debug, Clone, PartialEq)]
pub enum ForInit {
    /// `for (let i = 0; …)`
    Decl(DeclKind, Vec<Declarator>),
    /// `for (i = 0; …)`
    Expr(Expr),
}

/// A `catch (e) { … }` clause.
#[derive(Debug, Clone, PartialEq)]
pub struct CatchClause {
    /// The bound error name or pattern; `None` for `catch { … }`.
    pub param: Option<Pattern>,
    /// The handler block.
    pub body: Vec<Stmt>,
}

/// One clause of a `switch`: `case test: body` or `default: body`.
#[derive(Debug, Clone, PartialEq)]
pub struct SwitchCase {
    /// The value compared with `===`; `None` for `default`.
    pub test: Option<Expr>,
    /// The statements up to the next clause (control falls through them).
    pub body: Vec<Stmt>,
    /// The whole clause.
    pub span: Span,
}

/// Statement kinds.
#[derive(Debug, Clone, PartialEq)]
pub enum StmtKind {
    /// `let a = 1, b;`
    Decl(DeclKind, Vec<Declarator>),
    /// `function f(a) { … }` / `async function f() { … }`
    Function(Rc<Function>),
    /// `f();`
    Expr(Expr),
    /// `if (test) cons else alt`
    If {
        /// Condition.
        test: Expr,
        /// Then branch.
        cons: Box<Stmt>,
        /// Else branch.
        alt: Option<Box<Stmt>>,
    },
    /// `for (init; test; update) body`
    For {
        /// Initialiser clause.
        init: Option<ForInit>,
        /// Condition; `None` loops forever.
        test: Option<Expr>,
        /// Update expression.
        update: Option<Expr>,
        /// Loop body.
        body: Box<Stmt>,
    },
    /// `for (const x of iterable) body` (also `let`/`var`, and `for await`)
    ForOf {
        /// `for await`: each item is awaited (iteration of a sync iterable
        /// through an async-from-sync iterator: two ticks per step).
        is_await: bool,
        /// How the loop variable is declared; `None` assigns `target`
        /// (`for (x of xs)`, `for (o.k of xs)`).
        kind: Option<DeclKind>,
        /// The loop variable (a name or a pattern).
        target: Pattern,
        /// What is iterated (an array or a string).
        iterable: Expr,
        /// Loop body.
        body: Box<Stmt>,
    },
    /// `for (const k in object) body` (also `let`/`var`, or no declaration:
    /// `for (k in object)` assigns an existing target)
    ForIn {
        /// How the loop variable is declared; `None` assigns `target`.
        kind: Option<DeclKind>,
        /// The loop variable (a name or a pattern).
        target: Pattern,
        /// Whose keys are visited.
        object: Expr,
        /// Loop body.
        body: Box<Stmt>,
    },
    /// `while (test) body`
    While {
        /// Condition.
        test: Expr,
        /// Loop body.
        body: Box<Stmt>,
    },
    /// `do body while (test)`
    DoWhile {
        /// Loop body.
        body: Box<Stmt>,
        /// Condition.
        test: Expr,
    },
    /// `break;` / `break label;`
    Break(Option<Ident>),
    /// `continue;` / `continue label;`
    Continue(Option<Ident>),
    /// `switch (discriminant) { case a: … default: … }`
    Switch {
        /// The value the clauses are compared with.
        discriminant: Expr,
        /// The clauses in source order (at most one `default`).
        cases: Vec<SwitchCase>,
    },
    /// `label: body`
    Labeled {
        /// The label.
        label: Ident,
        /// The labeled statement.
        body: Box<Stmt>,
    },
    /// `return;` / `return value;`
    Return(Option<Expr>),
    /// `throw value;`
    Throw(Expr),
    /// `try { … } catch (e) { … } finally { … }`
    Try {
        /// The protected block.
        block: Vec<Stmt>,
        /// The catch clause.
        handler: Option<CatchClause>,
        /// The finally block.
        finalizer: Option<Vec<Stmt>>,
    },
    /// `{ … }`
    Block(Vec<Stmt>),
    /// `;`
    Empty,
}

/// An identifier with its span.
#[derive(Debug, Clone, PartialEq)]
pub struct Ident {
    /// The name as written.
    pub name: Rc<str>,
    /// Where it is.
    pub span: Span,
}

/// A function parameter: `a`, `a = 1`, `{ a, b } = {}` or `...rest`.
#[derive(Debug, Clone, PartialEq)]
pub struct Param {
    /// The parameter name or destructuring pattern.
    pub target: Pattern,
    /// Default value, evaluated when the argument is `undefined`.
    pub default: Option<Expr>,
    /// `...name` collects the remaining arguments into an array.
    pub rest: bool,
}

/// Where a destructured value goes: a name, a nested pattern, or (only in
/// assignment patterns such as `[o.x, a[i]] = pair`) a property.
#[derive(Debug, Clone, PartialEq)]
pub enum Pattern {
    /// `a`
    Ident(Ident),
    /// `[a, , b = 1, ...rest]`
    Array(ArrayPattern),
    /// `{ a, b: c, d = 1, [key]: e, ...rest }`
    Object(ObjectPattern),
    /// `o.x` / `a[i]` (assignment patterns only)
    Expr(Box<Expr>),
}

/// `[a, , b = 1, ...rest]`
#[derive(Debug, Clone, PartialEq)]
pub struct ArrayPattern {
    /// The elements in order; `None` is a hole (`[, b]` skips one item).
    pub elements: Vec<Option<PatternElem>>,
    /// `...rest` collects the remaining items into an array.
    pub rest: Option<Box<Pattern>>,
    /// The whole pattern.
    pub span: Span,
}

/// `{ a, b: c, d = 1, [key]: e, ...rest }`
#[derive(Debug, Clone, PartialEq)]
pub struct ObjectPattern {
    /// The properties in order.
    pub props: Vec<PatternProp>,
    /// `...rest` copies the other own enumerable properties into a new object.
    pub rest: Option<Box<Pattern>>,
    /// The whole pattern.
    pub span: Span,
}

/// One property of an object pattern: `key: target = default`
/// (shorthand `{ a = 1 }` has the key `a` and the target `a`).
#[derive(Debug, Clone, PartialEq)]
pub struct PatternProp {
    /// The property read.
    pub key: PropKey,
    /// Where its value goes.
    pub elem: PatternElem,
}

/// A pattern target with its default: `target = default`.
#[derive(Debug, Clone, PartialEq)]
pub struct PatternElem {
    /// Where the value goes.
    pub target: Pattern,
    /// Evaluated (lazily, left to right) when the value is `undefined`.
    pub default: Option<Expr>,
}

impl Pattern {
    /// Where the pattern is.
    pub fn span(&self) -> Span {
        match self {
            Pattern::Ident(id) => id.span,
            Pattern::Array(a) => a.span,
            Pattern::Object(o) => o.span,
            Pattern::Expr(e) => e.span,
        }
    }

    /// The plain name, when the pattern is one.
    pub fn as_ident(&self) -> Option<&Ident> {
        match self {
            Pattern::Ident(id) => Some(id),
            _ => None,
        }
    }

    /// Every name the pattern binds, left to right.
    pub fn bound_names(&self) -> BoundNames<'_> {
        match self {
            // Most patterns are one name: no vector for it (the compiler asks
            // for the names of every declaration and parameter).
            Pattern::Ident(id) => BoundNames::One(Some(id)),
            _ => {
                let mut out = Vec::new();
                self.collect_names(&mut out);
                BoundNames::Many(out.into_iter())
            }
        }
    }

    fn collect_names<'a>(&'a self, out: &mut Vec<&'a Ident>) {
        match self {
            Pattern::Ident(id) => out.push(id),
            Pattern::Array(a) => {
                for e in a.elements.iter().flatten() {
                    e.target.collect_names(out);
                }
                if let Some(r) = &a.rest {
                    r.collect_names(out);
                }
            }
            Pattern::Object(o) => {
                for p in &o.props {
                    p.elem.target.collect_names(out);
                }
                if let Some(r) = &o.rest {
                    r.collect_names(out);
                }
            }
            Pattern::Expr(_) => {}
        }
    }
}

/// A function body: a block, or an arrow's single expression.
#[derive(Debug, Clone, PartialEq)]
pub enum Body {
    /// `{ statements }`
    Block(Vec<Stmt>),
    /// `x => x + 1`
    Expr(Box<Expr>),
}

/// Any function: declaration, expression, arrow or object method.
#[derive(Debug, Clone, PartialEq)]
pub struct Function {
    /// The declared name (`function f`, or the method key). Inferred names of
    /// anonymous functions (`const f = () => {}`) are decided by the engine.
    pub name: Option<Ident>,
    /// Parameters in order.
    pub params: Vec<Param>,
    /// The body.
    pub body: Body,
    /// `async`.
    pub is_async: bool,
    /// `=>` (lexical `this`, no own name).
    pub is_arrow: bool,
    /// The whole function, from `async`/`function`/first parameter to the end of the body.
    pub span: Span,
}

/// An expression with its span.
#[derive(Debug, Clone, PartialEq)]
pub struct Expr {
    /// What kind of expression.
    pub kind: ExprKind,
    /// Where it is.
    pub span: Span,
}

impl Expr {
    /// Whether this member access or call is part of an optional chain
    /// (`a?.b.c`): a missing link ends the whole chain, so such an
    /// expression can be neither assigned to nor named as V8 names callees.
    pub fn in_optional_chain(&self) -> bool {
        match &self.kind {
            ExprKind::Member {
                object, optional, ..
            }
            | ExprKind::Index {
                object, optional, ..
            } => *optional || object.in_optional_chain(),
            ExprKind::Call {
                callee, optional, ..
            } => *optional || callee.in_optional_chain(),
            _ => false,
        }
    }
}

/// An element of an array literal or an argument list.
#[derive(Debug, Clone, PartialEq)]
pub enum ArrayItem {
    /// `x`
    Expr(Expr),
    /// `...xs`
    Spread(Expr),
    /// The missing element of an array literal (`[1, , 2]`): the array has
    /// a hole there. Never in an argument list.
    Hole,
}

/// A property key in an object literal.
#[derive(Debug, Clone, PartialEq)]
pub enum PropKey {
    /// `a: 1`, `'a b': 1`, `1: x` (numbers are stored in their canonical string form)
    Name(Rc<str>),
    /// `[expr]: 1`
    Computed(Box<Expr>),
}

/// A member of an object literal.
#[derive(Debug, Clone, PartialEq)]
pub enum Prop {
    /// `key: value`; also shorthand `{ a }` (value is the identifier `a`).
    Init(PropKey, Expr),
    /// `key() { … }` / `async key() { … }`
    Method(PropKey, Rc<Function>),
    /// `get key() { … }`
    Getter(PropKey, Rc<Function>),
    /// `set key(v) { … }`
    Setter(PropKey, Rc<Function>),
    /// `...obj`
    Spread(Expr),
}

/// Prefix operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnaryOp {
    /// `!x`
    Not,
    /// `-x`
    Neg,
    /// `+x`
    Plus,
    /// `typeof x`
    Typeof,
    /// `void x`
    Void,
    /// `~x`
    BitNot,
    /// `delete o.p` / `delete o[k]`
    Delete,
}

impl UnaryOp {
    /// The operator as written before its operand (with the space a word
    /// operator needs).
    pub fn token(self) -> &'static str {
        match self {
            UnaryOp::Not => "!",
            UnaryOp::Neg => "-",
            UnaryOp::Plus => "+",
            UnaryOp::Typeof => "typeof ",
            UnaryOp::Void => "void ",
            UnaryOp::BitNot => "~",
            UnaryOp::Delete => "delete ",
        }
    }
}

/// Binary (non-short-circuit) operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinaryOp {
    /// `+`
    Add,
    /// `-`
    Sub,
    /// `*`
    Mul,
    /// `/`
    Div,
    /// `%`
    Rem,
    /// `**`
    Exp,
    /// `===`
    StrictEq,
    /// `!==`
    StrictNe,
    /// `==`
    LooseEq,
    /// `!=`
    LooseNe,
    /// `<`
    Lt,
    /// `<=`
    Le,
    /// `>`
    Gt,
    /// `>=`
    Ge,
    /// `instanceof`
    InstanceOf,
    /// `in`
    In,
    /// `&`
    BitAnd,
    /// `|`
    BitOr,
    /// `^`
    BitXor,
    /// `<<`
    Shl,
    /// `>>`
    Shr,
    /// `>>>`
    UShr,
}

impl BinaryOp {
    /// The operator as written in source.
    pub fn token(self) -> &'static str {
        use BinaryOp::*;
        match self {
            Add => "+",
            Sub => "-",
            Mul => "*",
            Div => "/",
            Rem => "%",
            Exp => "**",
            StrictEq => "===",
            StrictNe => "!==",
            LooseEq => "==",
            LooseNe => "!=",
            Lt => "<",
            Le => "<=",
            Gt => ">",
            Ge => ">=",
            InstanceOf => "instanceof",
            In => "in",
            BitAnd => "&",
            BitOr => "|",
            BitXor => "^",
            Shl => "<<",
            Shr => ">>",
            UShr => ">>>",
        }
    }
}

/// Short-circuit operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogicalOp {
    /// `&&`
    And,
    /// `||`
    Or,
    /// `??`
    Nullish,
}

impl LogicalOp {
    /// The operator as written in source.
    pub fn token(self) -> &'static str {
        match self {
            LogicalOp::And => "&&",
            LogicalOp::Or => "||",
            LogicalOp::Nullish => "??",
        }
    }
}

/// `=` and the compound assignments.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AssignOp {
    /// `=`
    Assign,
    /// `+=` `-=` `*=` `/=` `%=` `**=`
    Compound(BinaryOp),
    /// `&&=` `||=` `??=`
    Logical(LogicalOp),
}

/// Expression kinds.
#[derive(Debug, Clone, PartialEq)]
pub enum ExprKind {
    /// `42`, `1.5`, `0x1f`, `1e3`
    Number(f64),
    /// `'text'` / `"text"` (escapes already decoded)
    String(Rc<str>),
    /// `` `a ${b} c` ``: `quasis.len() == exprs.len() + 1` (cooked strings)
    Template {
        /// The literal pieces, decoded.
        quasis: Vec<Rc<str>>,
        /// The `${}` expressions between them.
        exprs: Vec<Expr>,
    },
    /// `true` / `false`
    Bool(bool),
    /// `null`
    Null,
    /// `undefined`, `console`, `x`, …
    Ident(Rc<str>),
    /// `this`
    This,
    /// `[a, ...b]`
    Array(Vec<ArrayItem>),
    /// `{ a: 1, b, m() {}, get g() {}, ...o }`
    Object(Vec<Prop>),
    /// `function (…) { … }` / `(…) => …` (see [`Function::is_arrow`])
    Function(Rc<Function>),
    /// `!x`, `-x`, `typeof x`
    Unary(UnaryOp, Box<Expr>),
    /// `++x`, `x--`: the target is an identifier or member expression.
    Update {
        /// `true` for `++`, `false` for `--`.
        increment: bool,
        /// `true` for `++x`, `false` for `x++`.
        prefix: bool,
        /// What is updated.
        target: Box<Expr>,
    },
    /// `a + b`
    Binary(BinaryOp, Box<Expr>, Box<Expr>),
    /// `a && b`
    Logical(LogicalOp, Box<Expr>, Box<Expr>),
    /// `test ? cons : alt`
    Conditional(Box<Expr>, Box<Expr>, Box<Expr>),
    /// `target = value`, `target += value`: the target is an identifier or member expression.
    Assign(AssignOp, Box<Expr>, Box<Expr>),
    /// `[a, b] = value`, `({ a } = value)`: destructuring assignment (the
    /// pattern is an array or object pattern).
    AssignPattern(Box<Pattern>, Box<Expr>),
    /// `a, b`; also `(a?.b)`, a parenthesized optional chain as a one-item
    /// sequence (the parentheses stop the chain's short-circuit).
    Sequence(Vec<Expr>),
    /// `obj.name` / `obj?.name`
    Member {
        /// The object.
        object: Box<Expr>,
        /// The property name.
        property: Ident,
        /// `?.`
        optional: bool,
    },
    /// `obj[expr]` / `obj?.[expr]`
    Index {
        /// The object.
        object: Box<Expr>,
        /// The computed key.
        index: Box<Expr>,
        /// `?.[`
        optional: bool,
    },
    /// `f(a, ...b)` / `f?.(a)`
    Call {
        /// The callee.
        callee: Box<Expr>,
        /// Arguments.
        args: Vec<ArrayItem>,
        /// `?.(`
        optional: bool,
    },
    /// `new C(a)`
    New {
        /// The constructor.
        callee: Box<Expr>,
        /// Arguments.
        args: Vec<ArrayItem>,
    },
    /// `await x`
    Await(Box<Expr>),
}

/// The names a pattern binds, left to right ([`Pattern::bound_names`]).
#[derive(Debug)]
pub enum BoundNames<'a> {
    /// A plain name (`None` once it has been yielded).
    One(Option<&'a Ident>),
    /// The names of a destructuring pattern.
    Many(std::vec::IntoIter<&'a Ident>),
}

impl<'a> Iterator for BoundNames<'a> {
    type Item = &'a Ident;

    fn next(&mut self) -> Option<&'a Ident> {
        match self {
            BoundNames::One(id) => id.take(),
            BoundNames::Many(ids) => ids.next(),
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        match self {
            BoundNames::One(id) => (usize::from(id.is_some()), Some(usize::from(id.is_some()))),
            BoundNames::Many(ids) => ids.size_hint(),
        }
    }
}
