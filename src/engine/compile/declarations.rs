//! Declarations that JavaScript rejects before running anything (early
//! SyntaxErrors): a name declared twice in one scope where either
//! declaration is `let`, `const` or a function in a block; a `let` that
//! repeats a parameter or the catch parameter; repeated parameters where
//! they are not allowed. Without these checks the program would run with
//! one of the two declarations silently winning.

use rustc_hash::FxHashMap;

use crate::syntax::ast::*;

/// Two declarations of one name that may not coexist: `second` is the one
/// the error points at (the later one, as V8 reports it).
#[derive(Debug)]
pub(super) struct Redeclared<'a> {
    /// The declaration the name already had.
    pub first: &'a Ident,
    /// The declaration that repeats it.
    pub second: &'a Ident,
    /// Both are parameters of one function.
    pub parameters: bool,
}

/// Where a statement list sits, which decides what a function declaration is.
#[derive(Clone, Copy, PartialEq)]
pub(super) enum Level {
    /// The script or a function body: function declarations are like `var`.
    Function,
    /// A block, a `switch` case block: function declarations are like `let`
    /// (repeating one is allowed in sloppy code).
    Block,
}

/// Checks the statement lists that form one scope (a body, a block, or all
/// the clauses of a `switch`). `outer` holds names that a lexical declaration
/// here may not repeat: the parameters of a function body, the catch parameter
/// of a catch block. `vars` are the lists' [`var_names`] when the caller has
/// already collected them (otherwise they are collected here, if needed).
pub(super) fn check_scope<'a>(
    lists: &[&'a [Stmt]],
    outer: &[&'a Ident],
    vars: Option<&[&'a Ident]>,
    level: Level,
    strict: bool,
) -> Result<(), Redeclared<'a>> {
    let mut lexical: Vec<(&Ident, bool)> = Vec::new();
    let mut function_vars: Vec<&Ident> = Vec::new();
    for s in lists.iter().flat_map(|list| list.iter()) {
        match &s.kind {
            StmtKind::Decl(DeclKind::Let | DeclKind::Const, ds) => {
                let names = ds.iter().flat_map(|d| d.target.bound_names());
                lexical.extend(names.map(|id| (id, false)));
            }
            StmtKind::Function(f) => match (&f.name, level) {
                (Some(name), Level::Block) => lexical.push((name, true)),
                (Some(name), Level::Function) => function_vars.push(name),
                (None, _) => {}
            },
            _ => {}
        }
    }
    if lexical.is_empty() {
        return Ok(());
    }
    let mut seen: FxHashMap<&str, (&Ident, bool)> = FxHashMap::default();
    for &(id, is_function) in &lexical {
        if let Some(&(first, first_is_function)) = seen.get(&*id.name) {
            if strict || !(is_function && first_is_function) {
                return Err(Redeclared {
                    first,
                    second: id,
                    parameters: false,
                });
            }
        } else {
            seen.insert(&id.name, (id, is_function));
        }
    }
    if let Some(&first) = outer.iter().find(|o| seen.contains_key(&*o.name)) {
        let (second, _) = seen[&*first.name];
        return Err(Redeclared {
            first,
            second,
            parameters: false,
        });
    }
    let collected;
    let vars = match vars {
        Some(vars) => vars,
        None => {
            let mut found = Vec::new();
            for list in lists {
                var_names(list, &mut found);
            }
            collected = found;
            &collected
        }
    };
    for &var in function_vars.iter().chain(vars) {
        if let Some(&(lex, _)) = seen.get(&*var.name) {
            return Err(in_source_order(lex, var));
        }
    }
    Ok(())
}

/// Checks names bound together by one declaration (`let [a, a]`, a loop
/// head, a catch parameter) and, for a loop head, against the `var`s of
/// the loop body (`for (let i …) { var i }`).
pub(super) fn check_bound<'a>(
    names: &[&'a Ident],
    body: Option<&'a Stmt>,
) -> Result<(), Redeclared<'a>> {
    for (i, second) in names.iter().enumerate() {
        if let Some(first) = names[..i].iter().find(|n| n.name == second.name) {
            return Err(Redeclared {
                first,
                second,
                parameters: false,
            });
        }
    }
    let mut vars = Vec::new();
    if let Some(body) = body {
        var_names_stmt(body, &mut vars);
    }
    for var in vars {
        if let Some(lex) = names.iter().find(|n| n.name == var.name) {
            return Err(in_source_order(lex, var));
        }
    }
    Ok(())
}

