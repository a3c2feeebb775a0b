//! `Number.prototype.toFixed`, `toExponential`, `toPrecision` and
//! `toLocaleString`.
//!
//! The first three round the exact binary value of the number, not its
//! shortest decimal form, and break exact ties upward (the spec picks the
//! larger candidate): `(1.45).toFixed(1)` is `1.4` because 1.45 is stored as
//! 1.4499…, while `(1.25).toExponential(1)` is `1.3e+0` because 1.25 is exact.
//! `toLocaleString` goes through ICU, which rounds the shortest decimal form.

use super::value::number_to_string;

/// The significant digits of a finite, non-zero `|x|`, exactly (a double
/// has at most 767 of them), and the decimal exponent of the first one:
/// `123.5` is `(b"1235", 2)`.
fn exact_digits(x: f64) -> (Vec<u8>, i32) {
    let s = format!("{:.1100e}", x.abs());
    let (mantissa, exponent) = s.split_once('e').unwrap_or((&s, "0"));
    let mut digits: Vec<u8> = mantissa.bytes().filter(u8::is_ascii_digit).collect();
    while digits.len() > 1 && digits.last() == Some(&b'0') {
        digits.pop();
    }
    (digits, exponent.parse().unwrap_or(0))
}

/// The first `n` of `digits` (padded with zeros), rounded half up on the
/// rest. A carry out of the first digit makes the result one digit longer
/// (`999` to two digits is `100`).
fn round_half_up(digits: &[u8], n: usize) -> Vec<u8> {
    let mut kept: Vec<u8> = digits.iter().copied().take(n).collect();
    kept.resize(n, b'0');
    if digits.get(n).is_none_or(|d| *d < b'5') {
        return kept;
    }
    for d in kept.iter_mut().rev() {
        if *d == b'9' {
            *d = b'0';
        } else {
            *d += 1;
            return kept;
        }
    }
    kept.insert(0, b'1');
    kept
}

/// `n` significant digits of `|x|` and the exponent of the first, after
/// rounding (zero has the exponent 0).
fn significant(x: f64, n: usize) -> (Vec<u8>, i32) {
    if x == 0.0 {
        return (vec![b'0'; n], 0);
    }
    let (digits, exponent) = exact_digits(x);
    let mut kept = round_half_up(&digits, n);
    if kept.len() > n {
        // `9.99` to two digits is `10`: the trailing zero goes, the point moves.
        kept.pop();
        return (kept, exponent + 1);
    }
    (kept, exponent)
}

fn sign(x: f64) -> &'static str {
    if x < 0.0 {
        "-"
    } else {
        ""
    }
}

fn text(digits: &[u8]) -> &str {
    std::str::from_utf8(digits).unwrap_or("")
}

/// The shortest digits that read back as `|x|` (non-zero), as `String(x)`
/// prints them, and the exponent of the first: `0.00125` is `(b"125", -3)`.
fn shortest_digits(x: f64) -> (Vec<u8>, i32) {
    let s = number_to_string(x.abs());
    let (mantissa, exponent) = s.split_once('e').unwrap_or((&s, "0"));
    let int_len = mantissa.split('.').next().map_or(0, str::len) as i32;
    let mut digits: Vec<u8> = mantissa.bytes().filter(u8::is_ascii_digit).collect();
    let leading_zeros = digits.iter().take_while(|d| **d == b'0').count();
    digits.drain(..leading_zeros);
    while digits.len() > 1 && digits.last() == Some(&b'0') {
        digits.pop();
    }
    let exponent = exponent.parse::<i32>().unwrap_or(0) + int_len - 1 - leading_zeros as i32;
    (digits, exponent)
}

/// `d.ddde+x`: one digit before the point, the rest after it.
fn scientific(x: f64, digits: &[u8], exponent: i32) -> String {
    let (first, rest) = digits.split_at(1);
    let point = if rest.is_empty() { "" } else { "." };
    let exp_sign = if exponent < 0 { '-' } else { '+' };
    format!(
        "{}{}{point}{}e{exp_sign}{}",
        sign(x),
        text(first),
        text(rest),
        exponent.unsigned_abs()
    )
}

/// `x.toFixed(digits)`, `digits` in 0..=100. Negative numbers keep their
/// sign even when they round to zero.
pub fn to_fixed(x: f64, digits: usize) -> String {
    if !x.is_finite() || x.abs() >= 1e21 {
        return number_to_string(x);
    }
    // Every f64 has an exact decimal expansion with at most 1074 fraction digits.
    let exact = format!("{:.1074}", x.abs());
    let (int_part, frac) = exact.split_once('.').unwrap_or((&exact, ""));
    let (int_part, frac) = round_to_decimals(int_part.as_bytes(), frac.as_bytes(), digits);
    let point = if digits > 0 { "." } else { "" };
    format!("{}{}{point}{}", sign(x), text(&int_part), text(&frac))
}

/// `int_part.frac` rounded half up to `decimals` digits after the point:
/// the digits before it (one more after a carry) and the `decimals` after.
fn round_to_decimals(int_part: &[u8], frac: &[u8], decimals: usize) -> (Vec<u8>, Vec<u8>) {
    let all: Vec<u8> = int_part.iter().chain(frac).copied().collect();
    let mut kept = round_half_up(&all, int_part.len() + decimals);
    let frac = kept.split_off(kept.len() - decimals);
    (kept, frac)
}

