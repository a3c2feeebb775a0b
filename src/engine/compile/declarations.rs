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
/// of a catch block.
pub(super) fn check_scope<'a>(
    lists: &[&'a [Stmt]],
    outer: &[&'a Ident],
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
    let mut vars = function_vars;
    for list in lists {
        var_names(list, &mut vars);
    }
    for var in vars {
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
    let simple = params
        .iter()
        .all(|p| !p.rest && p.default.is_none() && p.target.as_ident().is_some());
    if simple && !strict && !is_arrow {
        return Ok(());
    }
    let names: Vec<&Ident> = params.iter().flat_map(|p| p.target.bound_names()).collect();
    check_bound(&names, None).map_err(|r| Redeclared {
        parameters: true,
        ..r
    })
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
        } => {
            if *kind == DeclKind::Var {
                out.extend(target.bound_names());
            }
            var_names_stmt(body, out);
        }
        StmtKind::ForIn {
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
