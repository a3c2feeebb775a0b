//! The printer: AST back to readable JavaScript.
//!
//! Output uses 2-space indentation, `'single quotes'` and only the parentheses
//! precedence requires, and it round-trips: parsing the printed text gives the
//! same tree (spans aside). The one exception is a tree no source can produce
//! (`if (a) if (b) x; else y` with the `else` on the outer `if`), which is
//! printed with braces.

use super::ast::*;
use std::fmt::Write as _;

/// Prints a whole program, one statement per line, ending with a newline.
pub fn print_program(program: &Program) -> String {
    let mut p = Printer::default();
    for stmt in &program.body {
        p.stmt(stmt);
        p.out.push('\n');
    }
    p.out
}

/// Prints one expression (as it would appear on the right of `=`).
pub fn print_expr(e: &Expr) -> String {
    let mut p = Printer::default();
    p.expr(e, prec::ASSIGN);
    p.out
}

/// Operator precedence levels; a child printed below the level its parent
/// requires gets parentheses.
mod prec {
    pub const SEQUENCE: u8 = 0;
    pub const ASSIGN: u8 = 1;
    pub const OR: u8 = 2;
    pub const AND: u8 = 3;
    pub const BIT_OR: u8 = 4;
    pub const BIT_XOR: u8 = 5;
    pub const BIT_AND: u8 = 6;
    pub const EQUALITY: u8 = 7;
    pub const RELATIONAL: u8 = 8;
    pub const SHIFT: u8 = 9;
    pub const ADDITIVE: u8 = 10;
    pub const MULTIPLICATIVE: u8 = 11;
    pub const EXPONENT: u8 = 12;
    pub const UNARY: u8 = 13;
    pub const POSTFIX: u8 = 14;
    pub const CALL: u8 = 16;
    pub const PRIMARY: u8 = 17;
}

fn binary_prec(op: BinaryOp) -> u8 {
    use BinaryOp::*;
    match op {
        Exp => prec::EXPONENT,
        Mul | Div | Rem => prec::MULTIPLICATIVE,
        Add | Sub => prec::ADDITIVE,
        Lt | Le | Gt | Ge | InstanceOf | In => prec::RELATIONAL,
        StrictEq | StrictNe | LooseEq | LooseNe => prec::EQUALITY,
        Shl | Shr | UShr => prec::SHIFT,
        BitAnd => prec::BIT_AND,
        BitXor => prec::BIT_XOR,
        BitOr => prec::BIT_OR,
    }
}

fn expr_prec(e: &Expr) -> u8 {
    match &e.kind {
        ExprKind::Sequence(_) => prec::SEQUENCE,
        ExprKind::Assign(..) | ExprKind::AssignPattern(..) | ExprKind::Conditional(..) => {
            prec::ASSIGN
        }
        ExprKind::Function(f) if f.is_arrow => prec::ASSIGN,
        ExprKind::Logical(LogicalOp::And, ..) => prec::AND,
        ExprKind::Logical(..) => prec::OR,
        ExprKind::Binary(op, ..) => binary_prec(*op),
        ExprKind::Unary(..) | ExprKind::Await(_) => prec::UNARY,
        ExprKind::Update { prefix: true, .. } => prec::UNARY,
        ExprKind::Update { .. } => prec::POSTFIX,
        ExprKind::Call { .. }
        | ExprKind::Member { .. }
        | ExprKind::Index { .. }
        | ExprKind::New { .. } => prec::CALL,
        _ => prec::PRIMARY,
    }
}

/// `??` and `||`/`&&` never share an unparenthesized operand.
fn mixes_nullish(parent: LogicalOp, child: &Expr) -> bool {
    match &child.kind {
        ExprKind::Logical(op, ..) => (parent == LogicalOp::Nullish) != (*op == LogicalOp::Nullish),
        _ => false,
    }
}

