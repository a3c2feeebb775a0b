//! Operators and the conversions that can run user code (`toString`/`valueOf`
//! methods on objects): `+`, comparisons, `==`, `instanceof`.

use super::builtins::Native;
use super::realm::{Realm, MAX_STRING_LEN};
use super::value::{Callable, ErrorType, Obj, ObjectKind, Value};
use super::vm::with_stack;
use super::JsResult;
use std::rc::Rc;

/// Deepest nesting of arrays `join` and `toString` convert before a `RangeError`.
const MAX_JOIN_DEPTH: usize = 3200;

/// ToInt32: the number modulo 2^32, as a signed 32-bit integer (NaN and
/// infinities are 0).
pub fn to_int32(x: f64) -> i32 {
    if !x.is_finite() {
        return 0;
    }
    x.trunc().rem_euclid(4_294_967_296.0) as u32 as i32
}

/// `&`, `|`, `^`, `<<`, `>>`, `>>>` of two numbers: the operands go through
/// ToInt32 (the left one of `>>>` is then read unsigned), and shift counts
/// use their low five bits. The caller passes only those six operators.
pub fn bitwise(op: crate::syntax::ast::BinaryOp, x: f64, y: f64) -> f64 {
    use crate::syntax::ast::BinaryOp::*;
    let (x, y) = (to_int32(x), to_int32(y));
    let shift = y as u32 & 31;
    match op {
        BitAnd => f64::from(x & y),
        BitOr => f64::from(x | y),
        BitXor => f64::from(x ^ y),
        Shl => f64::from(x.wrapping_shl(shift)),
        UShr => f64::from(x as u32 >> shift),
        _ => f64::from(x >> shift),
    }
}

/// JS `%` (truncated remainder; Rust's `%` on floats is the same `fmod`).
pub fn js_rem(a: f64, b: f64) -> f64 {
    a % b
}

/// JS `**` and `Math.pow`, with V8's own rounding (see `math_pow`).
pub fn js_pow(a: f64, b: f64) -> f64 {
    super::math_pow::pow(a, b)
}

impl Realm {
    /// `ToPrimitive` (OrdinaryToPrimitive): `valueOf` then `toString` for the
    /// number/default hint, the reverse for the string hint. Own methods are
    /// called; the inherited ones are the built-ins: `Object.prototype.valueOf`
    /// gives the object back (so it is skipped), the built-in `toString` gives
    /// the object's string form (arrays join with their elements' `ToString`).
    pub fn coerce_primitive(&mut self, v: &Value, prefer_number: bool) -> JsResult<Value> {
        let Value::Object(o) = v else {
            return Ok(v.clone());
        };
        if matches!(
            o.borrow().kind,
            ObjectKind::Timeout(_) | ObjectKind::Immediate(_)
        ) {
            return Err(self.unsupported_timer_value());
        }
        let order = if prefer_number {
            ["valueOf", "toString"]
        } else {
            ["toString", "valueOf"]
        };
        for name in order {
            let own = o.borrow().props.get(name).cloned();
            let Some(prop) = own else {
                if name == "toString" {
                    return Ok(Value::String(self.builtin_to_string(v)?));
                }
                continue;
            };
            let method = match prop.getter {
                Some(g) => self.call(&Value::Object(g), v.clone(), Vec::new())?,
                None => prop.value,
            };
            if method.is_callable() {
                let r = self.call(&method, v.clone(), Vec::new())?;
                if !matches!(r, Value::Object(_)) {
                    return Ok(r);
                }
            }
        }
        Err(self.type_error("Cannot convert object to primitive value".to_string()))
    }

    /// The built-in `toString` of an object: for arrays `join(',')`.
    fn builtin_to_string(&mut self, v: &Value) -> JsResult<Rc<str>> {
        let Value::Object(o) = v else {
            return Ok(v.to_js_string());
        };
        let items = match &o.borrow().kind {
            ObjectKind::Array(items) => items.to_vec(),
            ObjectKind::Error(_) => return super::stdlib::error_to_string(self, v),
            ObjectKind::Function(f) => match &f.call {
                Callable::Native(Native::Host(h)) if h.written_in_javascript() => {
                    let message = format!(
                        "the source text of `{}` (written in JavaScript inside Node) is not modelled",
                        f.name
                    );
                    return Err(self.unsupported(message));
                }
                _ => return Ok(v.to_js_string()),
            },
            _ => return Ok(v.to_js_string()),
        };
        self.join_array(o, &items, ",")
    }

