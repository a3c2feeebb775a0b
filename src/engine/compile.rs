//! AST → bytecode.
//!
//! Resolves every variable to `(hops, slot)` at compile time: each compile-time
//! scope here is exactly one runtime scope record, so the two chains always
//! mirror each other. `finally` blocks are compiled inline at every exit that
//! crosses them (normal end, `break`, `continue`, `return`), and once more as
//! the handler that rethrows; that keeps the VM free of completion records.

use super::bytecode::{FunctionCode, IterationError, Label, Op};
use super::names::NameMap;
use crate::diagnostic::Diagnostic;
use crate::syntax::ast::*;
use crate::syntax::span::{LineIndex, Span};
use std::rc::Rc;

mod call_printer;
mod counting_loop;
mod declarations;
mod object_literal;
mod pattern;
use declarations::{Level, Redeclared};
use object_literal::{literal_steps, Step};
use pattern::{param_slot_names, pattern_captures, Mode, Origin};

/// Compiles a parsed script into the code of its top-level function.
///
/// Like Node 20, a file is a CommonJS script unless only an ES module can
/// hold it: a top-level `await` makes it a module, whose top-level code is an
/// async function in strict mode (its code then has `is_async` set).
pub fn compile_program(
    program: &Program,
    source: &str,
) -> std::result::Result<Rc<FunctionCode>, Diagnostic> {
    let compile = |module: bool| {
        let mut c = Compiler {
            text: Rc::from(source),
            lines: LineIndex::new(source),
            scopes: Vec::new(),
            strict: module,
            top_level_await: false,
            spare: Vec::new(),
            callee_text: String::new(),
            iterable_call: None,
            callee_text_of: std::ptr::null(),
        };
        let script = FnSyntax {
            params: &[],
            body: BodyRef::Block(&program.body),
            is_async: module,
            is_arrow: false,
            is_method: false,
            span: program.span,
        };
        let code = c.function(script, Rc::from("(script)"));
        (code, c.top_level_await)
    };
    match compile(false) {
        (Err(_), true) => compile(true).0,
        (code, _) => code,
    }
}

/// The parts of a function the compiler reads, borrowed from a [`Function`]
/// or, for the script itself, from the [`Program`] (no copy of the tree).
#[derive(Clone, Copy)]
struct FnSyntax<'a> {
    params: &'a [Param],
    body: BodyRef<'a>,
    is_async: bool,
    is_arrow: bool,
    /// A method or getter of an object literal.
    is_method: bool,
    span: Span,
}

#[derive(Clone, Copy)]
enum BodyRef<'a> {
    Block(&'a [Stmt]),
    Expr(&'a Expr),
}

impl<'a> From<&'a Function> for FnSyntax<'a> {
    fn from(f: &'a Function) -> Self {
        FnSyntax {
            params: &f.params,
            body: match &f.body {
                Body::Block(stmts) => BodyRef::Block(stmts),
                Body::Expr(e) => BodyRef::Expr(e),
            },
            is_async: f.is_async,
            is_arrow: f.is_arrow,
            is_method: false,
            span: f.span,
        }
    }
}

/// How a name is bound in a scope.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Binding {
    /// Parameter or `var`: always initialised.
    Var,
    /// `let`, function declarations, catch parameters.
    Let,
    /// `const`.
    Const,
    /// A named function expression's own name, seen from inside it: assigning
    /// to it throws in strict code and is silently ignored otherwise.
    FnName,
}

/// One compile-time scope = one runtime scope record.
struct Scope {
    names: NameMap<(u16, Binding)>,
    /// Slots in declaration order (the function scope's count is fixed by params + vars + lexicals).
    len: u16,
}

impl Scope {
    fn new() -> Scope {
        Scope {
            names: NameMap::default(),
            len: 0,
        }
    }

    fn declare(&mut self, name: &Rc<str>, binding: Binding) -> u16 {
        if let Some((slot, _)) = self.names.get(name) {
            return *slot;
        }
        let slot = self.len;
        self.names.push(name, (slot, binding));
        self.len += 1;
        slot
    }
}

struct Compiler {
    /// The whole source, shared by every function's code (for `String(f)`).
    text: Rc<str>,
    /// Line starts, for the per-instruction line table.
    lines: LineIndex,
    /// Scopes of all enclosing functions, innermost last.
    scopes: Vec<Scope>,
    /// The function being compiled is strict-mode code.
    strict: bool,
    /// A top-level `await` was met while compiling as a script.
    top_level_await: bool,
    /// Emission buffers of finished functions, reused by the next ones: a
    /// program is dozens of small functions, and growing fresh vectors for
    /// each one cost more than emitting into them.
    spare: Vec<(Vec<Op>, Vec<Span>)>,
    /// Where a callee's V8 text is written before it is compared with the
    /// source (most differ, but keeping one buffer saves an allocation each).
    callee_text: String,
    /// The call being compiled as the iterable of a spread, a `for…of` or
    /// an array pattern (by address), whose failure V8 words differently.
    iterable_call: Option<(*const Expr, Iteration)>,
    /// The callee whose text [`Compiler::callee_text`] holds, so that the
    /// next link of a call chain can extend it (compared by address only).
    callee_text_of: *const Expr,
}

/// Which iteration takes an iterable, for V8's wording of its failure.
#[derive(Clone, Copy, PartialEq)]
enum Iteration {
    /// A spread, a `for…of` or an array pattern.
    Sync,
    /// `for await`.
    Async,
}

/// What a `break` can leave.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TargetKind {
    /// A loop: the target of `break`, `continue`, and both with its labels.
    Loop,
    /// A `switch`: the target of `break` and `break label`.
    Switch,
    /// Any other labeled statement: the target of `break label` only.
    Labeled,
}

/// Which loop an [`Compiler::iteration`] compiles.
#[derive(Debug, Clone, Copy)]
enum LoopHead {
    /// `for…of`: [`Op::IterStart`] left the items and an index.
    Of,
    /// `for await…of`: as `for…of`, each item awaited.
    AwaitOf,
    /// `for…in`: [`Op::ForInStart`] left the object, its keys and an index.
    In,
}

/// Something that an early exit (`break`, `continue`, `return`) must undo.
enum Control<'a> {
    /// A statement `break` (and for a loop `continue`) jumps out of.
    Target {
        kind: TargetKind,
        /// The labels naming this statement (`a: b: for …`).
        labels: Vec<Rc<str>>,
        breaks: Vec<usize>,
        continues: Vec<usize>,
        scope_depth: usize,
        extra: usize,
    },
    /// An active exception handler.
    Try,
    /// A `finally` block to run on the way out.
    Finally {
        body: &'a [Stmt],
        scope_depth: usize,
    },
    /// A `for await` loop, which awaits its iterator's closing when left
    /// early (by `break`, `return`, a jump further out, or an exception).
    AsyncClose,
}

/// The code of one function under construction.
struct FnState<'a> {
    ops: Vec<Op>,
    spans: Vec<Span>,
    strings: NameMap<()>,
    functions: Vec<Rc<FunctionCode>>,
    control: Vec<Control<'a>>,
    /// Values that enclosing statements keep on the operand stack (for…of
    /// state, a `switch` value, pending exceptions).
    extra: usize,
    /// Labels read for the statement being compiled, which takes them when
    /// it opens its [`Control::Target`] (`a: for …` labels the loop itself).
    labels: Vec<Rc<str>>,
    is_async: bool,
    /// The slot name of each parameter (see [`param_slot_names`]).
    param_slots: Vec<Rc<str>>,
    /// Where this function's own scope is in [`Compiler::scopes`].
    fn_scope: usize,
    /// Functions declared in blocks that also assign the function's `var` of
    /// their name (sloppy code), by the start of their name.
    block_functions: Vec<u32>,
    /// Calls whose callee V8 names differently from its source text.
    callee_texts: Vec<(u32, Rc<str>)>,
    /// See [`FunctionCode::iteration_errors`].
    iteration_errors: Vec<(u32, IterationError)>,
}

type Result<T> = std::result::Result<T, Diagnostic>;

/// The callee of `x` when it is a call (or `new`) V8 names by its callee
/// where it is the iterable of an iteration.
fn iterable_call_callee(x: &Expr) -> Option<&Expr> {
    match &x.kind {
        ExprKind::Call {
            callee,
            optional: false,
            ..
        }
        | ExprKind::New { callee, .. }
            if !callee.in_optional_chain() =>
        {
            Some(callee)
        }
        _ => None,
    }
}

/// V8's TypeError when a call that is the iterable of an iteration fails,
/// or returns what cannot be iterated.
fn iterable_call_message(callee: &Expr, how: Iteration) -> String {
    match how {
        Iteration::Sync => format!(
            "{} is not a function or its return value is not iterable",
            call_printer::v8_iteration_text(callee)
        ),
        Iteration::Async => format!(
            "{}(...) is not a function or its return value is not async iterable",
            call_printer::v8_expression_text(callee)
        ),
    }
}

impl Compiler {
    fn function(&mut self, f: FnSyntax, name: Rc<str>) -> Result<Rc<FunctionCode>> {
        let outer_strict = self.strict;
        let directive = self.has_use_strict(&f);
        if directive && !declarations::is_simple_parameter_list(f.params) {
            return Err(Diagnostic::new(
                "a function with default, rest or destructured parameters cannot say 'use strict'",
                f.span,
            )
            .with_help("put 'use strict' at the top of the file or of an enclosing function"));
        }
        self.strict = outer_strict || directive;
        let r = self.function_in_mode(f, name);
        self.strict = outer_strict;
        r
    }

    /// Whether the body's directive prologue (its leading string-literal
    /// statements) holds exactly `'use strict'` or `"use strict"`.
    fn has_use_strict(&self, f: &FnSyntax) -> bool {
        let BodyRef::Block(stmts) = f.body else {
            return false;
        };
        stmts
            .iter()
            .map_while(|st| match &st.kind {
                StmtKind::Expr(e) if matches!(e.kind, ExprKind::String(_)) => Some(e.span),
                _ => None,
            })
            .any(|span| {
                let text = self.text.get(span.start as usize..span.end as usize);
                matches!(text, Some("'use strict'" | "\"use strict\""))
            })
    }