/// Whether printing `e` would start with `{` or `function` (or `async
/// function`), which at statement start or as an arrow body means something
/// else. Conservative: it ignores parentheses the children would get.
fn starts_ambiguously(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Object(_) => true,
        ExprKind::Function(f) => !f.is_arrow,
        ExprKind::Binary(_, lhs, _)
        | ExprKind::Logical(_, lhs, _)
        | ExprKind::Assign(_, lhs, _) => starts_ambiguously(lhs),
        ExprKind::Conditional(test, ..) => starts_ambiguously(test),
        ExprKind::AssignPattern(target, _) => matches!(**target, Pattern::Object(_)),
        ExprKind::Sequence(items) => items.first().is_some_and(starts_ambiguously),
        ExprKind::Call { callee: object, .. }
        | ExprKind::Member { object, .. }
        | ExprKind::Index { object, .. } => starts_ambiguously(object),
        ExprKind::Update {
            prefix: false,
            target,
            ..
        } => starts_ambiguously(target),
        _ => false,
    }
}

/// A `new` callee may not contain a call or an optional chain unparenthesized.
fn plain_new_callee(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Member {
            object,
            optional: false,
            ..
        }
        | ExprKind::Index {
            object,
            optional: false,
            ..
        } => plain_new_callee(object),
        ExprKind::Call { .. } | ExprKind::Member { .. } | ExprKind::Index { .. } => false,
        _ => expr_prec(e) >= prec::CALL,
    }
}

/// Whether `s` ends with an `if` without `else`, which would steal a following `else`.
fn ends_with_open_if(s: &Stmt) -> bool {
    match &s.kind {
        StmtKind::If { alt: None, .. } => true,
        StmtKind::If { alt: Some(alt), .. } => ends_with_open_if(alt),
        StmtKind::For { body, .. }
        | StmtKind::ForOf { body, .. }
        | StmtKind::ForIn { body, .. }
        | StmtKind::While { body, .. }
        | StmtKind::Labeled { body, .. } => ends_with_open_if(body),
        _ => false,
    }
}

fn is_identifier_name(s: &str) -> bool {
    let mut chars = s.chars();
    chars
        .next()
        .is_some_and(|c| c.is_alphabetic() || c == '_' || c == '$')
        && chars.all(|c| c.is_alphanumeric() || c == '_' || c == '$')
}

/// Whether `s` is how JavaScript prints some number (so `{ 1: x }` stays `1`).
fn is_canonical_number(s: &str) -> bool {
    s.parse::<f64>()
        .is_ok_and(|n| n.is_finite() && n >= 0.0 && number_literal(n) == s)
}

/// A JavaScript number literal for `n` (never negative in parsed trees).
fn number_literal(n: f64) -> String {
    if n.is_infinite() {
        return if n > 0.0 {
            "1e400".into()
        } else {
            "-1e400".into()
        };
    }
    ryu_js::Buffer::new().format(n).to_string()
}

/// `'text'` with every character that would not survive re-parsing escaped.
pub fn quote_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('\'');
    for c in s.chars() {
        match c {
            '\'' => out.push_str("\\'"),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            _ => push_char_escaped(&mut out, c),
        }
    }
    out.push('\'');
    out
}

/// Template text: escapes `` ` ``, `\`, `${` and characters the lexer would alter.
fn template_text(out: &mut String, s: &str) {
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '`' => out.push_str("\\`"),
            '\\' => out.push_str("\\\\"),
            '$' if chars.peek() == Some(&'{') => out.push_str("\\$"),
            '\r' => out.push_str("\\r"),
            '\n' => out.push('\n'),
            '\t' => out.push('\t'),
            _ => push_char_escaped(out, c),
        }
    }
}

fn push_char_escaped(out: &mut String, c: char) {
    if c.is_control() || c == '\u{2028}' || c == '\u{2029}' || c == '\u{FEFF}' {
        let code = c as u32;
        if code <= 0xFF {
            let _ = write!(out, "\\x{code:02x}");
        } else {
            let _ = write!(out, "\\u{code:04x}");
        }
    } else {
        out.push(c);
    }
}