    /// `Array.prototype.join`: each element through `ToString` (`null`,
    /// `undefined` and holes as `''`); an array already being joined further
    /// up (a cycle) joins as `''`, as in V8.
    pub fn join_array(&mut self, o: &Obj, items: &[Value], sep: &str) -> JsResult<Rc<str>> {
        if self.joining.contains(&o.addr()) {
            return Ok(Rc::from(""));
        }
        // V8 runs out of stack about 3,200 arrays deep.
        if self.joining.len() >= MAX_JOIN_DEPTH {
            return Err(self.range_error("Maximum call stack size exceeded"));
        }
        self.joining.push(o.addr());
        let mut out = String::new();
        let mut result = Ok(());
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(sep);
            }
            if item.is_nullish() || matches!(item, Value::Hole) {
                continue;
            }
            match with_stack(|| self.coerce_string(item)) {
                Ok(s) => out.push_str(&s),
                Err(e) => {
                    result = Err(e);
                    break;
                }
            }
            if out.len() > MAX_STRING_LEN {
                result = Err(self.string_too_long(None));
                break;
            }
        }
        self.joining.pop();
        result?;
        self.charge_copy(out.len())?;
        Ok(Rc::from(out))
    }

    /// `ToNumber`.
    pub fn coerce_number(&mut self, v: &Value) -> JsResult<f64> {
        match v {
            Value::Object(_) => Ok(self.coerce_primitive(v, true)?.to_number()),
            _ => Ok(v.to_number()),
        }
    }

    /// `ToString`.
    pub fn coerce_string(&mut self, v: &Value) -> JsResult<Rc<str>> {
        match v {
            Value::Object(_) => Ok(self.coerce_primitive(v, false)?.to_js_string()),
            _ => Ok(v.to_js_string()),
        }
    }

    /// `a + b`.
    pub fn add(&mut self, a: &Value, b: &Value) -> JsResult<Value> {
        if let (Value::Number(x), Value::Number(y)) = (a, b) {
            return Ok(Value::Number(x + y));
        }
        // ToPrimitive with the default hint, which ordinary objects treat as number.
        let pa = self.coerce_primitive(a, true)?;
        let pb = self.coerce_primitive(b, true)?;
        if matches!(pa, Value::String(_)) || matches!(pb, Value::String(_)) {
            let (sa, sb) = (pa.to_js_string(), pb.to_js_string());
            if sa.len() + sb.len() > MAX_STRING_LEN {
                let units = sa.encode_utf16().count() + sb.encode_utf16().count();
                return Err(self.string_too_long(Some(units as f64)));
            }
            self.charge_copy(sa.len() + sb.len())?;
            let mut s = String::with_capacity(sa.len() + sb.len());
            s.push_str(&sa);
            s.push_str(&sb);
            return Ok(Value::String(Rc::from(s)));
        }
        Ok(Value::Number(pa.to_number() + pb.to_number()))
    }

    /// `a == b` (IsLooselyEqual).
    pub fn loose_equals(&mut self, a: &Value, b: &Value) -> JsResult<bool> {
        Ok(match (a, b) {
            (x, y) if x.is_nullish() || y.is_nullish() => x.is_nullish() && y.is_nullish(),
            (Value::Object(x), Value::Object(y)) => x.ptr_eq(y),
            (Value::Object(_), _) => {
                let p = self.coerce_primitive(a, true)?;
                return self.loose_equals(&p, b);
            }
            (_, Value::Object(_)) => {
                let p = self.coerce_primitive(b, true)?;
                return self.loose_equals(a, &p);
            }
            (Value::String(x), Value::String(y)) => x == y,
            (Value::Bool(x), Value::Bool(y)) => x == y,
            _ => a.to_number() == b.to_number(),
        })
    }

    /// `a < b`: `None` when either side is NaN (every comparison is then false).
    pub fn less_than(&mut self, a: &Value, b: &Value) -> JsResult<Option<bool>> {
        let pa = self.coerce_primitive(a, true)?;
        let pb = self.coerce_primitive(b, true)?;
        if let (Value::String(x), Value::String(y)) = (&pa, &pb) {
            // JS compares UTF-16 code units.
            return Ok(Some(x.encode_utf16().lt(y.encode_utf16())));
        }
        let (x, y) = (pa.to_number(), pb.to_number());
        if x.is_nan() || y.is_nan() {
            return Ok(None);
        }
        Ok(Some(x < y))
    }

    /// `v instanceof F` for the built-in constructors.
    pub fn instance_of(&mut self, v: &Value, ctor: &Value) -> JsResult<bool> {
        // V8 checks for an object first, then for a callable one.
        if !matches!(ctor, Value::Object(_)) {
            return Err(
                self.type_error("Right-hand side of 'instanceof' is not an object".to_string())
            );
        }
        if !ctor.is_callable() {
            return Err(
                self.type_error("Right-hand side of 'instanceof' is not callable".to_string())
            );
        }
        let Value::Object(o) = v else {
            return Ok(false);
        };
        let same = |x: &Option<Value>| x.as_ref().is_some_and(|x| x.strict_equals(ctor));
        let d = o.borrow();
        Ok(match &d.kind {
            _ if same(&self.intrinsics.object) => true,
            ObjectKind::Promise(_) => same(&self.intrinsics.promise),
            ObjectKind::Array(_) => same(&self.intrinsics.array),
            ObjectKind::Function(_) => same(&self.intrinsics.function),
            ObjectKind::Emitter(_) => same(&self.intrinsics.event_emitter),
            ObjectKind::Map(_)
            | ObjectKind::Set(_)
            | ObjectKind::WeakMap(_)
            | ObjectKind::WeakSet(_) => {
                let coll = super::collections::Coll::of(o);
                coll.is_some_and(|c| self.collection_ctor(c).strict_equals(ctor))
            }
            ObjectKind::Error(ty) => {
                // None before the constructors are built (on first use): then
                // `ctor` cannot be one of them.
                let is = |t: ErrorType| {
                    let e = self.intrinsics.errors.get(t.index());
                    e.is_some_and(|e| e.strict_equals(ctor))
                };
                is(ErrorType::Error) || is(*ty)
            }
            _ => {
                let is_user_fn = matches!(
                    ctor.as_object().map(|c| matches!(&c.borrow().kind, ObjectKind::Function(f) if matches!(f.call, Callable::Closure(_)))),
                    Some(true)
                );
                if is_user_fn {
                    drop(d);
                    return Err(self.unsupported(
                        "`instanceof` a user-defined function is not supported".into(),
                    ));
                }
                false
            }
        })
    }
}
