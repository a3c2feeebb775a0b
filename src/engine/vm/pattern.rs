//! The instructions of destructuring patterns (see `compile/pattern.rs`).

use crate::engine::bytecode::{Op, DESCRIBE_VALUE, NESTED_PATTERN, NO_KEY};
use crate::engine::props::{hole_to_undefined, is_builtin_iterable, is_iterator};
use crate::engine::realm::Realm;
use crate::engine::value::{ObjectKind, Value};
use crate::engine::JsResult;
use std::rc::Rc;

impl Realm {
    /// Executes one destructuring instruction.
    pub(super) fn pattern_op(&mut self, op: Op) -> JsResult<()> {
        match op {
            Op::Pick(n) => {
                let stack = &mut self.top().stack;
                let v = stack[stack.len() - 1 - n as usize].clone();
                stack.push(v);
            }
            Op::RequireObject { what, key } => {
                let v = self.top().stack.last().expect("pattern value").clone();
                if v.is_nullish() {
                    return Err(self.not_destructurable(&v, what, key));
                }
            }
            Op::IterOpen(message) => {
                let v = self.pop();
                let items = match &v {
                    _ if is_builtin_iterable(&v) => self.live_iterable(v)?,
                    // Fails with V8's wording that names the value by type.
                    _ if message == DESCRIBE_VALUE => {
                        let chars = self.iterate_builtin(&v)?;
                        self.new_array(chars)
                    }
                    _ => {
                        let text = self.string_const(message);
                        return Err(self.type_error(text.to_string()));
                    }
                };
                self.push(items);
                self.push(Value::Number(0.0));
            }
            Op::IterStep(n) => {
                let stack = &self.top().stack;
                let at = stack.len() - 1 - n as usize;
                let Value::Number(i) = stack[at] else {
                    unreachable!("IterStep: index below")
                };
                let src = stack[at - 1].clone();
                let item = self.step_iterable(&src, i);
                let stack = &mut self.top().stack;
                stack[at] = Value::Number(i + 1.0);
                stack.push(item.unwrap_or(Value::Undefined));
            }
            Op::IterRest(n) => {
                let stack = &mut self.top().stack;
                let at = stack.len() - 1 - n as usize;
                let Value::Number(i) = stack[at] else {
                    unreachable!("IterRest: index below")
                };
                let src = stack[at - 1].clone();
                let rest: Vec<Value> = match &src {
                    // An iterator gives the rest by running to its end.
                    Value::Object(o) if is_iterator(o) => self.iterate(&src)?,
                    Value::Object(o) => match &o.borrow().kind {
                        ObjectKind::Array(items) => items
                            .iter()
                            .skip(i as usize)
                            .map(hole_to_undefined)
                            .collect(),
                        _ => Vec::new(),
                    },
                    _ => Vec::new(),
                };
                let stack = &mut self.top().stack;
                stack[at] = Value::Number(i + rest.len() as f64);
                let rest = self.new_array(rest);
                self.push(rest);
            }
            Op::ObjectRest(n) => {
                let stack = &mut self.top().stack;
                let keys = stack.split_off(stack.len() - n as usize);
                let src = stack.last().expect("pattern value").clone();
                let keys: Vec<Rc<str>> = keys.iter().map(|k| self.property_key(k)).collect();
                let rest = Value::Object(self.alloc(ObjectKind::Ordinary)?);
                self.object_spread_except(&rest, &src, &keys)?;
                self.push(rest);
            }
            _ => unreachable!("pattern_op: not a pattern instruction"),
        }
        Ok(())
    }

    /// V8's TypeError for an object pattern applied to `undefined` or `null`.
    fn not_destructurable(&mut self, v: &Value, what: u32, key: u32) -> crate::engine::Exc {
        let is = if matches!(v, Value::Null) {
            "null"
        } else {
            "undefined"
        };
        if what == NESTED_PATTERN {
            return self.type_error(format!("Cannot read properties of {is}"));
        }
        let subject: Rc<str> = if what == DESCRIBE_VALUE {
            Rc::from(if is == "null" {
                "object null"
            } else {
                "undefined"
            })
        } else {
            self.string_const(what)
        };
        let message = if key == NO_KEY {
            format!("Cannot destructure '{subject}' as it is {is}.")
        } else {
            let key = self.string_const(key);
            format!("Cannot destructure property '{key}' of '{subject}' as it is {is}.")
        };
        self.type_error(message)
    }
}