/// `x.toLocaleString()` in Node's default locale (`en-US`): the digits
/// `String(x)` shows, rounded half away from zero to at most three decimals
/// (ICU rounds the shortest decimal, not the binary value: `1.0005` gives
/// `1.001`), trailing zeros dropped, the integer part grouped by thousands.
pub fn to_locale_string(x: f64) -> String {
    if x.is_nan() {
        return "NaN".to_string();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x.is_infinite() {
        return format!("{sign}∞");
    }
    let (int_part, frac) = if x == 0.0 {
        (b"0".to_vec(), Vec::new())
    } else {
        let (digits, exponent) = shortest_digits(x);
        positional(&digits, exponent)
    };
    let (int_part, frac) = round_to_decimals(&int_part, &frac, frac.len().min(3));
    let frac = text(&frac).trim_end_matches('0');
    let mut out = String::from(sign);
    for (i, d) in int_part.iter().enumerate() {
        if i > 0 && (int_part.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(char::from(*d));
    }
    if !frac.is_empty() {
        out.push('.');
        out.push_str(frac);
    }
    out
}

/// Significant digits and the exponent of the first written out as the
/// digits before the point (at least a `0`) and the digits after it.
fn positional(digits: &[u8], exponent: i32) -> (Vec<u8>, Vec<u8>) {
    match usize::try_from(exponent) {
        Ok(e) => {
            let mut int_part: Vec<u8> = digits.iter().copied().take(e + 1).collect();
            int_part.resize(e + 1, b'0');
            (int_part, digits.get(e + 1..).unwrap_or_default().to_vec())
        }
        Err(_) => {
            let mut frac = vec![b'0'; exponent.unsigned_abs() as usize - 1];
            frac.extend_from_slice(digits);
            (b"0".to_vec(), frac)
        }
    }
}

/// `x.toExponential(fraction_digits)`, `None` for as many digits as it
/// takes to tell `x` apart from its neighbours.
pub fn to_exponential(x: f64, fraction_digits: Option<usize>) -> String {
    if !x.is_finite() {
        return number_to_string(x);
    }
    let (digits, exponent) = match fraction_digits {
        Some(f) => significant(x, f + 1),
        None if x == 0.0 => (vec![b'0'], 0),
        None => shortest_digits(x),
    };
    scientific(x, &digits, exponent)
}

/// `x.toPrecision(precision)`, `precision` in 1..=100: fixed notation
/// unless the exponent is below -6 or not below `precision`.
pub fn to_precision(x: f64, precision: usize) -> String {
    if !x.is_finite() {
        return number_to_string(x);
    }
    let (digits, exponent) = significant(x, precision);
    let p = precision as i32;
    if exponent < -6 || exponent >= p {
        return scientific(x, &digits, exponent);
    }
    let (int_part, frac) = positional(&digits, exponent);
    let point = if frac.is_empty() { "" } else { "." };
    format!("{}{}{point}{}", sign(x), text(&int_part), text(&frac))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounds_the_exact_value_half_up() {
        assert_eq!(to_fixed(1.45, 1), "1.4");
        assert_eq!(to_fixed(2.5, 0), "3");
        assert_eq!(to_fixed(0.5, 0), "1");
        assert_eq!(to_fixed(0.05, 1), "0.1");
        assert_eq!(to_fixed(9.995, 2), "9.99");
        assert_eq!(to_fixed(99.996, 2), "100.00");
        assert_eq!(to_fixed(-0.0000001, 2), "-0.00");
        assert_eq!(to_fixed(-0.0, 2), "0.00");
        assert_eq!(to_fixed(0.0, 0), "0");
        assert_eq!(to_fixed(123.456, 0), "123");
        assert_eq!(to_fixed(0.000001, 7), "0.0000010");
        assert_eq!(to_exponential(1.25, Some(1)), "1.3e+0");
        assert_eq!(to_exponential(99.99, Some(2)), "1.00e+2");
        assert_eq!(to_exponential(123.456, None), "1.23456e+2");
        assert_eq!(to_exponential(-0.0, None), "0e+0");
        assert_eq!(to_exponential(5e-324, Some(2)), "4.94e-324");
    }

    #[test]
    fn precision_switches_notation_where_the_spec_does() {
        assert_eq!(to_precision(123.456, 1), "1e+2");
        assert_eq!(to_precision(123.456, 3), "123");
        assert_eq!(to_precision(123.456, 7), "123.4560");
        assert_eq!(to_precision(0.00001234, 3), "0.0000123");
        assert_eq!(to_precision(1e-7, 3), "1.00e-7");
        assert_eq!(to_precision(999.99, 4), "1000");
        assert_eq!(to_precision(123456.0, 2), "1.2e+5");
        assert_eq!(to_precision(-0.000001, 1), "-0.000001");
        assert_eq!(to_precision(0.0, 3), "0.00");
    }

    #[test]
    fn locale_strings_group_thousands_and_keep_three_decimals() {
        assert_eq!(to_locale_string(1234567.891), "1,234,567.891");
        assert_eq!(to_locale_string(-1234.5678), "-1,234.568");
        assert_eq!(to_locale_string(1.0005), "1.001");
        assert_eq!(to_locale_string(999.9995), "1,000");
        assert_eq!(to_locale_string(0.00049), "0");
        assert_eq!(to_locale_string(-0.0004), "-0");
        assert_eq!(to_locale_string(1e21), "1,000,000,000,000,000,000,000");
        assert_eq!(to_locale_string(f64::NEG_INFINITY), "-∞");
    }
}
