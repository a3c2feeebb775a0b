//! `JSON.parse`, with V8's (Node 20's) `SyntaxError` messages for malformed text.
//!
//! The parser follows V8's `JsonParser`: it reads UTF-16 code units (positions
//! in messages count them), builds values with an explicit stack of open
//! arrays and objects (so nesting depth is not bounded by the native stack),
//! and reports each error with the message V8 picks at that point: some
//! checks name what was expected, the rest describe the unexpected token.

use super::realm::Realm;
use super::value::{ErrorType, ObjectKind, Value};
use super::{Exc, JsResult};
use std::rc::Rc;

/// Sources shorter than this are quoted whole in "Unexpected token" messages;
/// longer ones are quoted around the error, [`CONTEXT`] units each side.
const SHORT_SOURCE: usize = 2 * CONTEXT + 1;
/// Code units of context quoted on each side of an error in a long source.
const CONTEXT: usize = 10;

/// How parsing failed.
enum Fail {
    /// A check that names what it expected: `"{message} at position {pos}"`.
    Expected(&'static str, usize),
    /// V8's message for the token at `pos` (end of input, number, string or
    /// another character).
    Token(usize),
    /// Something jsorder cannot represent.
    Unsupported(&'static str),
    /// The run stopped while building the value (the object limit).
    Stop(Exc),
}

/// An array or object being built.
enum Open {
    Array(Vec<Value>),
    /// The object and the key whose value is being parsed.
    Object(Value, Rc<str>),
}

/// `JSON.parse(text)`: the value, or V8's `SyntaxError`.
pub fn parse(realm: &mut Realm, text: &str) -> JsResult<Value> {
    let src: Vec<u16> = text.encode_utf16().collect();
    let mut p = Parser { src: &src, pos: 0 };
    let fail = match p.document(realm) {
        Ok(v) => return Ok(v),
        Err(fail) => fail,
    };
    let message = match fail {
        Fail::Expected(message, pos) => format!("{message} at position {pos}"),
        Fail::Token(pos) => match token_message(&src, text, pos) {
            Some(message) => message,
            None => return Err(realm.unsupported(UNSHOWABLE.into())),
        },
        Fail::Unsupported(what) => return Err(realm.unsupported(what.into())),
        Fail::Stop(e) => return Err(e),
    };
    Err(realm.error(ErrorType::SyntaxError, message))
}

const UNSHOWABLE: &str = "a `JSON.parse` error message that would cut a character outside the \
                          Basic Multilingual Plane (such as an emoji) in half is not supported";

struct Parser<'a> {
    src: &'a [u16],
    pos: usize,
}

impl Parser<'_> {
    /// The whole text: one value and nothing but whitespace after it.
    fn document(&mut self, realm: &mut Realm) -> Result<Value, Fail> {
        let v = self.value(realm)?;
        self.skip_whitespace();
        if self.pos < self.src.len() {
            return Err(Fail::Expected(
                "Unexpected non-whitespace character after JSON",
                self.pos,
            ));
        }
        Ok(v)
    }

    /// One value, nested arrays and objects included (V8's `ParseJsonValue`).
    fn value(&mut self, realm: &mut Realm) -> Result<Value, Fail> {
        let mut open: Vec<Open> = Vec::new();
        loop {
            let mut value = match self.scalar_or_open(realm, &mut open)? {
                Some(v) => v,
                None => continue,
            };
            // Hand the value to the innermost open container, closing every
            // container it completes.
            loop {
                match open.last_mut() {
                    None => return Ok(value),
                    Some(Open::Array(items)) => {
                        items.push(value);
                        if self.check(b',') {
                            break;
                        }
                        self.expect(b']', "Expected ',' or ']' after array element in JSON")?;
                        let Some(Open::Array(items)) = open.pop() else {
                            unreachable!("the innermost container is an array")
                        };
                        value = realm.new_array(items);
                    }
                    Some(Open::Object(obj, key)) => {
                        realm.define(obj, key.clone(), value);
                        if self.check(b',') {
                            self.skip_whitespace();
                            if self.peek() != Some(u16::from(b'"')) {
                                return Err(Fail::Expected(
                                    "Expected double-quoted property name in JSON",
                                    self.pos,
                                ));
                            }
                            *key = self.string()?;
                            // V8 names the colon only after the first key.
                            if !self.check(b':') {
                                return Err(Fail::Token(self.pos));
                            }
                            break;
                        }
                        self.expect(b'}', "Expected ',' or '}' after property value in JSON")?;
                        let Some(Open::Object(obj, _)) = open.pop() else {
                            unreachable!("the innermost container is an object")
                        };
                        value = obj;
                    }
                }
            }
        }
    }