#[derive(Default)]
struct Printer {
    out: String,
    indent: usize,
}

impl Printer {
    fn newline(&mut self) {
        self.out.push('\n');
        for _ in 0..self.indent {
            self.out.push_str("  ");
        }
    }

    // ========================================================================
    // Statements
    // ========================================================================

    /// The variable of a `for…of` or `for…in` head: declared, or assigned.
    fn loop_variable(&mut self, kind: Option<DeclKind>, target: &Pattern) {
        if let Some(kind) = kind {
            let _ = write!(self.out, "{} ", decl_str(kind));
        }
        self.pattern(target);
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Decl(kind, decls) => {
                self.decl(*kind, decls);
                self.out.push(';');
            }
            StmtKind::Function(f) => self.function(f),
            StmtKind::Expr(e) => {
                let wrap = starts_ambiguously(e);
                self.expr(
                    e,
                    if wrap {
                        prec::PRIMARY + 1
                    } else {
                        prec::SEQUENCE
                    },
                );
                self.out.push(';');
            }
            StmtKind::If { test, cons, alt } => self.if_stmt(test, cons, alt.as_deref()),
            StmtKind::For {
                init,
                test,
                update,
                body,
            } => {
                self.out.push_str("for (");
                match init {
                    Some(ForInit::Decl(kind, decls)) => self.decl(*kind, decls),
                    Some(ForInit::Expr(e)) => self.expr(e, prec::SEQUENCE),
                    None => {}
                }
                self.out.push(';');
                if let Some(t) = test {
                    self.out.push(' ');
                    self.expr(t, prec::SEQUENCE);
                }
                self.out.push(';');
                if let Some(u) = update {
                    self.out.push(' ');
                    self.expr(u, prec::SEQUENCE);
                }
                self.out.push_str(") ");
                self.stmt(body);
            }
            StmtKind::ForOf {
                is_await,
                kind,
                target,
                iterable,
                body,
            } => {
                self.out
                    .push_str(if *is_await { "for await (" } else { "for (" });
                self.loop_variable(*kind, target);
                self.out.push_str(" of ");
                self.expr(iterable, prec::ASSIGN);
                self.out.push_str(") ");
                self.stmt(body);
            }
            StmtKind::ForIn {
                kind,
                target,
                object,
                body,
            } => {
                self.out.push_str("for (");
                self.loop_variable(*kind, target);
                self.out.push_str(" in ");
                self.expr(object, prec::SEQUENCE);
                self.out.push_str(") ");
                self.stmt(body);
            }
            StmtKind::While { test, body } => {
                self.out.push_str("while (");
                self.expr(test, prec::SEQUENCE);
                self.out.push_str(") ");
                self.stmt(body);
            }
            StmtKind::DoWhile { body, test } => {
                self.out.push_str("do ");
                self.stmt(body);
                self.out.push_str(" while (");
                self.expr(test, prec::SEQUENCE);
                self.out.push_str(");");
            }
            StmtKind::Break(label) => self.jump("break", label.as_ref()),
            StmtKind::Continue(label) => self.jump("continue", label.as_ref()),
            StmtKind::Switch {
                discriminant,
                cases,
            } => self.switch_stmt(discriminant, cases),
            StmtKind::Labeled { label, body } => {
                let _ = write!(self.out, "{}: ", label.name);
                self.stmt(body);
            }
            StmtKind::Return(value) => {
                self.out.push_str("return");
                if let Some(v) = value {
                    self.out.push(' ');
                    self.expr(v, prec::SEQUENCE);
                }
                self.out.push(';');
            }
            StmtKind::Throw(value) => {
                self.out.push_str("throw ");
                self.expr(value, prec::SEQUENCE);
                self.out.push(';');
            }
            StmtKind::Try {
                block,
                handler,
                finalizer,
            } => self.try_stmt(block, handler.as_ref(), finalizer.as_deref()),
            StmtKind::Block(body) => self.block(body),
            StmtKind::Empty => self.out.push(';'),
        }
    }

    fn jump(&mut self, keyword: &str, label: Option<&Ident>) {
        self.out.push_str(keyword);
        if let Some(l) = label {
            self.out.push(' ');
            self.out.push_str(&l.name);
        }
        self.out.push(';');
    }

    fn switch_stmt(&mut self, discriminant: &Expr, cases: &[SwitchCase]) {
        self.out.push_str("switch (");
        self.expr(discriminant, prec::SEQUENCE);
        self.out.push_str(") {");
        self.indent += 1;
        for case in cases {
            self.newline();
            match &case.test {
                Some(test) => {
                    self.out.push_str("case ");
                    self.expr(test, prec::SEQUENCE);
                    self.out.push(':');
                }
                None => self.out.push_str("default:"),
            }
            self.indent += 1;
            for s in &case.body {
                self.newline();
                self.stmt(s);
            }
            self.indent -= 1;
        }
        self.indent -= 1;
        self.newline();
        self.out.push('}');
    }

    fn if_stmt(&mut self, test: &Expr, cons: &Stmt, alt: Option<&Stmt>) {
        self.out.push_str("if (");
        self.expr(test, prec::SEQUENCE);
        self.out.push_str(") ");
        if alt.is_some() && ends_with_open_if(cons) {
            self.block(std::slice::from_ref(cons));
        } else {
            self.stmt(cons);
        }
        if let Some(alt) = alt {
            self.out.push_str(" else ");
            self.stmt(alt);
        }
    }

    fn try_stmt(
        &mut self,
        block: &[Stmt],
        handler: Option<&CatchClause>,
        finalizer: Option<&[Stmt]>,
    ) {
        self.out.push_str("try ");
        self.block(block);
        if let Some(h) = handler {
            self.out.push_str(" catch ");
            if let Some(param) = &h.param {
                self.out.push('(');
                self.pattern(param);
                self.out.push_str(") ");
            }
            self.block(&h.body);
        }
        if let Some(f) = finalizer {
            self.out.push_str(" finally ");
            self.block(f);
        }
    }

    fn decl(&mut self, kind: DeclKind, decls: &[Declarator]) {
        self.out.push_str(decl_str(kind));
        for (i, d) in decls.iter().enumerate() {
            self.out.push_str(if i == 0 { " " } else { ", " });
            self.pattern(&d.target);
            if let Some(init) = &d.init {
                self.out.push_str(" = ");
                self.expr(init, prec::ASSIGN);
            }
        }
    }

    fn block(&mut self, body: &[Stmt]) {
        if body.is_empty() {
            self.out.push_str("{}");
            return;
        }
        self.out.push('{');
        self.indent += 1;
        for s in body {
            self.newline();
            self.stmt(s);
        }
        self.indent -= 1;
        self.newline();
        self.out.push('}');
    }

    // ========================================================================
    // Functions
    // ========================================================================

    fn function(&mut self, f: &Function) {
        if f.is_async {
            self.out.push_str("async ");
        }
        if f.is_arrow {
            self.params(&f.params);
            self.out.push_str(" => ");
            match &f.body {
                Body::Block(body) => self.block(body),
                Body::Expr(e) => {
                    let wrap = starts_ambiguously(e);
                    self.expr(
                        e,
                        if wrap {
                            prec::PRIMARY + 1
                        } else {
                            prec::ASSIGN
                        },
                    );
                }
            }
            return;
        }
        self.out.push_str("function ");
        if let Some(name) = &f.name {
            self.out.push_str(&name.name);
        }
        self.params(&f.params);
        self.out.push(' ');
        self.body(&f.body);
    }

    fn body(&mut self, body: &Body) {
        match body {
            Body::Block(stmts) => self.block(stmts),
            // Only arrows have expression bodies; print one as a block if built by hand.
            Body::Expr(e) => {
                self.out.push_str("{ return ");
                self.expr(e, prec::SEQUENCE);
                self.out.push_str("; }");
            }
        }
    }

    fn params(&mut self, params: &[Param]) {
        self.out.push('(');
        for (i, p) in params.iter().enumerate() {
            if i > 0 {
                self.out.push_str(", ");
            }
            if p.rest {
                self.out.push_str("...");
            }
            self.pattern(&p.target);
            if let Some(d) = &p.default {
                self.out.push_str(" = ");
                self.expr(d, prec::ASSIGN);
            }
        }
        self.out.push(')');
    }

    // ========================================================================
    // Expressions
    // ========================================================================

    /// Prints `e`, parenthesized if its precedence is below `min`.
    fn expr(&mut self, e: &Expr, min: u8) {
        if expr_prec(e) < min {
            self.out.push('(');
            self.expr_kind(e);
            self.out.push(')');
        } else {
            self.expr_kind(e);
        }
    }

    fn expr_kind(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Number(n) => self.out.push_str(&number_literal(*n)),
            ExprKind::String(s) => self.out.push_str(&quote_string(s)),
            ExprKind::Template { quasis, exprs } => self.template(quasis, exprs),
            ExprKind::Bool(b) => self.out.push_str(if *b { "true" } else { "false" }),
            ExprKind::Null => self.out.push_str("null"),
            ExprKind::Ident(name) => self.out.push_str(name),
            ExprKind::This => self.out.push_str("this"),
            ExprKind::Array(items) => {
                self.out.push('[');
                self.items(items);
                self.out.push(']');
            }
            ExprKind::Object(props) => self.object(props),
            ExprKind::Function(f) => self.function(f),
            ExprKind::Unary(op, operand) => self.unary(*op, operand),
            ExprKind::Update {
                increment,
                prefix,
                target,
            } => {
                let op = if *increment { "++" } else { "--" };
                if *prefix {
                    self.out.push_str(op);
                    self.expr(target, prec::CALL);
                } else {
                    self.expr(target, prec::CALL);
                    self.out.push_str(op);
                }
            }
            ExprKind::Binary(op, lhs, rhs) => {
                let p = binary_prec(*op);
                let (lmin, rmin) = if *op == BinaryOp::Exp {
                    (prec::POSTFIX, p)
                } else {
                    (p, p + 1)
                };
                self.expr(lhs, lmin);
                let _ = write!(self.out, " {} ", op.token());
                self.expr(rhs, rmin);
            }
            ExprKind::Logical(op, lhs, rhs) => {
                let p = if *op == LogicalOp::And {
                    prec::AND
                } else {
                    prec::OR
                };
                self.expr(
                    lhs,
                    if mixes_nullish(*op, lhs) {
                        prec::PRIMARY + 1
                    } else {
                        p
                    },
                );
                let _ = write!(self.out, " {} ", op.token());
                self.expr(
                    rhs,
                    if mixes_nullish(*op, rhs) {
                        prec::PRIMARY + 1
                    } else {
                        p + 1
                    },
                );
            }
            ExprKind::Conditional(test, cons, alt) => {
                self.expr(test, prec::OR);
                self.out.push_str(" ? ");
                self.expr(cons, prec::ASSIGN);
                self.out.push_str(" : ");
                self.expr(alt, prec::ASSIGN);
            }
            ExprKind::Assign(op, target, value) => {
                self.expr(target, prec::CALL);
                let op = match op {
                    AssignOp::Assign => "=".to_string(),
                    AssignOp::Compound(b) => format!("{}=", b.token()),
                    AssignOp::Logical(l) => format!("{}=", l.token()),
                };
                let _ = write!(self.out, " {op} ");
                self.expr(value, prec::ASSIGN);
            }
            ExprKind::AssignPattern(target, value) => {
                self.pattern(target);
                self.out.push_str(" = ");
                self.expr(value, prec::ASSIGN);
            }
            ExprKind::Sequence(items) => {
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        self.out.push_str(", ");
                    }
                    self.expr(item, prec::ASSIGN);
                }
            }
            ExprKind::Member {
                object,
                property,
                optional,
            } => {
                self.member_object(object);
                self.out.push_str(if *optional { "?." } else { "." });
                self.out.push_str(&property.name);
            }
            ExprKind::Index {
                object,
                index,
                optional,
            } => {
                self.expr(object, prec::CALL);
                self.out.push_str(if *optional { "?.[" } else { "[" });
                self.expr(index, prec::SEQUENCE);
                self.out.push(']');
            }
            ExprKind::Call {
                callee,
                args,
                optional,
            } => {
                self.expr(callee, prec::CALL);
                self.out.push_str(if *optional { "?.(" } else { "(" });
                self.items(args);
                self.out.push(')');
            }
            ExprKind::New { callee, args } => {
                self.out.push_str("new ");
                if plain_new_callee(callee) {
                    self.expr(callee, prec::CALL);
                } else {
                    self.out.push('(');
                    self.expr(callee, prec::SEQUENCE);
                    self.out.push(')');
                }
                self.out.push('(');
                self.items(args);
                self.out.push(')');
            }
            ExprKind::Await(operand) => {
                self.out.push_str("await ");
                self.expr(operand, prec::UNARY);
            }
        }
    }

    /// `1.toString()` would lex as a malformed number: parenthesize numbers.
    fn member_object(&mut self, object: &Expr) {
        if matches!(object.kind, ExprKind::Number(_)) {
            self.out.push('(');
            self.expr_kind(object);
            self.out.push(')');
        } else {
            self.expr(object, prec::CALL);
        }
    }

    fn unary(&mut self, op: UnaryOp, operand: &Expr) {
        self.out.push_str(op.token());
        let mut inner = Printer {
            out: String::new(),
            indent: self.indent,
        };
        inner.expr(operand, prec::UNARY);
        // `- -x` and `+ +x` must not fuse into `--x` / `++x`.
        if matches!(op, UnaryOp::Neg | UnaryOp::Plus) && inner.out.starts_with(op.token()) {
            self.out.push(' ');
        }
        self.out.push_str(&inner.out);
    }

    fn items(&mut self, items: &[ArrayItem]) {
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                self.out.push_str(", ");
            }
            match item {
                ArrayItem::Expr(e) => self.expr(e, prec::ASSIGN),
                ArrayItem::Spread(e) => {
                    self.out.push_str("...");
                    self.expr(e, prec::ASSIGN);
                }
                ArrayItem::Hole => {}
            }
        }
        // A hole at the end needs the comma after it (`[1, ,]`).
        if matches!(items.last(), Some(ArrayItem::Hole)) {
            self.out.push(',');
        }
    }

    fn template(&mut self, quasis: &[std::rc::Rc<str>], exprs: &[Expr]) {
        self.out.push('`');
        for (i, q) in quasis.iter().enumerate() {
            template_text(&mut self.out, q);
            if let Some(e) = exprs.get(i) {
                self.out.push_str("${");
                self.expr(e, prec::SEQUENCE);
                self.out.push('}');
            }
        }
        self.out.push('`');
    }

    fn object(&mut self, props: &[Prop]) {
        if props.is_empty() {
            self.out.push_str("{}");
            return;
        }
        let multiline = props
            .iter()
            .any(|p| matches!(p, Prop::Method(..) | Prop::Getter(..) | Prop::Setter(..)));
        self.out.push('{');
        self.indent += usize::from(multiline);
        for (i, prop) in props.iter().enumerate() {
            if i > 0 {
                self.out.push(',');
            }
            if multiline {
                self.newline();
            } else {
                self.out.push(' ');
            }
            self.prop(prop);
        }
        if multiline {
            self.indent -= 1;
            self.newline();
        } else {
            self.out.push(' ');
        }
        self.out.push('}');
    }

    fn prop(&mut self, prop: &Prop) {
        match prop {
            Prop::Init(
                PropKey::Name(name),
                Expr {
                    kind: ExprKind::Ident(value),
                    ..
                },
            ) if name == value && is_identifier_name(name) => {
                self.out.push_str(name);
            }
            Prop::Init(key, value) => {
                self.prop_key(key);
                self.out.push_str(": ");
                self.expr(value, prec::ASSIGN);
            }
            Prop::Method(key, f) => {
                if f.is_async {
                    self.out.push_str("async ");
                }
                self.method(key, f);
            }
            Prop::Getter(key, f) => {
                self.out.push_str("get ");
                self.method(key, f);
            }
            Prop::Setter(key, f) => {
                self.out.push_str("set ");
                self.method(key, f);
            }
            Prop::Spread(e) => {
                self.out.push_str("...");
                self.expr(e, prec::ASSIGN);
            }
        }
    }

    fn method(&mut self, key: &PropKey, f: &Function) {
        self.prop_key(key);
        self.params(&f.params);
        self.out.push(' ');
        self.body(&f.body);
    }

    // ========================================================================
    // Destructuring patterns
    // ========================================================================

    fn pattern(&mut self, p: &Pattern) {
        match p {
            Pattern::Ident(id) => self.out.push_str(&id.name),
            Pattern::Expr(e) => self.expr(e, prec::CALL),
            Pattern::Array(a) => self.array_pattern(a),
            Pattern::Object(o) => self.object_pattern(o),
        }
    }

    /// `[a, , b = 1, ...rest]`; a hole at the end needs its own comma (`[a, ,]`).
    fn array_pattern(&mut self, a: &ArrayPattern) {
        self.out.push('[');
        for (i, elem) in a.elements.iter().enumerate() {
            if i > 0 {
                self.out.push_str(", ");
            }
            if let Some(elem) = elem {
                self.pattern_elem(elem);
            }
        }
        if let Some(rest) = &a.rest {
            if !a.elements.is_empty() {
                self.out.push_str(", ");
            }
            self.out.push_str("...");
            self.pattern(rest);
        } else if matches!(a.elements.last(), Some(None)) {
            self.out.push(',');
        }
        self.out.push(']');
    }

    fn object_pattern(&mut self, o: &ObjectPattern) {
        if o.props.is_empty() && o.rest.is_none() {
            self.out.push_str("{}");
            return;
        }
        self.out.push('{');
        for (i, prop) in o.props.iter().enumerate() {
            self.out.push_str(if i > 0 { ", " } else { " " });
            match (&prop.key, &prop.elem.target) {
                (PropKey::Name(k), Pattern::Ident(id))
                    if *k == id.name && is_identifier_name(k) => {}
                (key, _) => {
                    self.prop_key(key);
                    self.out.push_str(": ");
                }
            }
            self.pattern_elem(&prop.elem);
        }
        if let Some(rest) = &o.rest {
            self.out
                .push_str(if o.props.is_empty() { " ..." } else { ", ..." });
            self.pattern(rest);
        }
        self.out.push_str(" }");
    }

    fn pattern_elem(&mut self, elem: &PatternElem) {
        self.pattern(&elem.target);
        if let Some(d) = &elem.default {
            self.out.push_str(" = ");
            self.expr(d, prec::ASSIGN);
        }
    }

    fn prop_key(&mut self, key: &PropKey) {
        match key {
            PropKey::Name(name) if is_identifier_name(name) || is_canonical_number(name) => {
                self.out.push_str(name)
            }
            PropKey::Name(name) => self.out.push_str(&quote_string(name)),
            PropKey::Computed(e) => {
                self.out.push('[');
                self.expr(e, prec::ASSIGN);
                self.out.push(']');
            }
        }
    }
}

fn decl_str(kind: DeclKind) -> &'static str {
    match kind {
        DeclKind::Var => "var",
        DeclKind::Let => "let",
        DeclKind::Const => "const",
    }
}