/// Repeated parameter names: allowed only in sloppy code with a simple list
/// (no defaults, rest or patterns), and never in arrow functions.
pub(super) fn check_params<'a>(
    params: &'a [Param],
    strict: bool,
    is_arrow: bool,
) -> Result<(), Redeclared<'a>> {
    if is_simple_parameter_list(params) && !strict && !is_arrow {
        return Ok(());
    }
    let names: Vec<&Ident> = params.iter().flat_map(|p| p.target.bound_names()).collect();
    check_bound(&names, None).map_err(|r| Redeclared {
        parameters: true,
        ..r
    })
}

/// Plain names only: no default, rest or pattern.
pub(super) fn is_simple_parameter_list(params: &[Param]) -> bool {
    params
        .iter()
        .all(|p| !p.rest && p.default.is_none() && p.target.as_ident().is_some())
}

fn in_source_order<'a>(a: &'a Ident, b: &'a Ident) -> Redeclared<'a> {
    if a.span.start <= b.span.start {
        Redeclared {
            first: a,
            second: b,
            parameters: false,
        }
    } else {
        Redeclared {
            first: b,
            second: a,
            parameters: false,
        }
    }
}

/// The names `var` declares in a statement list, in nested blocks and loop
/// heads included (not in nested functions), in source order.
pub(super) fn var_names<'a>(stmts: &'a [Stmt], out: &mut Vec<&'a Ident>) {
    for s in stmts {
        var_names_stmt(s, out);
    }
}

fn var_names_stmt<'a>(s: &'a Stmt, out: &mut Vec<&'a Ident>) {
    match &s.kind {
        StmtKind::Decl(DeclKind::Var, ds) => {
            out.extend(ds.iter().flat_map(|d| d.target.bound_names()));
        }
        StmtKind::If { cons, alt, .. } => {
            var_names_stmt(cons, out);
            if let Some(a) = alt {
                var_names_stmt(a, out);
            }
        }
        StmtKind::For { init, body, .. } => {
            if let Some(ForInit::Decl(DeclKind::Var, ds)) = init {
                out.extend(ds.iter().flat_map(|d| d.target.bound_names()));
            }
            var_names_stmt(body, out);
        }
        StmtKind::ForOf {
            kind, target, body, ..
        }
        | StmtKind::ForIn {
            kind, target, body, ..
        } => {
            if *kind == Some(DeclKind::Var) {
                out.extend(target.bound_names());
            }
            var_names_stmt(body, out);
        }
        StmtKind::While { body, .. }
        | StmtKind::DoWhile { body, .. }
        | StmtKind::Labeled { body, .. } => var_names_stmt(body, out),
        StmtKind::Switch { cases, .. } => {
            for c in cases {
                var_names(&c.body, out);
            }
        }
        StmtKind::Try {
            block,
            handler,
            finalizer,
        } => {
            var_names(block, out);
            if let Some(h) = handler {
                var_names(&h.body, out);
            }
            if let Some(f) = finalizer {
                var_names(f, out);
            }
        }
        StmtKind::Block(b) => var_names(b, out),
        _ => {}
    }
}

/// Functions declared in blocks of sloppy code that are also `var`s of the
/// enclosing function, assigned when their declaration is reached, so that
/// `{ function f() {} } f();` works (Annex B.3.3 of the specification) —
/// unless a parameter or a `let`/`const` of the same name in an enclosing
/// block would clash with such a `var`.
pub(super) fn block_functions_seen_outside<'a>(
    body: &'a [Stmt],
    params: &[&Ident],
) -> Vec<&'a Ident> {
    let mut walk = AnnexB {
        lexical: params.iter().map(|p| p.name.clone()).collect(),
        found: Vec::new(),
    };
    walk.scope(&[body], false);
    walk.found
}