    /// A string, number or literal; an empty array or object; or `None` after
    /// opening a non-empty array or object (whose first member comes next).
    fn scalar_or_open(
        &mut self,
        realm: &mut Realm,
        open: &mut Vec<Open>,
    ) -> Result<Option<Value>, Fail> {
        self.skip_whitespace();
        let Some(c) = self.peek().filter(|c| *c < 0x80) else {
            return Err(Fail::Token(self.pos));
        };
        Ok(Some(match c as u8 {
            b'"' => Value::String(self.string()?),
            b'-' | b'0'..=b'9' => Value::Number(self.number()?),
            b't' => self.literal("true", Value::Bool(true))?,
            b'f' => self.literal("false", Value::Bool(false))?,
            b'n' => self.literal("null", Value::Null)?,
            b'[' => {
                self.pos += 1;
                if self.check(b']') {
                    realm.new_array(Vec::new())
                } else {
                    open.push(Open::Array(Vec::new()));
                    return Ok(None);
                }
            }
            b'{' => {
                self.pos += 1;
                let obj = Value::Object(realm.alloc(ObjectKind::Ordinary).map_err(Fail::Stop)?);
                if self.check(b'}') {
                    obj
                } else {
                    if self.peek() != Some(u16::from(b'"')) {
                        return Err(Fail::Expected(
                            "Expected property name or '}' in JSON",
                            self.pos,
                        ));
                    }
                    let key = self.string()?;
                    self.skip_whitespace();
                    if !self.check(b':') {
                        return Err(Fail::Expected(
                            "Expected ':' after property name in JSON",
                            self.pos,
                        ));
                    }
                    open.push(Open::Object(obj, key));
                    return Ok(None);
                }
            }
            _ => return Err(Fail::Token(self.pos)),
        }))
    }

    fn peek(&self) -> Option<u16> {
        self.src.get(self.pos).copied()
    }

    fn skip_whitespace(&mut self) {
        while self
            .peek()
            .is_some_and(|c| matches!(c, 0x20 | 0x09 | 0x0a | 0x0d))
        {
            self.pos += 1;
        }
    }

