//! Destructuring: array and object patterns in declarations, parameters,
//! `catch`, `for…of` heads and assignments.
//!
//! The value being destructured stays on the operand stack while its parts
//! are bound (an array pattern keeps `[array, index]` there). A target that
//! is a property (`[o.x] = pair`) evaluates its object and key before the
//! value is read, as the specification orders it, so the value is then
//! fetched from below them (`Pick`, `IterStep(n)`).
//!
//! V8 names the destructured value in its TypeErrors by the source
//! expression it came from, in a style of its own; [`Origin`] carries what
//! is needed to word those messages exactly.

use super::call_printer::v8_expression_text;
use super::{Compiler, FnState, Result};
use crate::engine::bytecode::{Op, DESCRIBE_VALUE, NESTED_PATTERN, NO_KEY};
use crate::syntax::ast::*;
use rustc_hash::FxHashSet;
use std::rc::Rc;

/// How the names of a pattern receive their values.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Mode {
    /// Declarations, parameters, `catch`, `for…of`: initialise the binding.
    Init,
    /// `[a, b] = …`: assign as `a = …` would (`const` and TDZ checks, globals).
    Assign,
}

/// Where the destructured value comes from.
#[derive(Clone, Copy)]
pub(super) enum Origin<'e> {
    /// A declaration's initialiser.
    Source(&'e Expr),
    /// An assignment's right-hand side.
    Assign(&'e Expr),
    /// A parameter (with a default value or not).
    Param { has_default: bool },
    /// A `catch` parameter.
    Catch,
    /// A `for…of` head.
    ForOf,
    /// An element or property of an enclosing pattern.
    Nested,
}

/// The names of the parameters' slots in the function scope: a parameter's
/// own name, or a name no JavaScript identifier can clash with for a pattern
/// and for a name a later parameter repeats (`function f(a, a)`, allowed in
/// sloppy code: the last one is the binding).
pub(super) fn param_slot_names(params: &[Param]) -> Vec<Rc<str>> {
    // Most lists are short: each name is looked for among the later ones
    // instead of hashing them all (which costs a table per function).
    const SCAN_LIMIT: usize = 8;
    if params.len() <= SCAN_LIMIT {
        let repeated_later = |n: usize, name: &str| {
            params[n + 1..]
                .iter()
                .any(|q| q.target.as_ident().is_some_and(|id| &*id.name == name))
        };
        return params
            .iter()
            .enumerate()
            .map(|(n, p)| match p.target.as_ident() {
                Some(id) if !repeated_later(n, &id.name) => id.name.clone(),
                _ => Rc::from(format!("(parameter {n})")),
            })
            .collect();
    }
    let mut later: FxHashSet<&str> = FxHashSet::default();
    let mut names: Vec<Rc<str>> = params
        .iter()
        .enumerate()
        .rev()
        .map(|(n, p)| match p.target.as_ident() {
            Some(id) if later.insert(&id.name) => id.name.clone(),
            _ => Rc::from(format!("(parameter {n})")),
        })
        .collect();
    names.reverse();
    names
}

/// Whether a pattern's default values create any function.
pub(super) fn pattern_captures(p: &Pattern) -> bool {
    let elem = |e: &PatternElem| {
        e.default.as_ref().is_some_and(super::expr_captures) || pattern_captures(&e.target)
    };
    match p {
        Pattern::Ident(_) => false,
        Pattern::Expr(e) => super::expr_captures(e),
        Pattern::Array(a) => {
            a.elements.iter().flatten().any(elem) || a.rest.as_deref().is_some_and(pattern_captures)
        }
        Pattern::Object(o) => {
            o.props.iter().any(|p| {
                matches!(&p.key, PropKey::Computed(k) if super::expr_captures(k)) || elem(&p.elem)
            }) || o.rest.as_deref().is_some_and(pattern_captures)
        }
    }
}

impl Compiler {
    /// Binds the value on top of the stack (consuming it) to `pattern`.
    pub(super) fn destructure(
        &mut self,
        st: &mut FnState,
        pattern: &Pattern,
        mode: Mode,
        origin: Origin,
    ) -> Result<()> {
        match pattern {
            Pattern::Array(a) => self.array_pattern(st, a, mode, origin),
            Pattern::Object(o) => self.object_pattern(st, o, mode, origin),
            Pattern::Ident(_) | Pattern::Expr(_) => self.store_value_first(st, pattern, mode),
        }
    }

    /// `[a, , b = 1, ...rest]`: `[value] → []`.
    fn array_pattern(
        &mut self,
        st: &mut FnState,
        a: &ArrayPattern,
        mode: Mode,
        origin: Origin,
    ) -> Result<()> {
        let message = self.not_iterable_message(st, origin);
        self.emit(st, Op::IterOpen(message), a.span);
        for elem in &a.elements {
            let Some(elem) = elem else {
                self.emit(st, Op::IterStep(0), a.span);
                self.emit(st, Op::Pop, a.span);
                continue;
            };
            let refs = self.push_refs(st, &elem.target)?;
            self.emit(st, Op::IterStep(refs), elem.target.span());
            self.default_value(st, elem)?;
            self.store_to(st, &elem.target, mode, refs)?;
        }
        if let Some(rest) = &a.rest {
            let refs = self.push_refs(st, rest)?;
            self.emit(st, Op::IterRest(refs), rest.span());
            self.store_to(st, rest, mode, refs)?;
        }
        self.emit(st, Op::Pop, a.span);
        self.emit(st, Op::Pop, a.span);
        Ok(())
    }

    /// `{ a, b: c = 1, [k]: d, ...rest }`: `[value] → []`.
    ///
    /// Without a rest element, a named key is read with `GetProp` and a
    /// computed one is kept on the stack only until it is read. With a rest
    /// element every key stays on the stack, for `ObjectRest` to leave out.
    fn object_pattern(
        &mut self,
        st: &mut FnState,
        o: &ObjectPattern,
        mode: Mode,
        origin: Origin,
    ) -> Result<()> {
        self.require_object(st, o, origin);
        let keep_keys = o.rest.is_some();
        // Values on the stack above the destructured one.
        let mut above: u16 = 0;
        for prop in &o.props {
            let span = prop.elem.target.span();
            let key_at = match &prop.key {
                PropKey::Name(k) if keep_keys => {
                    let id = self.string(st, k);
                    self.emit(st, Op::Str(id), span);
                    above += 1;
                    Some(above)
                }
                PropKey::Name(_) => None,
                PropKey::Computed(k) => {
                    self.expr(st, k)?;
                    above += 1;
                    Some(above)
                }
            };
            let refs = self.push_refs(st, &prop.elem.target)?;
            above += refs;
            self.emit(st, Op::Pick(above), span);
            match (&prop.key, key_at) {
                (PropKey::Name(k), None) => {
                    let id = self.string(st, k);
                    self.emit(st, Op::GetProp(id), span);
                }
                (_, Some(at)) => {
                    self.emit(st, Op::Pick(above + 1 - at), span);
                    self.emit(st, Op::GetIndex, span);
                }
                (PropKey::Computed(_), None) => unreachable!("a computed key is on the stack"),
            }
            self.default_value(st, &prop.elem)?;
            self.store_to(st, &prop.elem.target, mode, refs)?;
            above -= refs;
            if key_at.is_some() && !keep_keys {
                self.emit(st, Op::Pop, span);
                above -= 1;
            }
        }
        if let Some(rest) = &o.rest {
            self.emit(st, Op::ObjectRest(above), rest.span());
            self.store_value_first(st, rest, mode)?;
        }
        self.emit(st, Op::Pop, o.span);
        Ok(())
    }

    /// The check that the value of an object pattern is not `undefined` or
    /// `null`, with the error V8 gives at this kind of place.
    fn require_object(&mut self, st: &mut FnState, o: &ObjectPattern, origin: Origin) {
        let first_name = match o.props.first().map(|p| &p.key) {
            Some(PropKey::Name(k)) => Some(k.clone()),
            _ => None,
        };
        let what = match origin {
            // A named first property is read at once and fails as a plain read does.
            Origin::Nested if first_name.is_some() => return,
            Origin::Nested => NESTED_PATTERN,
            Origin::Source(e) | Origin::Assign(e) => {
                let text = v8_expression_text(e);
                self.string(st, &Rc::from(text))
            }
            Origin::Param { has_default: true } => {
                // V8 desugars the default into a conditional expression.
                let text = "(intermediate value)".repeat(3);
                self.string(st, &Rc::from(text))
            }
            Origin::Param { has_default: false } => DESCRIBE_VALUE,
            Origin::Catch => self.string(st, &Rc::from(".catch")),
            Origin::ForOf => self.string(st, &Rc::from(".for")),
        };
        let key = first_name.map_or(NO_KEY, |k| self.string(st, &k));
        self.emit(st, Op::RequireObject { what, key }, o.span);
    }

    /// The TypeError message for an array pattern whose value is not iterable.
    fn not_iterable_message(&mut self, st: &mut FnState, origin: Origin) -> u32 {
        let text = match origin {
            Origin::Source(e) => match declaration_iterable_text(e) {
                Some(text) => text,
                None => return DESCRIBE_VALUE,
            },
            Origin::ForOf => ".for is not iterable".to_string(),
            _ => return DESCRIBE_VALUE,
        };
        self.string(st, &Rc::from(text))
    }

    /// `[value] → [value']`: replaces `undefined` by the default, evaluated
    /// only then.
    fn default_value(&mut self, st: &mut FnState, elem: &PatternElem) -> Result<()> {
        let Some(default) = &elem.default else {
            return Ok(());
        };
        let span = elem.target.span();
        let skip = self.emit_jump(st, Op::JumpIfNotUndefined(0), span);
        self.emit(st, Op::Pop, span);
        match &elem.target {
            // `{ f = () => {} }` names the function `f`.
            Pattern::Ident(id) => self.expr_named(st, default, &id.name)?,
            _ => self.expr(st, default)?,
        }
        self.patch(st, skip);
        Ok(())
    }

    /// Evaluates what a property target needs before its value is read (the
    /// object, and the key of an index): returns how many values it pushed.
    fn push_refs(&mut self, st: &mut FnState, target: &Pattern) -> Result<u16> {
        let Pattern::Expr(e) = target else {
            return Ok(0);
        };
        match &e.kind {
            ExprKind::Member { object, .. } => {
                self.expr(st, object)?;
                Ok(1)
            }
            ExprKind::Index { object, index, .. } => {
                self.expr(st, object)?;
                self.expr(st, index)?;
                Ok(2)
            }
            // The call is made; storing into it throws (see `store_to`).
            ExprKind::Call { .. } => {
                self.expr(st, e)?;
                Ok(1)
            }
            _ => Err(crate::diagnostic::Diagnostic::new(
                "invalid destructuring target",
                e.span,
            )),
        }
    }

    /// `[refs…, value] → []`: stores the value into the target whose `refs`
    /// values [`Compiler::push_refs`] pushed.
    fn store_to(
        &mut self,
        st: &mut FnState,
        target: &Pattern,
        mode: Mode,
        refs: u16,
    ) -> Result<()> {
        match target {
            Pattern::Ident(id) => match mode {
                Mode::Init => self.init_binding(st, id),
                Mode::Assign => self.store(st, &id.name, id.span),
            },
            Pattern::Expr(e) => {
                debug_assert!(refs > 0, "a property target pushed its object");
                match &e.kind {
                    ExprKind::Member { property, .. } => {
                        let id = self.string(st, &property.name);
                        self.emit(st, Op::SetProp(id), e.span);
                    }
                    // Lowering accepts a call only as a `for…in`/`for…of`
                    // target.
                    ExprKind::Call { .. } => {
                        self.throw_invalid_target(st, "Invalid left-hand side in for-loop", e.span)
                    }
                    _ => self.emit(st, Op::SetIndex, e.span),
                }
                self.emit(st, Op::Pop, e.span);
            }
            Pattern::Array(_) | Pattern::Object(_) => {
                self.destructure(st, target, mode, Origin::Nested)?
            }
        }
        Ok(())
    }

    /// `[value] → []` for a target whose object (and key) are evaluated after
    /// the value: a rest element's target, where the value must be computed
    /// from the keys on the stack first.
    fn store_value_first(&mut self, st: &mut FnState, target: &Pattern, mode: Mode) -> Result<()> {
        let refs = self.push_refs(st, target)?;
        let span = target.span();
        match refs {
            0 => {}
            // [value, obj] → [obj, value]
            1 => self.emit(st, Op::Swap, span),
            // [value, obj, key] → [key, value, obj] → [obj, key, value]
            _ => {
                self.emit(st, Op::RotDown3, span);
                self.emit(st, Op::RotDown3, span);
            }
        }
        self.store_to(st, target, mode, refs)
    }
}

/// The message V8 gives when a declaration's array pattern gets a value that
/// is not iterable, where it names the initialiser (`x is not iterable`);
/// `None` where it names the value instead.
fn declaration_iterable_text(e: &Expr) -> Option<String> {
    match &e.kind {
        ExprKind::Call {
            callee,
            optional: false,
            ..
        }
        | ExprKind::New { callee, .. } => match &callee.kind {
            ExprKind::Ident(f) => Some(format!(
                "{f} is not a function or its return value is not iterable"
            )),
            _ => None,
        },
        ExprKind::Ident(_)
        | ExprKind::This
        | ExprKind::Null
        | ExprKind::Bool(_)
        | ExprKind::Number(_)
        | ExprKind::String(_)
        | ExprKind::Object(_)
        | ExprKind::Array(_)
        | ExprKind::Unary(..)
        | ExprKind::Await(_) => Some(format!("{} is not iterable", v8_expression_text(e))),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slot_names(params: &str) -> Vec<String> {
        let program = crate::syntax::parse(&format!("function f({params}) {{}}")).expect("parses");
        let Some(StmtKind::Function(f)) = program.body.first().map(|s| &s.kind) else {
            panic!("a function declaration");
        };
        param_slot_names(&f.params)
            .iter()
            .map(|n| n.to_string())
            .collect()
    }

    #[test]
    fn a_repeated_parameter_name_belongs_to_the_last_one_in_short_and_long_lists() {
        assert_eq!(
            slot_names("a, b, a, [c]"),
            ["(parameter 0)", "b", "a", "(parameter 3)"]
        );
        // Past the scan limit the later names are hashed instead: same answer.
        let long = "a, b, c, d, e, f, g, h, i, a, [j]";
        let mut expected: Vec<String> =
            "a b c d e f g h i a".split(' ').map(String::from).collect();
        expected[0] = "(parameter 0)".into();
        expected.push("(parameter 10)".into());
        assert_eq!(slot_names(long), expected);
    }
}