/// The walk behind [`block_functions_seen_outside`].
struct AnnexB<'a> {
    /// Names a `var` would clash with where the walk is.
    lexical: Vec<std::rc::Rc<str>>,
    found: Vec<&'a Ident>,
}

impl<'a> AnnexB<'a> {
    /// Walks the statement lists of one scope, whose `let`/`const` names
    /// (and `extra`) shadow the ones outside while it is walked.
    fn scope_with(&mut self, lists: &[&'a [Stmt]], extra: Vec<&'a Ident>, in_block: bool) {
        let mark = self.lexical.len();
        self.lexical.extend(extra.iter().map(|id| id.name.clone()));
        for s in lists.iter().flat_map(|list| list.iter()) {
            if let StmtKind::Decl(DeclKind::Let | DeclKind::Const, ds) = &s.kind {
                let names = ds.iter().flat_map(|d| d.target.bound_names());
                self.lexical.extend(names.map(|id| id.name.clone()));
            }
        }
        for s in lists.iter().flat_map(|list| list.iter()) {
            self.stmt(s, in_block);
        }
        self.lexical.truncate(mark);
    }

    fn scope(&mut self, lists: &[&'a [Stmt]], in_block: bool) {
        self.scope_with(lists, Vec::new(), in_block);
    }

    /// A loop body, seeing the names its head declares with `let`/`const`.
    fn loop_body(&mut self, lexical_head: Vec<&'a Ident>, body: &'a Stmt) {
        self.scope_with(&[std::slice::from_ref(body)], lexical_head, false);
    }

    fn stmt(&mut self, s: &'a Stmt, in_block: bool) {
        match &s.kind {
            StmtKind::Function(f) if in_block && !f.is_async => {
                if let Some(name) = &f.name {
                    if !self.lexical.contains(&name.name) {
                        self.found.push(name);
                    }
                }
            }
            StmtKind::Block(stmts) => self.scope(&[stmts], true),
            // A function as the whole branch of an `if` is one in a block.
            StmtKind::If { cons, alt, .. } => {
                self.stmt(cons, true);
                if let Some(alt) = alt {
                    self.stmt(alt, true);
                }
            }
            StmtKind::For { init, body, .. } => {
                let head = match init {
                    Some(ForInit::Decl(DeclKind::Let | DeclKind::Const, ds)) => {
                        ds.iter().flat_map(|d| d.target.bound_names()).collect()
                    }
                    _ => Vec::new(),
                };
                self.loop_body(head, body);
            }
            StmtKind::ForOf {
                kind, target, body, ..
            }
            | StmtKind::ForIn {
                kind, target, body, ..
            } => {
                let head = match kind {
                    Some(DeclKind::Let | DeclKind::Const) => target.bound_names().collect(),
                    _ => Vec::new(),
                };
                self.loop_body(head, body);
            }
            StmtKind::While { body, .. }
            | StmtKind::DoWhile { body, .. }
            | StmtKind::Labeled { body, .. } => self.stmt(body, false),
            StmtKind::Switch { cases, .. } => {
                let bodies: Vec<&[Stmt]> = cases.iter().map(|c| &c.body[..]).collect();
                self.scope(&bodies, true);
            }
            StmtKind::Try {
                block,
                handler,
                finalizer,
            } => {
                self.scope(&[block], true);
                if let Some(h) = handler {
                    // A `var` may repeat a plain catch parameter, not a pattern's names.
                    let names = match &h.param {
                        Some(p) if p.as_ident().is_none() => p.bound_names().collect(),
                        _ => Vec::new(),
                    };
                    self.scope_with(&[&h.body], names, true);
                }
                if let Some(f) = finalizer {
                    self.scope(&[f], true);
                }
            }
            _ => {}
        }
    }
}