    fn function_in_mode(&mut self, f: FnSyntax, name: Rc<str>) -> Result<Rc<FunctionCode>> {
        let mut scope = Scope::new();
        let mut rest_slot = None;
        let mut n_params = 0u16;
        let param_slots = param_slot_names(f.params);
        for (p, slot_name) in f.params.iter().zip(&param_slots) {
            let slot = scope.declare(slot_name, Binding::Var);
            if p.rest {
                rest_slot = Some(slot);
            } else {
                n_params = n_params.max(slot + 1);
            }
        }
        // The names a parameter pattern binds are locals that the prologue fills.
        for p in f.params.iter().filter(|p| p.target.as_ident().is_none()) {
            for id in p.target.bound_names() {
                scope.declare(&id.name, Binding::Var);
            }
        }
        declarations::check_params(f.params, self.strict, f.is_arrow)
            .map_err(|r| self.redeclared(r))?;
        let mut vars = Vec::new();
        let mut block_functions = Vec::new();
        if let BodyRef::Block(stmts) = f.body {
            let params: Vec<&Ident> = f
                .params
                .iter()
                .flat_map(|p| p.target.bound_names())
                .collect();
            declarations::var_names(stmts, &mut vars);
            let strict = self.strict;
            declarations::check_scope(&[stmts], &params, Some(&vars), Level::Function, strict)
                .map_err(|r| self.redeclared(r))?;
            if !self.strict {
                let seen_outside = declarations::block_functions_seen_outside(stmts, &params);
                block_functions.extend(seen_outside.iter().map(|id| id.span.start));
                vars.extend(seen_outside);
            }
        }
        for v in &vars {
            scope.declare(&v.name, Binding::Var);
        }
        let n_vars = scope.len - n_params - u16::from(rest_slot.is_some());
        self.scopes.push(scope);
        // A new buffer starts with room for a small function's code (only a
        // few are made per program: one per level of nesting).
        let (ops, spans) = self
            .spare
            .pop()
            .unwrap_or_else(|| (Vec::with_capacity(64), Vec::with_capacity(64)));
        let mut st = FnState {
            ops,
            spans,
            // Even a one-line callback names a few (`console`, `log`, …):
            // start with room for them rather than growing from empty.
            strings: NameMap::with_capacity(8),
            functions: Vec::new(),
            control: Vec::new(),
            extra: 0,
            labels: Vec::new(),
            is_async: f.is_async,
            callee_texts: Vec::new(),
            iteration_errors: Vec::new(),
            param_slots,
            fn_scope: self.scopes.len() - 1,
            block_functions,
        };
        let result = self.function_body(&f, &mut st);
        let scope = self.scopes.pop().expect("function scope pushed above");
        result?;
        let lines = self.lines.lines_of_spans(&st.spans);
        // Exact-size copies for the code; the buffers go back to the pool.
        let (ops, spans) = (st.ops.clone(), st.spans.clone());
        st.ops.clear();
        st.spans.clear();
        self.spare.push((st.ops, st.spans));
        Ok(Rc::new(FunctionCode {
            name,
            text: self.text.clone(),
            span: f.span,
            is_async: f.is_async,
            is_arrow: f.is_arrow,
            is_method: f.is_method,
            is_strict: self.strict,
            n_params,
            length: f
                .params
                .iter()
                .take_while(|p| p.default.is_none() && !p.rest)
                .count() as u16,
            rest_slot,
            n_vars: n_vars + u16::from(rest_slot.is_some()),
            n_slots: scope.len,
            ops,
            spans,
            lines,
            line: self.lines.line(f.span.start) as u32,
            strings: st.strings.into_names(),
            functions: st.functions,
            callee_texts: st.callee_texts,
            iteration_errors: st.iteration_errors,
        }))
    }