    /// Skips whitespace, then consumes `c` if it comes next.
    fn check(&mut self, c: u8) -> bool {
        self.skip_whitespace();
        if self.peek() == Some(u16::from(c)) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    /// [`Parser::check`], failing with `message` when `c` does not come next.
    fn expect(&mut self, c: u8, message: &'static str) -> Result<(), Fail> {
        if self.check(c) {
            Ok(())
        } else {
            Err(Fail::Expected(message, self.pos))
        }
    }

    /// `true`, `false` or `null`: the first character that differs is the
    /// unexpected token (the end of input if the text stops short).
    fn literal(&mut self, word: &str, v: Value) -> Result<Value, Fail> {
        for b in word.bytes() {
            if self.peek() != Some(u16::from(b)) {
                return Err(Fail::Token(self.pos));
            }
            self.pos += 1;
        }
        Ok(v)
    }

    /// A number, read as JS reads its decimal literal (`1e400` is `Infinity`).
    fn number(&mut self) -> Result<f64, Fail> {
        let start = self.pos;
        let digit = |c: Option<u16>| c.is_some_and(|c| (0x30..=0x39).contains(&c));
        if self.peek() == Some(u16::from(b'-')) {
            self.pos += 1;
        }
        if self.peek() == Some(u16::from(b'0')) {
            self.pos += 1;
            // A leading zero stands alone: a digit after it is unexpected.
            if digit(self.peek()) {
                return Err(Fail::Token(self.pos));
            }
        } else {
            if !digit(self.peek()) {
                return Err(Fail::Expected(
                    "No number after minus sign in JSON",
                    self.pos,
                ));
            }
            self.skip_digits();
        }
        if self.peek() == Some(u16::from(b'.')) {
            self.pos += 1;
            if !digit(self.peek()) {
                return Err(Fail::Expected(
                    "Unterminated fractional number in JSON",
                    self.pos,
                ));
            }
            self.skip_digits();
        }
        if matches!(self.peek(), Some(c) if c == u16::from(b'e') || c == u16::from(b'E')) {
            self.pos += 1;
            if matches!(self.peek(), Some(c) if c == u16::from(b'+') || c == u16::from(b'-')) {
                self.pos += 1;
            }
            if !digit(self.peek()) {
                return Err(Fail::Expected(
                    "Exponent part is missing a number in JSON",
                    self.pos,
                ));
            }
            self.skip_digits();
        }
        let text: String = self.src[start..self.pos]
            .iter()
            .map(|c| char::from(*c as u8))
            .collect();
        Ok(text.parse::<f64>().unwrap_or(f64::NAN))
    }

    fn skip_digits(&mut self) {
        while self.peek().is_some_and(|c| (0x30..=0x39).contains(&c)) {
            self.pos += 1;
        }
    }

    /// A string literal (the cursor is on its opening quote).
    fn string(&mut self) -> Result<Rc<str>, Fail> {
        self.pos += 1;
        let mut units: Vec<u16> = Vec::new();
        loop {
            let Some(c) = self.peek() else {
                return Err(Fail::Expected("Unterminated string in JSON", self.pos));
            };
            match c {
                0x22 => break,
                0x5c => {
                    self.pos += 1;
                    units.push(self.escape()?);
                }
                0..=0x1f => {
                    return Err(Fail::Expected(
                        "Bad control character in string literal in JSON",
                        self.pos,
                    ))
                }
                _ => {
                    units.push(c);
                    self.pos += 1;
                }
            }
        }
        self.pos += 1;
        match String::from_utf16(&units) {
            Ok(s) => Ok(Rc::from(s)),
            Err(_) => Err(Fail::Unsupported(
                "`JSON.parse` of a string with a lone surrogate (`\\uD800`) is not supported",
            )),
        }
    }

    /// The code unit an escape stands for (the cursor is past the backslash).
    fn escape(&mut self) -> Result<u16, Fail> {
        let Some(c) = self.peek() else {
            return Err(Fail::Token(self.pos));
        };
        let unit = match u8::try_from(c).unwrap_or(0) {
            b'"' => 0x22,
            b'\\' => 0x5c,
            b'/' => 0x2f,
            b'b' => 0x08,
            b'f' => 0x0c,
            b'n' => 0x0a,
            b'r' => 0x0d,
            b't' => 0x09,
            b'u' => {
                let mut unit: u16 = 0;
                for _ in 0..4 {
                    self.pos += 1;
                    let hex = self
                        .peek()
                        .and_then(|c| char::from_u32(u32::from(c)))
                        .and_then(|c| c.to_digit(16));
                    let Some(hex) = hex else {
                        return Err(Fail::Expected("Bad Unicode escape in JSON", self.pos));
                    };
                    unit = unit * 16 + hex as u16;
                }
                unit
            }
            _ => return Err(Fail::Expected("Bad escaped character in JSON", self.pos)),
        };
        self.pos += 1;
        Ok(unit)
    }
}

/// V8's message for an unexpected token at `pos` (`LookUpErrorMessageForJsonToken`);
/// `None` when it would quote half of a surrogate pair, which jsorder's
/// strings cannot hold.
fn token_message(src: &[u16], text: &str, pos: usize) -> Option<String> {
    let Some(&c) = src.get(pos) else {
        return Some("Unexpected end of JSON input".into());
    };
    match c {
        0x2d | 0x30..=0x39 => return Some(format!("Unexpected number in JSON at position {pos}")),
        0x22 => return Some(format!("Unexpected string in JSON at position {pos}")),
        _ => {}
    }
    // What `String(v)` gives for the values people pass by mistake.
    if matches!(text, "[object Object]" | "undefined" | "Infinity" | "NaN") {
        return Some(format!("\"{text}\" is not valid JSON"));
    }
    let token = String::from_utf16(&[c]).ok()?;
    let piece = |from: usize, to: usize| String::from_utf16(&src[from..to]).ok();
    let len = src.len();
    let quoted = if len < SHORT_SOURCE {
        format!("\"{text}\"")
    } else if pos < CONTEXT {
        format!("\"{}\"...", piece(0, pos + CONTEXT)?)
    } else if pos < len - CONTEXT {
        format!("...\"{}\"...", piece(pos - CONTEXT, pos + CONTEXT)?)
    } else {
        format!("...\"{}\"", piece(pos - CONTEXT, len)?)
    };
    Some(format!(
        "Unexpected token '{token}', {quoted} is not valid JSON"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(text: &str, pos: usize) -> Option<String> {
        let src: Vec<u16> = text.encode_utf16().collect();
        token_message(&src, text, pos)
    }

    /// Long sources are quoted around the error, short ones whole.
    #[test]
    fn unexpected_tokens_are_quoted_with_context() {
        let long = format!("[{}x]", "a,".repeat(15));
        assert_eq!(
            message(&long, 1).as_deref(),
            Some("Unexpected token 'a', \"[a,a,a,a,a,\"... is not valid JSON")
        );
        assert_eq!(
            message(&long, 12).as_deref(),
            Some("Unexpected token ',', ...\",a,a,a,a,a,a,a,a,a,a\"... is not valid JSON")
        );
        assert_eq!(
            message(&long, 31).as_deref(),
            Some("Unexpected token 'x', ...\"a,a,a,a,a,x]\" is not valid JSON")
        );
        assert_eq!(
            message("[}", 1).as_deref(),
            Some("Unexpected token '}', \"[}\" is not valid JSON")
        );
        assert_eq!(
            message("[", 1).as_deref(),
            Some("Unexpected end of JSON input")
        );
    }

    /// Half of a surrogate pair cannot be quoted.
    #[test]
    fn a_cut_emoji_is_not_quoted() {
        assert_eq!(message("😀", 0), None);
        let cut = format!("{}😀{}", "a".repeat(9), "b".repeat(30));
        assert_eq!(message(&cut, 20), None);
    }
}