    /// Binds a parameter list with defaults, patterns or a rest parameter
    /// left to right. Until its turn each parameter is in its TDZ, so a
    /// default reading a later parameter (`function f(a = b, b)`) throws
    /// as in JS: the arguments move to the operand stack, every name the
    /// list binds starts uninitialised, and each parameter then takes its
    /// argument (or its default) in order.
    fn bind_params_in_order<'a>(&mut self, f: &FnSyntax<'a>, st: &mut FnState<'a>) -> Result<()> {
        let slots = st.param_slots.clone();
        let at = |i: usize| f.params[i].target.span();
        for (i, slot_name) in slots.iter().enumerate().rev() {
            self.load(st, slot_name, at(i));
        }
        let pattern_names = f
            .params
            .iter()
            .filter(|p| p.target.as_ident().is_none())
            .flat_map(|p| p.target.bound_names());
        let names: Vec<(Rc<str>, Span)> = slots
            .iter()
            .enumerate()
            .map(|(i, name)| (name.clone(), at(i)))
            .chain(pattern_names.map(|id| (id.name.clone(), id.span)))
            .collect();
        for (name, span) in &names {
            self.emit(st, Op::Uninitialized, *span);
            self.init_local(st, name, *span);
        }
        for (i, p) in f.params.iter().enumerate() {
            let span = at(i);
            if let Some(default) = &p.default {
                let skip = self.emit_jump(st, Op::JumpIfNotUndefined(0), span);
                self.emit(st, Op::Pop, span);
                match p.target.as_ident() {
                    Some(id) => self.expr_named(st, default, &id.name)?,
                    None => self.expr(st, default)?,
                }
                self.patch(st, skip);
            }
            self.init_local(st, &slots[i], span);
            if p.target.as_ident().is_none() {
                self.load(st, &slots[i], span);
                let origin = Origin::Param {
                    has_default: p.default.is_some(),
                };
                self.destructure(st, &p.target, Mode::Init, origin)?;
            }
        }
        Ok(())
    }

    /// `[value] → []`: stores into a local of this function without the TDZ check.
    fn init_local(&mut self, st: &mut FnState, name: &Rc<str>, span: Span) {
        let (hops, slot, name) = self.resolve_local(st, name);
        self.emit_initialize(st, hops, slot, name, span);
    }

    fn function_body<'a>(&mut self, f: &FnSyntax<'a>, st: &mut FnState<'a>) -> Result<()> {
        if !declarations::is_simple_parameter_list(f.params) {
            self.bind_params_in_order(f, st)?;
        }
        match f.body {
            BodyRef::Block(stmts) => {
                self.declare_lexicals(stmts);
                self.hoist_functions(stmts, st)?;
                for s in stmts {
                    self.stmt(st, s)?;
                }
                let end = Span::new(f.span.end.saturating_sub(1) as usize, f.span.end as usize);
                self.emit(st, Op::Undefined, end);
                self.emit(st, Op::Return, end);
            }
            BodyRef::Expr(e) => {
                self.expr(st, e)?;
                self.emit(st, Op::Return, e.span);
            }
        }
        Ok(())
    }

    // ----------------------------------------------------------------------------------------
    // Emission helpers
    // ----------------------------------------------------------------------------------------

    fn emit(&self, st: &mut FnState, op: Op, span: Span) {
        st.ops.push(op);
        st.spans.push(span);
    }

    fn emit_jump(&self, st: &mut FnState, op: Op, span: Span) -> usize {
        self.emit(st, op, span);
        st.ops.len() - 1
    }

    fn here(st: &FnState) -> Label {
        st.ops.len() as Label
    }

    /// Points the jump at `at` to the current position.
    fn patch(&self, st: &mut FnState, at: usize) {
        let target = Self::here(st);
        self.patch_to(st, at, target);
    }

    fn patch_to(&self, st: &mut FnState, at: usize, target: Label) {
        st.ops[at] = match st.ops[at] {
            Op::Jump(_) => Op::Jump(target),
            Op::JumpIfFalse(_) => Op::JumpIfFalse(target),
            Op::JumpIfTrue(_) => Op::JumpIfTrue(target),
            Op::JumpIfFalseKeep(_) => Op::JumpIfFalseKeep(target),
            Op::JumpIfTrueKeep(_) => Op::JumpIfTrueKeep(target),
            Op::JumpIfNotNullishKeep(_) => Op::JumpIfNotNullishKeep(target),
            Op::JumpIfNullishUndefined(_) => Op::JumpIfNullishUndefined(target),
            Op::JumpIfNotUndefined(_) => Op::JumpIfNotUndefined(target),
            Op::IterNext(_) => Op::IterNext(target),
            Op::ForInNext(_) => Op::ForInNext(target),
            Op::EnterTry(_) => Op::EnterTry(target),
            other => unreachable!("patch: not a jump: {other:?}"),
        };
    }

    fn string(&self, st: &mut FnState, s: &Rc<str>) -> u32 {
        let id = match st.strings.position(s) {
            Some(id) => id,
            None => st.strings.push(s, ()),
        };
        id as u32
    }

    // ----------------------------------------------------------------------------------------
    // Scopes
    // ----------------------------------------------------------------------------------------

    /// The SyntaxError of a name declared twice (V8: "Identifier 'a' has
    /// already been declared", "Duplicate parameter name not allowed in this
    /// context"), at the later declaration.
    fn redeclared(&self, r: Redeclared) -> Diagnostic {
        let line = self.lines.line(r.first.span.start);
        if r.parameters {
            return Diagnostic::new(
                format!("duplicate parameter name `{}` is not allowed here", r.second.name),
                r.second.span,
            )
            .with_help(
                "parameters may repeat a name only in a plain list (no defaults, rest or patterns) \
                 of a non-arrow function in sloppy code; rename one of them",
            );
        }
        Diagnostic::new(
            format!("`{}` has already been declared", r.second.name),
            r.second.span,
        )
        .with_help(format!(
            "the first declaration is on line {line}; rename one of them"
        ))
    }

    /// Declares the `let`/`const`/function names of a statement list in the innermost scope.
    fn declare_lexicals(&mut self, stmts: &[Stmt]) {
        let scope = self.scopes.last_mut().expect("a scope is open");
        for s in stmts {
            match &s.kind {
                StmtKind::Decl(DeclKind::Let, ds) => ds.iter().for_each(|d| {
                    for id in d.target.bound_names() {
                        scope.declare(&id.name, Binding::Let);
                    }
                }),
                StmtKind::Decl(DeclKind::Const, ds) => ds.iter().for_each(|d| {
                    for id in d.target.bound_names() {
                        scope.declare(&id.name, Binding::Const);
                    }
                }),
                StmtKind::Function(f) => {
                    if let Some(n) = &f.name {
                        // Function declarations are always initialised (hoisted), like vars.
                        scope.declare(&n.name, Binding::Var);
                    }
                }
                _ => {}
            }
        }
    }

    /// Whether a block needs its own scope record.
    fn has_lexicals(stmts: &[Stmt]) -> bool {
        stmts.iter().any(|s| {
            matches!(
                s.kind,
                StmtKind::Decl(DeclKind::Let | DeclKind::Const, _) | StmtKind::Function(_)
            )
        })
    }

    /// Creates the closures of function declarations at the start of their scope.
    fn hoist_functions(&mut self, stmts: &[Stmt], st: &mut FnState) -> Result<()> {
        for s in stmts {
            if let StmtKind::Function(f) = &s.kind {
                let name = f
                    .name
                    .as_ref()
                    .map_or_else(|| Rc::from(""), |n| n.name.clone());
                self.closure(st, f, name.clone())?;
                let (hops, slot, id) = self.resolve_local(st, &name);
                self.emit_initialize(st, hops, slot, id, s.span);
            }
        }
        Ok(())
    }

    /// Resolves a name that must exist in the scope chain.
    fn resolve_local(&self, st: &mut FnState, name: &Rc<str>) -> (u16, u16, u32) {
        let id = self.string(st, name);
        match self.lookup(name) {
            Some((hops, slot, _)) => (hops, slot, id),
            None => unreachable!("resolve_local: {name} was declared"),
        }
    }

    fn lookup(&self, name: &str) -> Option<(u16, u16, Binding)> {
        for (hops, scope) in self.scopes.iter().rev().enumerate() {
            if let Some((slot, b)) = scope.names.get(name) {
                return Some((hops as u16, *slot, *b));
            }
        }
        None
    }

    fn push_block_scope(&mut self, st: &mut FnState, span: Span) -> usize {
        self.scopes.push(Scope::new());
        self.emit_jump(st, Op::PushScope(0), span)
    }

    fn pop_block_scope(&mut self, st: &mut FnState, push_at: usize, span: Span) {
        let scope = self.scopes.pop().expect("block scope pushed");
        st.ops[push_at] = Op::PushScope(scope.len);
        self.emit(st, Op::PopScope, span);
    }

    // ----------------------------------------------------------------------------------------
    // Statements
    // ----------------------------------------------------------------------------------------

    fn block<'a>(&mut self, st: &mut FnState<'a>, stmts: &'a [Stmt], span: Span) -> Result<()> {
        if Self::has_lexicals(stmts) {
            declarations::check_scope(&[stmts], &[], None, Level::Block, self.strict)
                .map_err(|r| self.redeclared(r))?;
            let at = self.push_block_scope(st, span);
            self.declare_lexicals(stmts);
            self.hoist_functions(stmts, st)?;
            for s in stmts {
                self.stmt(st, s)?;
            }
            self.pop_block_scope(st, at, span);
        } else {
            for s in stmts {
                self.stmt(st, s)?;
            }
        }
        Ok(())
    }

    /// A branch of an `if`: a function declaration there (sloppy code only)
    /// is one in a block of its own.
    fn branch<'a>(&mut self, st: &mut FnState<'a>, s: &'a Stmt) -> Result<()> {
        match &s.kind {
            StmtKind::Function(f) if self.strict || f.is_async => Err(Diagnostic::new(
                "a function declaration cannot be the body of an `if` here",
                s.span,
            )
            .with_help("put it in a block: `if (…) { function f() {} }`")),
            StmtKind::Function(_) => self.block(st, std::slice::from_ref(s), s.span),
            _ => self.stmt(st, s),
        }
    }

    /// `f = <the block's f>` into the enclosing function's `var f`.
    fn copy_to_function_var(&mut self, st: &mut FnState, name: &Rc<str>, span: Span) {
        self.load(st, name, span);
        let hops = (self.scopes.len() - 1 - st.fn_scope) as u16;
        let (slot, _) = *self.scopes[st.fn_scope]
            .names
            .get(name)
            .expect("declared as a var of the function");
        let id = self.string(st, name);
        self.emit_initialize(st, hops, slot, id, span);
    }

    /// Stores the top of the stack into a slot without the TDZ check (the
    /// binding is being initialised).
    fn emit_initialize(&mut self, st: &mut FnState, hops: u16, slot: u16, name: u32, span: Span) {
        let store = Op::Store {
            hops,
            slot,
            name,
            checked: false,
        };
        self.emit(st, store, span);
    }

    fn stmt<'a>(&mut self, st: &mut FnState<'a>, s: &'a Stmt) -> Result<()> {
        let span = s.span;
        // V8: "Lexical declaration cannot appear in a single-statement context".
        for body in single_statement_bodies(s).into_iter().flatten() {
            if let StmtKind::Decl(kind @ (DeclKind::Let | DeclKind::Const), _) = &body.kind {
                let word = if *kind == DeclKind::Let {
                    "let"
                } else {
                    "const"
                };
                return Err(Diagnostic::new(
                    format!(
                        "a `{word}` declaration cannot be the whole body of an `if`, a loop or \
                         a label"
                    ),
                    body.span,
                )
                .with_help(format!("put it in a block: `if (…) {{ {word} x = 1; }}`")));
            }
        }
        if let Some(body) = loop_body(s).filter(|b| matches!(b.kind, StmtKind::Function(_))) {
            return Err(Diagnostic::new(
                "a function declaration cannot be the body of a loop",
                body.span,
            )
            .with_help("put it in a block: `while (…) { function f() {} }`"));
        }
        match &s.kind {
            StmtKind::Decl(kind, decls) => self.decl(st, *kind, decls)?,
            // Created when the scope was entered (hoisted); in sloppy code a
            // function declared in a block also sets the function's `var`.
            StmtKind::Function(f) => {
                if let Some(name) = f.name.as_ref() {
                    if st.block_functions.contains(&name.span.start) {
                        self.copy_to_function_var(st, &name.name, span);
                    }
                }
            }
            StmtKind::Expr(e) => self.discarded_expr(st, e, span)?,
            StmtKind::If { test, cons, alt } => {
                self.expr(st, test)?;
                let else_jump = self.emit_jump(st, Op::JumpIfFalse(0), test.span);
                self.branch(st, cons)?;
                if let Some(alt) = alt {
                    let end_jump = self.emit_jump(st, Op::Jump(0), span);
                    self.patch(st, else_jump);
                    self.branch(st, alt)?;
                    self.patch(st, end_jump);
                } else {
                    self.patch(st, else_jump);
                }
            }
            StmtKind::Block(stmts) => self.block(st, stmts, span)?,
            StmtKind::While { test, body } => {
                let top = Self::here(st);
                self.expr(st, test)?;
                let exit = self.emit_jump(st, Op::JumpIfFalse(0), test.span);
                self.open_target(st, TargetKind::Loop);
                self.stmt(st, body)?;
                self.emit(st, Op::Jump(top), span);
                self.patch(st, exit);
                self.end_target(st, top);
            }
            StmtKind::DoWhile { body, test } => {
                let top = Self::here(st);
                self.open_target(st, TargetKind::Loop);
                self.stmt(st, body)?;
                let cont = Self::here(st);
                self.expr(st, test)?;
                self.emit(st, Op::JumpIfTrue(top), test.span);
                self.end_target(st, cont);
            }
            StmtKind::For {
                init,
                test,
                update,
                body,
            } => self.for_loop(st, init, test, update, body, span)?,
            StmtKind::ForOf {
                is_await,
                kind,
                target,
                iterable,
                body,
            } => {
                let head = if *is_await {
                    self.check_await_allowed(st, span)?;
                    LoopHead::AwaitOf
                } else {
                    LoopHead::Of
                };
                let how = if *is_await {
                    Iteration::Async
                } else {
                    Iteration::Sync
                };
                self.iterable(st, iterable, how)?;
                self.emit(st, Op::IterStart, iterable.span);
                self.note_iteration_error(st, iterable, how);
                self.iteration(st, head, *kind, target, body, span)?;
            }
            StmtKind::ForIn {
                kind,
                target,
                object,
                body,
            } => {
                self.expr(st, object)?;
                self.emit(st, Op::ForInStart, object.span);
                self.iteration(st, LoopHead::In, *kind, target, body, span)?;
            }
            StmtKind::Break(label) => self.jump_out(st, true, label.as_ref(), span)?,
            StmtKind::Continue(label) => self.jump_out(st, false, label.as_ref(), span)?,
            StmtKind::Switch {
                discriminant,
                cases,
            } => self.switch_stmt(st, discriminant, cases, span)?,
            StmtKind::Labeled { label, body } => self.labeled(st, label, body)?,
            StmtKind::Return(value) => {
                match value {
                    Some(v) => self.expr(st, v)?,
                    None => self.emit(st, Op::Undefined, span),
                }
                self.return_through(st, span)?;
            }
            StmtKind::Throw(e) => {
                self.expr(st, e)?;
                self.emit(st, Op::Throw, span);
            }
            StmtKind::Try {
                block,
                handler,
                finalizer,
            } => self.try_stmt(st, block, handler.as_ref(), finalizer.as_deref(), span)?,
            StmtKind::Empty => {}
        }
        Ok(())
    }

    fn decl(&mut self, st: &mut FnState, kind: DeclKind, decls: &[Declarator]) -> Result<()> {
        for d in decls {
            let Pattern::Ident(ident) = &d.target else {
                // Lowering gives every destructuring declaration an initialiser.
                let init = d.init.as_ref().ok_or_else(|| {
                    Diagnostic::new(
                        "a destructuring declaration needs an initial value",
                        d.target.span(),
                    )
                })?;
                self.destructured_value(st, &d.target, init)?;
                self.destructure(st, &d.target, Mode::Init, Origin::Source(init))?;
                continue;
            };
            let name = &ident.name;
            match &d.init {
                Some(init) => self.expr_named(st, init, name)?,
                // `var x;` leaves x alone; `let x;` initialises it to undefined.
                None if kind == DeclKind::Var => continue,
                None => self.emit(st, Op::Undefined, ident.span),
            }
            let (hops, slot, id) = self.resolve_local(st, name);
            self.emit(
                st,
                Op::Store {
                    hops,
                    slot,
                    name: id,
                    checked: false,
                },
                ident.span,
            );
        }
        Ok(())
    }

    /// Opens a statement that `break` leaves, named by the labels read for it.
    fn open_target(&mut self, st: &mut FnState, kind: TargetKind) {
        st.control.push(Control::Target {
            kind,
            labels: std::mem::take(&mut st.labels),
            breaks: Vec::new(),
            continues: Vec::new(),
            scope_depth: self.scopes.len(),
            extra: st.extra,
        });
    }

    /// Closes the innermost target: `continue` goes to `cont`, `break` to here.
    fn end_target(&mut self, st: &mut FnState, cont: Label) {
        let Some(Control::Target {
            breaks, continues, ..
        }) = st.control.pop()
        else {
            unreachable!("end_target: innermost control is a target")
        };
        for at in continues {
            self.patch_to(st, at, cont);
        }
        for at in breaks {
            self.patch(st, at);
        }
    }

    fn for_loop<'a>(
        &mut self,
        st: &mut FnState<'a>,
        init: &'a Option<ForInit>,
        test: &'a Option<Expr>,
        update: &'a Option<Expr>,
        body: &'a Stmt,
        span: Span,
    ) -> Result<()> {
        if let Some(counted) = counting_loop::only_counts(init, test, update, body) {
            // Nothing to run (see `counting_loop`) but the time it takes;
            // a `var` counter keeps its last value.
            self.emit(st, Op::Spin(counted.turns), span);
            if counted.kind == DeclKind::Var {
                self.emit(st, Op::Number(counted.last), span);
                self.store(st, &counted.name.name, span);
            }
            return Ok(());
        }
        // `for (let …)` gets a scope record that is copied per iteration, so closures
        // created in the body see that iteration's value.
        let lexical = matches!(
            init,
            Some(ForInit::Decl(DeclKind::Let | DeclKind::Const, _))
        );
        let mut scope_at = None;
        if lexical {
            scope_at = Some(self.push_block_scope(st, span));
        }
        match init {
            Some(ForInit::Decl(kind, decls)) => {
                if *kind != DeclKind::Var {
                    let b = if *kind == DeclKind::Let {
                        Binding::Let
                    } else {
                        Binding::Const
                    };
                    let names: Vec<&Ident> =
                        decls.iter().flat_map(|d| d.target.bound_names()).collect();
                    declarations::check_bound(&names, Some(body))
                        .map_err(|r| self.redeclared(r))?;
                    let scope = self.scopes.last_mut().expect("for scope");
                    for id in decls.iter().flat_map(|d| d.target.bound_names()) {
                        scope.declare(&id.name, b);
                    }
                }
                self.decl(st, *kind, decls)?;
            }
            Some(ForInit::Expr(e)) => {
                self.expr(st, e)?;
                self.emit(st, Op::Pop, e.span);
            }
            None => {}
        }
        let top = Self::here(st);
        let exit = match test {
            Some(t) => {
                self.expr(st, t)?;
                Some(self.emit_jump(st, Op::JumpIfFalse(0), t.span))
            }
            None => None,
        };
        self.open_target(st, TargetKind::Loop);
        self.stmt(st, body)?;
        let cont = Self::here(st);
        // A fresh binding per iteration is only observable through a closure that
        // captures it; without one the copy is skipped.
        let captures = body_captures(body)
            || [test, update]
                .iter()
                .any(|e| e.as_ref().is_some_and(expr_captures));
        if lexical && captures {
            self.emit(st, Op::CopyScope, span);
        }
        if let Some(u) = update {
            self.discarded_expr(st, u, u.span)?;
        }
        self.emit(st, Op::Jump(top), span);
        if let Some(exit) = exit {
            self.patch(st, exit);
        }
        self.end_target(st, cont);
        if let Some(at) = scope_at {
            self.pop_block_scope(st, at, span);
        }
        Ok(())
    }

    /// The loop of `for…of` and `for…in`, once `IterStart` or `ForInStart`
    /// has put the iteration state on the stack: each item (a key for
    /// `for…in`) goes to `target`, declared per iteration for `let`/`const`.
    fn iteration<'a>(
        &mut self,
        st: &mut FnState<'a>,
        head: LoopHead,
        kind: Option<DeclKind>,
        target: &'a Pattern,
        body: &'a Stmt,
        span: Span,
    ) -> Result<()> {
        let (state, next) = match head {
            LoopHead::Of | LoopHead::AwaitOf => (2, Op::IterNext(0)),
            LoopHead::In => (3, Op::ForInNext(0)),
        };
        let awaits = matches!(head, LoopHead::AwaitOf);
        st.extra += state;
        if awaits {
            // Outside the loop's own target: `continue` does not close the
            // iterator; a `break` of this loop closes it where it lands.
            st.control.push(Control::AsyncClose);
        }
        let top = Self::here(st);
        let exit = self.emit_jump(st, next, span);
        if awaits {
            self.emit(st, Op::AsyncFromSync, span);
            self.emit(st, Op::Await, span);
        }
        self.open_target(st, TargetKind::Loop);
        // An exception in the binding or the body closes the iterator too.
        let thrown = awaits.then(|| {
            st.control.push(Control::Try);
            self.emit_jump(st, Op::EnterTry(0), span)
        });
        if let Some(DeclKind::Let | DeclKind::Const) = kind {
            declarations::check_bound(&target.bound_names().collect::<Vec<_>>(), Some(body))
                .map_err(|r| self.redeclared(r))?;
            let at = self.push_block_scope(st, span);
            let b = if kind == Some(DeclKind::Let) {
                Binding::Let
            } else {
                Binding::Const
            };
            let scope = self.scopes.last_mut().expect("for-of scope");
            for id in target.bound_names() {
                scope.declare(&id.name, b);
            }
            self.destructure(st, target, Mode::Init, Origin::ForOf)?;
            self.stmt(st, body)?;
            self.pop_block_scope(st, at, span);
        } else {
            // `var` names live in the function scope; no declaration assigns.
            let mode = if kind.is_some() {
                Mode::Init
            } else {
                Mode::Assign
            };
            self.destructure(st, target, mode, Origin::ForOf)?;
            self.stmt(st, body)?;
        }
        if thrown.is_some() {
            st.control.pop();
            self.emit(st, Op::LeaveTry, span);
        }
        // `continue` lands on the jump back, after the iteration's scope was left.
        let cont = Self::here(st);
        self.emit(st, Op::Jump(top), span);
        // `break` keeps the iteration state (it is part of the loop's `extra`) and
        // lands here to drop it; a finished loop skips this: the next-item
        // instruction drops it itself.
        self.end_target(st, cont);
        if awaits {
            self.close_async_iteration(st, span);
        }
        for _ in 0..state {
            self.emit(st, Op::Pop, span);
        }
        if let Some(handler) = thrown {
            st.control.pop(); // AsyncClose
            let done = self.emit_jump(st, Op::Jump(0), span);
            self.patch(st, handler);
            self.close_async_iteration(st, span);
            self.emit(st, Op::Throw, span);
            // The last step still goes through the async-from-sync iterator:
            // its `{ done: true }` result settles and is awaited.
            self.patch(st, exit);
            self.emit(st, Op::Undefined, span);
            self.emit(st, Op::AsyncFromSync, span);
            self.emit(st, Op::Await, span);
            self.emit(st, Op::Pop, span);
            self.patch(st, done);
        } else {
            self.patch(st, exit);
        }
        st.extra -= state;
        Ok(())
    }

    /// `await` (also of `for await`, at `span`) needs an async function
    /// (or a module's top level).
    fn check_await_allowed(&mut self, st: &FnState, span: Span) -> Result<()> {
        if st.is_async {
            return Ok(());
        }
        // The script's own scope is the first (blocks add more).
        if st.fn_scope == 0 {
            self.top_level_await = true;
        }
        let at = match self.text.get(span.start as usize..span.end as usize) {
            Some(t) if t.starts_with("for") => t.find("await").map_or(span, |i| {
                Span::new(span.start as usize + i, span.start as usize + i + 5)
            }),
            _ => Span::new(span.start as usize, span.start as usize + 5),
        };
        Err(
            Diagnostic::new("`await` is only valid in async functions", at)
                .with_help("mark the enclosing function `async`"),
        )
    }

    /// Leaving a `for await` loop early awaits the iterator's `return()`,
    /// which for the iterators jsorder models is an already settled promise:
    /// one tick.
    fn close_async_iteration(&mut self, st: &mut FnState, span: Span) {
        self.emit(st, Op::Undefined, span);
        self.emit(st, Op::Await, span);
        self.emit(st, Op::Pop, span);
    }

    /// `switch`: the value stays on the stack while the clauses' tests run,
    /// in order, until one is `===` to it; control enters the body there (or
    /// at `default`, wherever it is) and falls through the clauses after it.
    /// The whole case block is one scope, which the tests already see.
    fn switch_stmt<'a>(
        &mut self,
        st: &mut FnState<'a>,
        discriminant: &'a Expr,
        cases: &'a [SwitchCase],
        span: Span,
    ) -> Result<()> {
        self.expr(st, discriminant)?;
        st.extra += 1;
        let lexical = cases.iter().any(|c| Self::has_lexicals(&c.body));
        let scope_at = lexical.then(|| self.push_block_scope(st, span));
        if lexical {
            let bodies: Vec<&[Stmt]> = cases.iter().map(|c| &c.body[..]).collect();
            declarations::check_scope(&bodies, &[], None, Level::Block, self.strict)
                .map_err(|r| self.redeclared(r))?;
            for c in cases {
                self.declare_lexicals(&c.body);
            }
            for c in cases {
                self.hoist_functions(&c.body, st)?;
            }
        }
        self.open_target(st, TargetKind::Switch);
        let mut entries = Vec::with_capacity(cases.len());
        for test in cases.iter().filter_map(|c| c.test.as_ref()) {
            self.emit(st, Op::Dup, test.span);
            self.expr(st, test)?;
            self.emit(st, Op::Binary(BinaryOp::StrictEq), test.span);
            entries.push(self.emit_jump(st, Op::JumpIfTrue(0), test.span));
        }
        let no_match = self.emit_jump(st, Op::Jump(0), span);
        let mut entries = entries.into_iter();
        let mut default = None;
        for c in cases {
            match c.test {
                Some(_) => {
                    let at = entries.next().expect("one entry per `case`");
                    self.patch(st, at);
                }
                None => default = Some(Self::here(st)),
            }
            for s in &c.body {
                self.stmt(st, s)?;
            }
        }
        match default {
            Some(at) => self.patch_to(st, no_match, at),
            None => self.patch(st, no_match),
        }
        // `break` lands here, in the case block's scope with the value on the stack.
        let end = Self::here(st);
        self.end_target(st, end);
        if let Some(at) = scope_at {
            self.pop_block_scope(st, at, span);
        }
        self.emit(st, Op::Pop, span);
        st.extra -= 1;
        Ok(())
    }

    /// `label: body`. A loop or `switch` takes the label as its own name;
    /// any other statement becomes a target that only `break label` leaves.
    fn labeled<'a>(&mut self, st: &mut FnState<'a>, label: &Ident, body: &'a Stmt) -> Result<()> {
        st.labels.push(label.name.clone());
        let takes_label = matches!(
            body.kind,
            StmtKind::For { .. }
                | StmtKind::ForOf { .. }
                | StmtKind::ForIn { .. }
                | StmtKind::While { .. }
                | StmtKind::DoWhile { .. }
                | StmtKind::Switch { .. }
                | StmtKind::Labeled { .. }
        );
        if takes_label {
            return self.stmt(st, body);
        }
        self.open_target(st, TargetKind::Labeled);
        self.stmt(st, body)?;
        let end = Self::here(st);
        self.end_target(st, end);
        Ok(())
    }

    /// Stores the top of the stack into a declared binding, initialising it.
    fn init_binding(&mut self, st: &mut FnState, name: &Ident) {
        let (hops, slot, id) = self.resolve_local(st, &name.name);
        let store = Op::Store {
            hops,
            slot,
            name: id,
            checked: false,
        };
        self.emit(st, store, name.span);
    }

    /// `break` / `continue`: unwinds handlers, finally blocks, scopes and stack values
    /// down to the statement it leaves: the one with its label, or else the
    /// innermost loop (or for `break`, `switch`).
    fn jump_out<'a>(
        &mut self,
        st: &mut FnState<'a>,
        is_break: bool,
        label: Option<&Ident>,
        span: Span,
    ) -> Result<()> {
        let targeted = |c: &Control| match c {
            Control::Target { kind, labels, .. } => match label {
                Some(l) => labels.contains(&l.name),
                None => *kind == TargetKind::Loop || (is_break && *kind == TargetKind::Switch),
            },
            _ => false,
        };
        let Some(loop_at) = st.control.iter().rposition(targeted) else {
            // Lowering already checked labels; this is a jump outside any loop.
            let what = match is_break {
                true => "`break` outside of a loop or `switch`",
                false => "`continue` outside of a loop",
            };
            return Err(Diagnostic::new(what, span));
        };
        let (scope_depth, extra) = match &st.control[loop_at] {
            Control::Target { kind, .. } if !is_break && *kind != TargetKind::Loop => {
                return Err(Diagnostic::new("`continue` must name a loop", span));
            }
            Control::Target {
                scope_depth, extra, ..
            } => (*scope_depth, *extra),
            _ => unreachable!("jump_out: rposition found a target"),
        };
        let depth = self.unwind_to(st, loop_at + 1, span)?;
        for _ in scope_depth..depth {
            self.emit(st, Op::PopScope, span);
        }
        for _ in extra..st.extra {
            self.emit(st, Op::Pop, span);
        }
        let at = self.emit_jump(st, Op::Jump(0), span);
        if let Control::Target {
            breaks, continues, ..
        } = &mut st.control[loop_at]
        {
            if is_break {
                breaks.push(at)
            } else {
                continues.push(at)
            }
        }
        Ok(())
    }

    /// Emits the exits of control entries above index `floor`: LeaveTry for handlers,
    /// the inline body of each finally block. Returns the runtime scope depth reached.
    fn unwind_to<'a>(&mut self, st: &mut FnState<'a>, floor: usize, span: Span) -> Result<usize> {
        let mut depth = self.scopes.len();
        let mut i = st.control.len();
        while i > floor {
            i -= 1;
            match &st.control[i] {
                Control::Target { .. } => {}
                Control::Try => self.emit(st, Op::LeaveTry, span),
                Control::AsyncClose => self.close_async_iteration(st, span),
                Control::Finally {
                    body, scope_depth, ..
                } => {
                    let (body, scope_depth) = (*body, *scope_depth);
                    for _ in scope_depth..depth {
                        self.emit(st, Op::PopScope, span);
                    }
                    depth = scope_depth;
                    self.inline_finally(st, i, body, scope_depth, span)?;
                }
            }
        }
        Ok(depth)
    }

    /// Compiles a finally body as it runs when leaving the try statement at control
    /// index `at`: in the try statement's scope, with only the control entries outside it.
    fn inline_finally<'a>(
        &mut self,
        st: &mut FnState<'a>,
        at: usize,
        body: &'a [Stmt],
        scope_depth: usize,
        span: Span,
    ) -> Result<()> {
        let saved_scopes = self.scopes.split_off(scope_depth);
        let saved_control = st.control.split_off(at);
        let result = self.block(st, body, span);
        st.control.extend(saved_control);
        self.scopes.extend(saved_scopes);
        result
    }

    /// `return`: the value is on the stack; runs enclosing finally blocks first.
    fn return_through<'a>(&mut self, st: &mut FnState<'a>, span: Span) -> Result<()> {
        // The return value sits on top of the stack while finally bodies run.
        st.extra += 1;
        let result = self.unwind_to(st, 0, span);
        st.extra -= 1;
        result?;
        self.emit(st, Op::Return, span);
        Ok(())
    }

    fn try_stmt<'a>(
        &mut self,
        st: &mut FnState<'a>,
        block: &'a [Stmt],
        handler: Option<&'a CatchClause>,
        finalizer: Option<&'a [Stmt]>,
        span: Span,
    ) -> Result<()> {
        let scope_depth = self.scopes.len();
        if let Some(f) = finalizer {
            st.control.push(Control::Finally {
                body: f,
                scope_depth,
            });
        }
        // try block
        let enter = self.emit_jump(st, Op::EnterTry(0), span);
        st.control.push(Control::Try);
        self.block(st, block, span)?;
        st.control.pop();
        self.emit(st, Op::LeaveTry, span);
        let mut to_finally = vec![self.emit_jump(st, Op::Jump(0), span)];
        self.patch(st, enter);
        // catch block: the error is on the stack
        let mut rethrow_enter = None;
        if let Some(h) = handler {
            if finalizer.is_some() {
                rethrow_enter = Some(self.emit_jump(st, Op::EnterTry(0), span));
                st.control.push(Control::Try);
            }
            let at = self.push_block_scope(st, span);
            match &h.param {
                Some(p) => {
                    let names: Vec<&Ident> = p.bound_names().collect();
                    declarations::check_bound(&names, None)
                        .and_then(|()| {
                            let strict = self.strict;
                            declarations::check_scope(
                                &[&h.body],
                                &names,
                                None,
                                Level::Block,
                                strict,
                            )
                        })
                        .map_err(|r| self.redeclared(r))?;
                    let scope = self.scopes.last_mut().expect("catch scope");
                    for id in p.bound_names() {
                        scope.declare(&id.name, Binding::Let);
                    }
                    self.destructure(st, p, Mode::Init, Origin::Catch)?;
                }
                None => self.emit(st, Op::Pop, span),
            }
            self.block(st, &h.body, span)?;
            self.pop_block_scope(st, at, span);
            if finalizer.is_some() {
                st.control.pop();
                self.emit(st, Op::LeaveTry, span);
            }
            to_finally.push(self.emit_jump(st, Op::Jump(0), span));
        }
        let Some(f) = finalizer else {
            for j in to_finally {
                self.patch(st, j);
            }
            return Ok(());
        };
        st.control.pop(); // the Finally entry: its body is compiled directly from here on
                          // finally on the exception path: the error stays on the stack, then is rethrown.
        if let Some(r) = rethrow_enter {
            self.patch(st, r);
        } else {
            // no catch: the try block's handler lands here
            let enter_target = Self::here(st);
            self.patch_to(st, enter, enter_target);
        }
        st.extra += 1;
        self.block(st, f, span)?;
        st.extra -= 1;
        self.emit(st, Op::Throw, span);
        // finally on the normal path
        for j in to_finally {
            self.patch(st, j);
        }
        self.block(st, f, span)?;
        Ok(())
    }

    // ----------------------------------------------------------------------------------------
    // Expressions
    // ----------------------------------------------------------------------------------------

    /// Compiles an expression that initialises `name`, so anonymous functions get that name.
    fn expr_named(&mut self, st: &mut FnState, e: &Expr, name: &Rc<str>) -> Result<()> {
        match &e.kind {
            ExprKind::Function(f) if f.name.is_none() => self.closure(st, f, name.clone()),
            _ => self.expr(st, e),
        }
    }

    fn closure(&mut self, st: &mut FnState, f: &Function, name: Rc<str>) -> Result<()> {
        self.closure_of(st, f.into(), f.span, name)
    }

    /// An object literal's method or getter.
    fn method_closure(&mut self, st: &mut FnState, f: &Function, name: Rc<str>) -> Result<()> {
        let syntax = FnSyntax {
            is_method: true,
            ..f.into()
        };
        self.closure_of(st, syntax, f.span, name)
    }

    fn closure_of(
        &mut self,
        st: &mut FnState,
        syntax: FnSyntax,
        span: Span,
        name: Rc<str>,
    ) -> Result<()> {
        let code = self.function(syntax, name)?;
        let id = st.functions.len() as u32;
        st.functions.push(code);
        self.emit(st, Op::Closure(id), span);
        Ok(())
    }

    /// `function name() {}` as an expression: `name` is bound to the function
    /// inside it (recursion, `setTimeout(function again() {…})`) and nowhere
    /// else, so the closure is created in a one-slot scope holding itself.
    fn named_function_expr(&mut self, st: &mut FnState, f: &Function, name: &Ident) -> Result<()> {
        let push_at = self.push_block_scope(st, f.span);
        let scope = self.scopes.last_mut().expect("block scope pushed");
        scope.declare(&name.name, Binding::FnName);
        self.closure(st, f, name.name.clone())?;
        self.emit(st, Op::Dup, f.span);
        self.init_binding(st, name);
        self.pop_block_scope(st, push_at, f.span);
        Ok(())
    }

    fn expr(&mut self, st: &mut FnState, e: &Expr) -> Result<()> {
        let span = e.span;
        match &e.kind {
            ExprKind::Number(n) => self.emit(st, Op::Number(*n), span),
            ExprKind::String(s) => {
                let id = self.string(st, s);
                self.emit(st, Op::Str(id), span)
            }
            ExprKind::Template { quasis, exprs } => {
                let id = self.string(st, &quasis[0]);
                self.emit(st, Op::Str(id), span);
                for (q, x) in quasis[1..].iter().zip(exprs) {
                    self.expr(st, x)?;
                    self.emit(st, Op::ToStr, x.span);
                    self.emit(st, Op::Binary(BinaryOp::Add), x.span);
                    if !q.is_empty() {
                        let id = self.string(st, q);
                        self.emit(st, Op::Str(id), span);
                        self.emit(st, Op::Binary(BinaryOp::Add), span);
                    }
                }
            }
            ExprKind::Bool(b) => self.emit(st, Op::Bool(*b), span),
            ExprKind::Null => self.emit(st, Op::Null, span),
            ExprKind::This => self.emit(st, Op::This, span),
            ExprKind::Ident(name) => self.load(st, name, span),
            ExprKind::Array(items) => {
                self.array_items(st, items, span, Op::ArraySpread)?;
            }
            ExprKind::Object(props) => self.object(st, props, span)?,
            ExprKind::Function(f) => match &f.name {
                Some(name) => self.named_function_expr(st, f, name)?,
                None => self.closure(st, f, Rc::from(""))?,
            },
            ExprKind::Unary(op, arg) => self.unary(st, *op, arg, span)?,
            ExprKind::Update {
                increment,
                prefix,
                target,
            } => self.update(st, *increment, *prefix, target, span)?,
            ExprKind::Binary(op, a, b) => {
                self.expr(st, a)?;
                self.expr(st, b)?;
                self.emit(st, Op::Binary(*op), span);
            }
            ExprKind::Logical(op, a, b) => {
                self.expr(st, a)?;
                let j = self.emit_jump(st, logical_jump(*op), span);
                self.expr(st, b)?;
                self.patch(st, j);
            }
            ExprKind::Conditional(t, a, b) => {
                self.expr(st, t)?;
                let else_j = self.emit_jump(st, Op::JumpIfFalse(0), t.span);
                self.expr(st, a)?;
                let end = self.emit_jump(st, Op::Jump(0), span);
                self.patch(st, else_j);
                self.expr(st, b)?;
                self.patch(st, end);
            }
            ExprKind::Assign(op, target, value) => self.assign(st, *op, target, value, span)?,
            ExprKind::AssignPattern(target, value) => {
                // The assignment's value is the right-hand side itself.
                self.destructured_value(st, target, value)?;
                self.emit(st, Op::Dup, span);
                self.destructure(st, target, Mode::Assign, Origin::Assign(value))?;
            }
            ExprKind::Sequence(xs) => {
                for (i, x) in xs.iter().enumerate() {
                    self.expr(st, x)?;
                    if i + 1 < xs.len() {
                        self.emit(st, Op::Pop, x.span);
                    }
                }
            }
            ExprKind::Member { .. } | ExprKind::Index { .. } | ExprKind::Call { .. } => {
                let mut exits = Vec::new();
                self.chain(st, e, &mut exits)?;
                for j in exits {
                    self.patch(st, j);
                }
            }
            ExprKind::New { callee, args } => {
                self.expr(st, callee)?;
                self.call_args(st, args, callee.span, Op::New, Op::NewSpread)?;
                self.note_callee_text(st, callee);
            }
            ExprKind::Await(arg) => {
                self.check_await_allowed(st, span)?;
                self.expr(st, arg)?;
                self.emit(st, Op::Await, span);
            }
        }
        Ok(())
    }

    fn load(&mut self, st: &mut FnState, name: &Rc<str>, span: Span) {
        let id = self.string(st, name);
        match self.lookup(name) {
            Some((hops, slot, _)) => self.emit(
                st,
                Op::Load {
                    hops,
                    slot,
                    name: id,
                },
                span,
            ),
            None if &**name == "undefined" => self.emit(st, Op::Undefined, span),
            None => self.emit(st, Op::LoadGlobal(id), span),
        }
    }

    /// Stores the top of the stack into a variable (consuming it).
    fn store(&mut self, st: &mut FnState, name: &Rc<str>, span: Span) {
        let id = self.string(st, name);
        match self.lookup(name) {
            Some((_, _, Binding::Const)) => self.emit(st, Op::ThrowConstAssign, span),
            Some((_, _, Binding::FnName)) if self.strict => {
                self.emit(st, Op::ThrowConstAssign, span)
            }
            Some((_, _, Binding::FnName)) => self.emit(st, Op::Pop, span),
            Some((hops, slot, b)) => self.emit(
                st,
                Op::Store {
                    hops,
                    slot,
                    name: id,
                    checked: b == Binding::Let,
                },
                span,
            ),
            None => self.emit(st, Op::StoreGlobal(id), span),
        }
    }

    fn object(&mut self, st: &mut FnState, props: &[Prop], span: Span) -> Result<()> {
        self.emit(st, Op::NewObject, span);
        for step in literal_steps(props) {
            match step {
                Step::Define(i) => self.object_prop(st, &props[i])?,
                Step::EvaluateOnly(i) => {
                    if let Prop::Init(_, v) = &props[i] {
                        self.expr(st, v)?;
                        self.emit(st, Op::Pop, v.span);
                    }
                }
            }
        }
        Ok(())
    }

    /// Defines one member of an object literal on the object on the stack.
    fn object_prop(&mut self, st: &mut FnState, p: &Prop) -> Result<()> {
        {
            match p {
                // `__proto__: v` sets the new object's prototype, which
                // jsorder does not model (a shorthand `{ __proto__ }` would
                // not, but is refused along with it).
                Prop::Init(PropKey::Name(k), v) if &**k == "__proto__" => {
                    return Err(Diagnostic::new(
                        "`__proto__:` in an object literal (setting the prototype) is not supported",
                        v.span,
                    ));
                }
                Prop::Init(PropKey::Name(k), v) => {
                    self.expr_named(st, v, k)?;
                    let id = self.string(st, k);
                    self.emit(st, Op::DefineField(id), v.span);
                }
                Prop::Init(PropKey::Computed(k), v) => {
                    self.expr(st, k)?;
                    self.expr(st, v)?;
                    let op = match &v.kind {
                        ExprKind::Function(f) if f.name.is_none() => Op::DefineComputedNamed,
                        _ => Op::DefineComputed,
                    };
                    self.emit(st, op, v.span);
                }
                Prop::Method(key, f) | Prop::Getter(key, f) | Prop::Setter(key, f) => {
                    // `None` for a method, else whether it is the setter.
                    let accessor = match p {
                        Prop::Getter(..) => Some(false),
                        Prop::Setter(..) => Some(true),
                        _ => None,
                    };
                    match key {
                        PropKey::Name(k) => {
                            self.method_closure(st, f, k.clone())?;
                            let id = self.string(st, k);
                            let op = match accessor {
                                Some(is_setter) => Op::DefineAccessor(id, is_setter),
                                None => Op::DefineField(id),
                            };
                            self.emit(st, op, f.span);
                        }
                        PropKey::Computed(k) => {
                            self.expr(st, k)?;
                            self.method_closure(st, f, Rc::from(""))?;
                            let op = match accessor {
                                Some(is_setter) => Op::DefineAccessorComputed(is_setter),
                                None => Op::DefineComputedNamed,
                            };
                            self.emit(st, op, f.span);
                        }
                    }
                }
                Prop::Spread(x) => {
                    self.expr(st, x)?;
                    self.emit(st, Op::ObjectSpread, x.span);
                }
            }
        }
        Ok(())
    }

    fn unary(&mut self, st: &mut FnState, op: UnaryOp, arg: &Expr, span: Span) -> Result<()> {
        if op == UnaryOp::Delete {
            return self.delete(st, arg, span);
        }
        if op == UnaryOp::Typeof {
            if let ExprKind::Ident(name) = &arg.kind {
                if self.lookup(name).is_none() && &**name != "undefined" {
                    let id = self.string(st, name);
                    self.emit(st, Op::TypeofGlobal(id), span);
                    return Ok(());
                }
            }
        }
        self.expr(st, arg)?;
        match op {
            UnaryOp::Not => self.emit(st, Op::Not, span),
            UnaryOp::Neg => self.emit(st, Op::Neg, span),
            UnaryOp::Plus => self.emit(st, Op::ToNumber, span),
            UnaryOp::Typeof => self.emit(st, Op::Typeof, span),
            UnaryOp::Void => {
                self.emit(st, Op::Pop, span);
                self.emit(st, Op::Undefined, span);
            }
            // `~x` is `ToInt32(x) ^ -1`: one conversion, as `~` does.
            UnaryOp::BitNot => {
                self.emit(st, Op::Number(-1.0), span);
                self.emit(st, Op::Binary(BinaryOp::BitXor), span);
            }
            UnaryOp::Delete => unreachable!("unary: `delete` is compiled by `delete`"),
        }
        Ok(())
    }

    /// `delete o.p` / `delete o[k]` remove a property. A declared name cannot
    /// be deleted (`false`, without reading it: no TDZ error); anything else
    /// that is no reference is evaluated and gives `true`.
    fn delete(&mut self, st: &mut FnState, arg: &Expr, span: Span) -> Result<()> {
        let chain = match &arg.kind {
            ExprKind::Sequence(xs) if xs.len() == 1 => xs[0].in_optional_chain(),
            _ => arg.in_optional_chain(),
        };
        if chain {
            return Err(Diagnostic::new(
                "`delete` of an optional chain (`?.`) is not supported",
                arg.span,
            ));
        }
        match &arg.kind {
            ExprKind::Member {
                object, property, ..
            } => {
                self.expr(st, object)?;
                let id = self.string(st, &property.name);
                self.emit(st, Op::DeleteProp(id), span);
            }
            ExprKind::Index { object, index, .. } => {
                self.expr(st, object)?;
                self.expr(st, index)?;
                self.emit(st, Op::DeleteIndex, span);
            }
            ExprKind::Ident(_) if self.strict => {
                return Err(Diagnostic::new(
                    "`delete` of a plain name is a syntax error in strict mode",
                    span,
                )
                .with_help("`delete` removes properties: `delete obj.name`"));
            }
            ExprKind::Ident(name) if self.lookup(name).is_some() => {
                self.emit(st, Op::Bool(false), span)
            }
            ExprKind::Ident(_) => {
                return Err(
                    Diagnostic::new("`delete` of a global name is not supported", span)
                        .with_help("only properties can be deleted: `delete obj.name`"),
                );
            }
            _ => {
                self.expr(st, arg)?;
                self.emit(st, Op::Pop, span);
                self.emit(st, Op::Bool(true), span);
            }
        }
        Ok(())
    }

    /// An expression whose value nobody reads (a statement, a `for` update).
    /// An assignment or `++`/`--` of a variable then stores its result
    /// without keeping a copy to pop: `i++` and `sum += i` are two
    /// instructions shorter, which counts in a loop.
    fn discarded_expr(&mut self, st: &mut FnState, e: &Expr, span: Span) -> Result<()> {
        match &e.kind {
            ExprKind::Assign(op, target, value) if !matches!(op, AssignOp::Logical(_)) => {
                if let ExprKind::Ident(name) = &target.kind {
                    self.assigned_value(st, *op, name, target.span, value, e.span)?;
                    self.store(st, name, e.span);
                    return Ok(());
                }
            }
            ExprKind::Update {
                increment, target, ..
            } => {
                if let ExprKind::Ident(name) = &target.kind {
                    self.update_name(st, *increment, None, name, target.span, e.span);
                    return Ok(());
                }
            }
            _ => {}
        }
        self.expr(st, e)?;
        self.emit(st, Op::Pop, span);
        Ok(())
    }

    /// `++name`, `name--`…: the new value stays on the stack after a prefix
    /// (`Some(true)`), the old one after a postfix (`Some(false)`), none when
    /// the result is discarded (`None`).
    fn update_name(
        &mut self,
        st: &mut FnState,
        increment: bool,
        prefix: Option<bool>,
        name: &Rc<str>,
        name_span: Span,
        span: Span,
    ) {
        let step = if increment { Op::Inc } else { Op::Dec };
        self.load(st, name, name_span);
        self.emit(st, Op::ToNumber, span);
        match prefix {
            Some(true) => {
                self.emit(st, step, span);
                self.emit(st, Op::Dup, span);
            }
            Some(false) => {
                self.emit(st, Op::Dup, span);
                self.emit(st, step, span);
            }
            None => self.emit(st, step, span),
        }
        self.store(st, name, span);
    }

    /// The value `name = value` or `name op= value` stores, pushed.
    fn assigned_value(
        &mut self,
        st: &mut FnState,
        op: AssignOp,
        name: &Rc<str>,
        name_span: Span,
        value: &Expr,
        span: Span,
    ) -> Result<()> {
        if let AssignOp::Compound(b) = op {
            self.load(st, name, name_span);
            self.expr(st, value)?;
            self.emit(st, Op::Binary(b), span);
            return Ok(());
        }
        self.expr_named(st, value, name)
    }

    /// `++x`, `x--`, `o.p++`, `a[i]--`.
    fn update(
        &mut self,
        st: &mut FnState,
        increment: bool,
        prefix: bool,
        target: &Expr,
        span: Span,
    ) -> Result<()> {
        let step = if increment { Op::Inc } else { Op::Dec };
        match &target.kind {
            ExprKind::Ident(name) => {
                self.update_name(st, increment, Some(prefix), name, target.span, span)
            }
            ExprKind::Member {
                object, property, ..
            } => {
                self.expr(st, object)?;
                self.emit(st, Op::Dup, span);
                let id = self.string(st, &property.name);
                self.emit(st, Op::GetProp(id), target.span);
                self.emit(st, Op::ToNumber, span);
                // [obj, old] → keep the result below the store's operands
                if prefix {
                    self.emit(st, step, span);
                    self.emit(st, Op::SetProp(id), span);
                } else {
                    self.emit(st, Op::Dup, span); // [obj, old, old]
                    self.emit(st, Op::RotDown3, span); // [old, obj, old]
                    self.emit(st, step, span); // [old, obj, new]
                    self.emit(st, Op::SetProp(id), span); // [old, new]
                    self.emit(st, Op::Pop, span);
                }
            }
            ExprKind::Index { object, index, .. } => {
                self.expr(st, object)?;
                self.expr(st, index)?;
                self.emit(st, Op::Dup2, span);
                self.emit(st, Op::GetIndex, target.span);
                self.emit(st, Op::ToNumber, span);
                if prefix {
                    self.emit(st, step, span);
                    self.emit(st, Op::SetIndex, span);
                } else {
                    self.emit(st, Op::Dup, span); // [obj, key, old, old]
                    self.emit(st, Op::RotDown4, span); // [old, obj, key, old]
                    self.emit(st, step, span); // [old, obj, key, new]
                    self.emit(st, Op::SetIndex, span); // [old, new]
                    self.emit(st, Op::Pop, span);
                }
            }
            ExprKind::Call { .. } => {
                let what = if prefix { "prefix" } else { "postfix" };
                let message = format!("Invalid left-hand side expression in {what} operation");
                self.call_then_throw(st, target, &message, span)?;
            }
            _ => return Err(Diagnostic::new("invalid target for `++`/`--`", target.span)),
        }
        Ok(())
    }

    fn assign(
        &mut self,
        st: &mut FnState,
        op: AssignOp,
        target: &Expr,
        value: &Expr,
        span: Span,
    ) -> Result<()> {
        match &target.kind {
            ExprKind::Ident(name) => {
                if let AssignOp::Logical(l) = op {
                    self.load(st, name, target.span);
                    let j = self.emit_jump(st, logical_jump(l), span);
                    self.expr_named(st, value, name)?;
                    self.emit(st, Op::Dup, span);
                    self.store(st, name, span);
                    self.patch(st, j);
                    return Ok(());
                }
                self.assigned_value(st, op, name, target.span, value, span)?;
                self.emit(st, Op::Dup, span);
                self.store(st, name, span);
            }
            ExprKind::Member {
                object, property, ..
            } => {
                self.expr(st, object)?;
                let id = self.string(st, &property.name);
                match op {
                    AssignOp::Assign => self.expr(st, value)?,
                    AssignOp::Compound(b) => {
                        self.emit(st, Op::Dup, span);
                        self.emit(st, Op::GetProp(id), target.span);
                        self.expr(st, value)?;
                        self.emit(st, Op::Binary(b), span);
                    }
                    AssignOp::Logical(l) => {
                        self.emit(st, Op::Dup, span);
                        self.emit(st, Op::GetProp(id), target.span);
                        let keep = self.emit_jump(st, logical_jump(l), span);
                        self.expr(st, value)?;
                        self.emit(st, Op::SetProp(id), span);
                        let end = self.emit_jump(st, Op::Jump(0), span);
                        self.patch(st, keep);
                        // [obj, current] → [current]
                        self.emit(st, Op::Swap, span);
                        self.emit(st, Op::Pop, span);
                        self.patch(st, end);
                        return Ok(());
                    }
                }
                self.emit(st, Op::SetProp(id), span);
            }
            ExprKind::Index { object, index, .. } => {
                self.expr(st, object)?;
                self.expr(st, index)?;
                match op {
                    AssignOp::Assign => self.expr(st, value)?,
                    AssignOp::Compound(b) => {
                        self.emit(st, Op::Dup2, span);
                        self.emit(st, Op::GetIndex, target.span);
                        self.expr(st, value)?;
                        self.emit(st, Op::Binary(b), span);
                    }
                    AssignOp::Logical(l) => {
                        self.emit(st, Op::Dup2, span);
                        self.emit(st, Op::GetIndex, target.span);
                        let keep = self.emit_jump(st, logical_jump(l), span);
                        self.expr(st, value)?;
                        self.emit(st, Op::SetIndex, span);
                        let end = self.emit_jump(st, Op::Jump(0), span);
                        self.patch(st, keep);
                        // [obj, key, current] → [current]
                        self.emit(st, Op::RotDown3, span);
                        self.emit(st, Op::Pop, span);
                        self.emit(st, Op::Pop, span);
                        self.patch(st, end);
                        return Ok(());
                    }
                }
                self.emit(st, Op::SetIndex, span);
            }
            // The value is never computed.
            ExprKind::Call { .. } => {
                self.call_then_throw(st, target, "Invalid left-hand side in assignment", span)?
            }
            _ => return Err(Diagnostic::new("invalid assignment target", target.span)),
        }
        Ok(())
    }

    /// An assignment to a call (see `check_target` in lowering): V8 makes
    /// the call, then throws `ReferenceError: {message}`.
    fn call_then_throw(
        &mut self,
        st: &mut FnState,
        call: &Expr,
        message: &str,
        span: Span,
    ) -> Result<()> {
        self.expr(st, call)?;
        self.throw_invalid_target(st, message, span);
        Ok(())
    }

    /// Emits the throw of `ReferenceError: {message}` for an assignment to
    /// a call whose call has been made.
    fn throw_invalid_target(&mut self, st: &mut FnState, message: &str, span: Span) {
        let id = self.string(st, &Rc::from(message));
        self.emit(st, Op::ThrowInvalidTarget(id), span);
    }

    /// Member/index/call chains, where `?.` short-circuits to the end of the whole chain.
    fn chain(&mut self, st: &mut FnState, e: &Expr, exits: &mut Vec<usize>) -> Result<()> {
        match &e.kind {
            ExprKind::Member {
                object,
                property,
                optional,
            } => {
                self.chain_part(st, object, exits)?;
                if *optional {
                    exits.push(self.emit_jump(st, Op::JumpIfNullishUndefined(0), e.span));
                }
                let id = self.string(st, &property.name);
                self.emit(st, Op::GetProp(id), e.span);
            }
            ExprKind::Index {
                object,
                index,
                optional,
            } => {
                self.chain_part(st, object, exits)?;
                if *optional {
                    exits.push(self.emit_jump(st, Op::JumpIfNullishUndefined(0), e.span));
                }
                self.expr(st, index)?;
                self.emit(st, Op::GetIndex, e.span);
            }
            ExprKind::Call {
                callee,
                args,
                optional,
            } => match &callee.kind {
                ExprKind::Member {
                    object,
                    property,
                    optional: opt_member,
                } => {
                    self.chain_part(st, object, exits)?;
                    if *opt_member {
                        exits.push(self.emit_jump(st, Op::JumpIfNullishUndefined(0), callee.span));
                    }
                    self.emit(st, Op::Dup, callee.span);
                    let id = self.string(st, &property.name);
                    self.emit(st, Op::GetProp(id), callee.span);
                    self.optional_call_guard(st, *optional, callee.span, exits, true);
                    self.call_args(st, args, callee.span, Op::CallMethod, Op::CallMethodSpread)?;
                    self.note_call(st, e, callee);
                }
                ExprKind::Index {
                    object,
                    index,
                    optional: opt_member,
                } => {
                    self.chain_part(st, object, exits)?;
                    if *opt_member {
                        exits.push(self.emit_jump(st, Op::JumpIfNullishUndefined(0), callee.span));
                    }
                    self.emit(st, Op::Dup, callee.span);
                    self.expr(st, index)?;
                    self.emit(st, Op::GetIndex, callee.span);
                    self.optional_call_guard(st, *optional, callee.span, exits, true);
                    self.call_args(st, args, callee.span, Op::CallMethod, Op::CallMethodSpread)?;
                    self.note_call(st, e, callee);
                }
                _ => {
                    self.chain_part(st, callee, exits)?;
                    self.optional_call_guard(st, *optional, callee.span, exits, false);
                    self.call_args(st, args, callee.span, Op::Call, Op::CallSpread)?;
                    self.note_call(st, e, callee);
                }
            },
            _ => self.expr(st, e)?,
        }
        Ok(())
    }

    /// Compiles `x`, the iterable of a spread, a `for…of` or an array
    /// pattern, noting it when it is a call.
    fn iterable(&mut self, st: &mut FnState, x: &Expr, how: Iteration) -> Result<()> {
        let outer = self.iterable_call;
        if iterable_call_callee(x).is_some() {
            self.iterable_call = Some((x, how));
        }
        let result = self.expr(st, x);
        self.iterable_call = outer;
        result
    }

    /// Compiles the value `target` destructures: an array pattern iterates
    /// it, so a call there is named as an iterable when it fails.
    fn destructured_value(
        &mut self,
        st: &mut FnState,
        target: &Pattern,
        value: &Expr,
    ) -> Result<()> {
        if matches!(target, Pattern::Array(..)) {
            self.iterable(st, value, Iteration::Sync)
        } else {
            self.expr(st, value)
        }
    }

    /// Records V8's message for the iteration instruction just emitted over
    /// `x`. Its `CallPrinter` names the iterable, without the `(...)` of
    /// calls for a sync iteration (`o.f().items is not iterable` reads
    /// `o.f.items is not iterable`); a call as the iterable is named by its
    /// callee (`o.f is not a function or its return value is not iterable`).
    fn note_iteration_error(&mut self, st: &mut FnState, x: &Expr, how: Iteration) {
        let pc = st.ops.len() as u32 - 1;
        let for_of = st.ops.last() == Some(&Op::IterStart);
        if for_of && how == Iteration::Sync && call_printer::for_of_names_by_value(x) {
            st.iteration_errors.push((pc, IterationError::ByValue));
            return;
        }
        let message = match iterable_call_callee(x) {
            Some(callee) => iterable_call_message(callee, how),
            None => {
                let text = match how {
                    Iteration::Sync => call_printer::v8_iteration_text(x),
                    Iteration::Async => call_printer::v8_expression_text(x),
                };
                let what = match how {
                    Iteration::Sync => "iterable",
                    Iteration::Async => "async iterable",
                };
                format!("{text} is not {what}")
            }
        };
        let message = Rc::from(message);
        let error = match how {
            Iteration::Sync => IterationError::Message(message),
            Iteration::Async => IterationError::Async(message),
        };
        st.iteration_errors.push((pc, error));
    }

    /// Notes how V8 names the callee of call `e` when it fails: as any
    /// callee, or as the iterable of an iteration.
    fn note_call(&mut self, st: &mut FnState, e: &Expr, callee: &Expr) {
        match self.iterable_call {
            Some((at, how)) if std::ptr::eq(at, e) => {
                let pc = st.ops.len() as u32 - 1;
                let message = Rc::from(iterable_call_message(callee, how));
                st.iteration_errors
                    .push((pc, IterationError::Message(message)));
            }
            _ => self.note_callee_text(st, callee),
        }
    }

    /// Records how V8 names `callee` when a call of it fails (`(void 0) is
    /// not a function`), where that differs from its source text.
    fn note_callee_text(&mut self, st: &mut FnState, callee: &Expr) {
        if call_printer::printed_as_written(callee, &self.text) {
            return;
        }
        match &callee.kind {
            _ if callee.in_optional_chain() => {
                self.callee_text.clear();
                call_printer::write_v8_chain_text(callee, &mut self.callee_text);
            }
            // `a.then(f).then(g)`: the inner call's callee, `a.then`, was the
            // last one written (its arguments' calls print as written), so
            // its text is extended instead of writing the chain again.
            ExprKind::Member {
                object,
                property,
                optional: false,
            } if matches!(&object.kind, ExprKind::Call { callee: inner, optional: false, .. }
                if std::ptr::eq(&**inner, self.callee_text_of)) =>
            {
                self.callee_text.push_str("(...).");
                self.callee_text.push_str(&property.name);
                debug_assert_eq!(self.callee_text, call_printer::v8_expression_text(callee));
            }
            _ => {
                self.callee_text.clear();
                call_printer::write_v8_text(callee, &mut self.callee_text);
            }
        }
        self.callee_text_of = callee;
        let span = callee.span;
        if self.text.get(span.start as usize..span.end as usize) != Some(&*self.callee_text) {
            let pc = st.ops.len() as u32 - 1;
            st.callee_texts.push((pc, Rc::from(&*self.callee_text)));
        }
    }

    /// Parts of a chain continue the same short-circuit; parenthesised or other
    /// expressions start fresh.
    fn chain_part(&mut self, st: &mut FnState, e: &Expr, exits: &mut Vec<usize>) -> Result<()> {
        match &e.kind {
            ExprKind::Member { .. } | ExprKind::Index { .. } | ExprKind::Call { .. } => {
                self.chain(st, e, exits)
            }
            _ => self.expr(st, e),
        }
    }

    /// `f?.()`: when the callee is nullish the chain yields undefined.
    fn optional_call_guard(
        &mut self,
        st: &mut FnState,
        optional: bool,
        span: Span,
        exits: &mut Vec<usize>,
        method: bool,
    ) {
        if !optional {
            return;
        }
        if method {
            // [this, f]: test f; when nullish drop `this` too.
            let go = self.emit_jump(st, Op::JumpIfNotNullishKeep(0), span);
            // nullish: [this] remains (JumpIfNotNullishKeep popped f) → replace with undefined
            self.emit(st, Op::Pop, span);
            self.emit(st, Op::Undefined, span);
            exits.push(self.emit_jump(st, Op::Jump(0), span));
            self.patch(st, go);
        } else {
            let go = self.emit_jump(st, Op::JumpIfNotNullishKeep(0), span);
            self.emit(st, Op::Undefined, span);
            exits.push(self.emit_jump(st, Op::Jump(0), span));
            self.patch(st, go);
        }
    }

    /// `[a, ...b]`: builds an array from items and spreads (also spread call
    /// arguments, whose spreads use `spread`).
    fn array_items(
        &mut self,
        st: &mut FnState,
        items: &[ArrayItem],
        span: Span,
        spread: Op,
    ) -> Result<()> {
        self.emit(st, Op::NewArray, span);
        // V8 spreads a call's one last spread argument itself; other spread
        // arguments go through a built-in, which words failures its way.
        let spreads = items
            .iter()
            .filter(|a| matches!(a, ArrayItem::Spread(_)))
            .count();
        for (i, item) in items.iter().enumerate() {
            let (x, op) = match item {
                ArrayItem::Expr(x) => (x, Op::ArrayPush),
                ArrayItem::Spread(x) => (x, spread),
                ArrayItem::Hole => {
                    self.emit(st, Op::ArrayHole, span);
                    continue;
                }
            };
            if op == Op::ArraySpread {
                self.iterable(st, x, Iteration::Sync)?;
                self.emit(st, op, x.span);
                self.note_iteration_error(st, x, Iteration::Sync);
                continue;
            }
            self.expr(st, x)?;
            self.emit(st, op, x.span);
            if op == Op::ArgSpread {
                let error = if spreads == 1 && i + 1 == items.len() {
                    IterationError::FinalSpread(Rc::from(call_printer::v8_expression_text(x)))
                } else {
                    IterationError::ByValue
                };
                let pc = st.ops.len() as u32 - 1;
                st.iteration_errors.push((pc, error));
            }
        }
        Ok(())
    }

    fn call_args(
        &mut self,
        st: &mut FnState,
        args: &[ArrayItem],
        span: Span,
        plain: fn(u16) -> Op,
        spread: Op,
    ) -> Result<()> {
        if args.iter().any(|a| matches!(a, ArrayItem::Spread(_))) {
            self.array_items(st, args, span, Op::ArgSpread)?;
            self.emit(st, spread, span);
        } else {
            for a in args {
                if let ArrayItem::Expr(x) = a {
                    self.expr(st, x)?;
                }
            }
            let n = u16::try_from(args.len())
                .map_err(|_| Diagnostic::new("too many arguments", span))?;
            self.emit(st, plain(n), span);
        }
        Ok(())
    }
}

fn logical_jump(op: LogicalOp) -> Op {
    match op {
        LogicalOp::And => Op::JumpIfFalseKeep(0),
        LogicalOp::Or => Op::JumpIfTrueKeep(0),
        LogicalOp::Nullish => Op::JumpIfNotNullishKeep(0),
    }
}

/// The body of a loop statement.
/// The statements that stand alone as the body of `s` (not in a block of
/// their own): a loop's body, an `if`'s branches, a label's statement.
fn single_statement_bodies(s: &Stmt) -> [Option<&Stmt>; 2] {
    match &s.kind {
        StmtKind::If { cons, alt, .. } => [Some(cons), alt.as_deref()],
        StmtKind::Labeled { body, .. } => [Some(body), None],
        _ => [loop_body(s), None],
    }
}

fn loop_body(s: &Stmt) -> Option<&Stmt> {
    match &s.kind {
        StmtKind::While { body, .. }
        | StmtKind::DoWhile { body, .. }
        | StmtKind::For { body, .. }
        | StmtKind::ForOf { body, .. }
        | StmtKind::ForIn { body, .. } => Some(body),
        _ => None,
    }
}

/// Whether a statement creates any function (which could capture loop variables).
fn body_captures(s: &Stmt) -> bool {
    match &s.kind {
        StmtKind::Function(_) => true,
        StmtKind::Decl(_, ds) => ds
            .iter()
            .any(|d| d.init.as_ref().is_some_and(expr_captures) || pattern_captures(&d.target)),
        StmtKind::Expr(e) | StmtKind::Throw(e) => expr_captures(e),
        StmtKind::Return(e) => e.as_ref().is_some_and(expr_captures),
        StmtKind::If { test, cons, alt } => {
            expr_captures(test) || body_captures(cons) || alt.as_deref().is_some_and(body_captures)
        }
        StmtKind::For {
            init,
            test,
            update,
            body,
        } => {
            let init = match init {
                Some(ForInit::Expr(e)) => expr_captures(e),
                Some(ForInit::Decl(_, ds)) => ds.iter().any(|d| {
                    d.init.as_ref().is_some_and(expr_captures) || pattern_captures(&d.target)
                }),
                None => false,
            };
            init || [test, update]
                .iter()
                .any(|e| e.as_ref().is_some_and(expr_captures))
                || body_captures(body)
        }
        StmtKind::ForOf {
            target,
            iterable,
            body,
            ..
        } => expr_captures(iterable) || pattern_captures(target) || body_captures(body),
        StmtKind::ForIn {
            target,
            object,
            body,
            ..
        } => expr_captures(object) || pattern_captures(target) || body_captures(body),
        StmtKind::While { test, body } | StmtKind::DoWhile { body, test } => {
            expr_captures(test) || body_captures(body)
        }
        StmtKind::Switch {
            discriminant,
            cases,
        } => {
            expr_captures(discriminant)
                || cases.iter().any(|c| {
                    c.test.as_ref().is_some_and(expr_captures) || c.body.iter().any(body_captures)
                })
        }
        StmtKind::Labeled { body, .. } => body_captures(body),
        StmtKind::Try {
            block,
            handler,
            finalizer,
        } => {
            block.iter().any(body_captures)
                || handler
                    .as_ref()
                    .is_some_and(|h| h.body.iter().any(body_captures))
                || finalizer
                    .as_ref()
                    .is_some_and(|f| f.iter().any(body_captures))
        }
        StmtKind::Block(b) => b.iter().any(body_captures),
        StmtKind::Break(_) | StmtKind::Continue(_) | StmtKind::Empty => false,
    }
}

/// Whether an expression creates any function.
fn expr_captures(e: &Expr) -> bool {
    let items = |xs: &[ArrayItem]| {
        xs.iter().any(|x| match x {
            ArrayItem::Expr(e) | ArrayItem::Spread(e) => expr_captures(e),
            ArrayItem::Hole => false,
        })
    };
    match &e.kind {
        ExprKind::Function(_) => true,
        ExprKind::Number(_)
        | ExprKind::String(_)
        | ExprKind::Bool(_)
        | ExprKind::Null
        | ExprKind::Ident(_)
        | ExprKind::This => false,
        ExprKind::Template { exprs, .. } | ExprKind::Sequence(exprs) => {
            exprs.iter().any(expr_captures)
        }
        ExprKind::Array(xs) => items(xs),
        ExprKind::Object(props) => props.iter().any(|p| match p {
            Prop::Method(..) | Prop::Getter(..) | Prop::Setter(..) => true,
            Prop::Init(k, v) => {
                matches!(k, PropKey::Computed(c) if expr_captures(c)) || expr_captures(v)
            }
            Prop::Spread(x) => expr_captures(x),
        }),
        ExprKind::Unary(_, a) | ExprKind::Await(a) => expr_captures(a),
        ExprKind::Update { target, .. } => expr_captures(target),
        ExprKind::Binary(_, a, b) | ExprKind::Logical(_, a, b) | ExprKind::Assign(_, a, b) => {
            expr_captures(a) || expr_captures(b)
        }
        ExprKind::AssignPattern(target, value) => pattern_captures(target) || expr_captures(value),
        ExprKind::Conditional(a, b, c) => expr_captures(a) || expr_captures(b) || expr_captures(c),
        ExprKind::Member { object, .. } => expr_captures(object),
        ExprKind::Index { object, index, .. } => expr_captures(object) || expr_captures(index),
        ExprKind::Call { callee, args, .. } | ExprKind::New { callee, args } => {
            expr_captures(callee) || items(args)
        }
    }
}
