//! `parseInt` and `parseFloat` (also behind `console.log`'s `%i` and `%f`),
//! rounded as V8 rounds them.

use super::value::is_js_whitespace;

/// JS `parseInt(s, radix)`, `radix` already `ToInt32`-converted (0 when
/// absent: 10, or 16 after `0x`).
pub fn parse_int(s: &str, radix: i32) -> f64 {
    let (sign, t) = split_sign(s.trim_start_matches(is_js_whitespace));
    let hex = t.get(..2).is_some_and(|p| p.eq_ignore_ascii_case("0x"));
    let (radix, t) = match radix {
        0 | 16 if hex => (16, &t[2..]),
        0 => (10, t),
        r if (2..=36).contains(&r) => (r as u32, t),
        _ => return f64::NAN,
    };
    let digits = &t[..t.find(|c: char| !c.is_digit(radix)).unwrap_or(t.len())];
    if digits.is_empty() {
        return f64::NAN;
    }
    sign * digits_value(digits, radix)
}

/// The value of a run of digits: correctly rounded for radix 10 (V8 uses
/// `strtod`) and for powers of two (exact binary rounding); for the other
/// radices V8's own approximation, which sums 32-bit chunks in doubles.
fn digits_value(digits: &str, radix: u32) -> f64 {
    if radix == 10 {
        return digits.parse::<f64>().unwrap_or(f64::NAN);
    }
    if radix.is_power_of_two() {
        return binary_digits_value(digits, radix.trailing_zeros());
    }
    // V8's `InternalStringToIntDouble` for other radices: the largest chunk
    // whose multiplier stays under 2^32 / 36 is summed exactly, then folded in.
    // The chunks start after the leading zeros, which V8 skips first.
    const MAX_MULTIPLIER: u64 = 0xFFFF_FFFF / 36;
    let values: Vec<u64> = digits
        .trim_start_matches('0')
        .chars()
        .filter_map(|c| c.to_digit(radix))
        .map(u64::from)
        .collect();
    let mut result = 0f64;
    let mut i = 0;
    while i < values.len() {
        let (mut part, mut multiplier) = (0u64, 1u64);
        while i < values.len() && multiplier * u64::from(radix) <= MAX_MULTIPLIER {
            part = part * u64::from(radix) + values[i];
            multiplier *= u64::from(radix);
            i += 1;
        }
        result = result * multiplier as f64 + part as f64;
    }
    result
}

/// The value of the digits after a `0x`, `0o` or `0b` prefix in `Number()`
/// (`radix` 16, 8 or 2): `None` unless there are some and all are digits,
/// else rounded to the nearest double as V8 rounds them.
pub fn prefixed_digits_value(digits: &str, radix: u32) -> Option<f64> {
    if digits.is_empty() || !digits.chars().all(|c| c.is_digit(radix)) {
        return None;
    }
    Some(binary_digits_value(digits, radix.trailing_zeros()))
}

/// Digits of a power-of-two radix (`bits` bits each), rounded to the
/// nearest double, ties to even.
fn binary_digits_value(digits: &str, bits: u32) -> f64 {
    let mut all = Vec::new();
    for d in digits.chars().filter_map(|c| c.to_digit(1 << bits)) {
        all.extend((0..bits).rev().map(|b| (d >> b) & 1 == 1));
    }
    let first_one = all.iter().position(|&b| b).unwrap_or(all.len());
    let bits = &all[first_one..];
    if bits.len() <= 53 {
        return bits
            .iter()
            .fold(0.0, |acc, &b| acc * 2.0 + f64::from(u8::from(b)));
    }
    let mut mantissa = bits[..53]
        .iter()
        .fold(0u64, |acc, &b| acc * 2 + u64::from(b));
    let round = bits[53];
    let sticky = bits[54..].iter().any(|&b| b);
    if round && (sticky || mantissa & 1 == 1) {
        mantissa += 1;
    }
    let exponent = (bits.len() - 53) as i32;
    mantissa as f64 * 2f64.powi(exponent)
}

/// JS `parseFloat(s)`: the longest decimal-literal prefix, or `Infinity`.
pub fn parse_float(s: &str) -> f64 {
    let (sign, t) = split_sign(s.trim_start_matches(is_js_whitespace));
    if t.starts_with("Infinity") {
        return sign * f64::INFINITY;
    }
    let b = t.as_bytes();
    let digits_from = |mut i: usize| {
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        i
    };
    let int_end = digits_from(0);
    let mut end = int_end;
    let mut frac_end = int_end;
    if b.get(int_end) == Some(&b'.') {
        frac_end = digits_from(int_end + 1);
    }
    let has_digits = int_end > 0 || frac_end > int_end + 1;
    if !has_digits {
        return f64::NAN;
    }
    end = end.max(frac_end);
    if matches!(b.get(end), Some(b'e' | b'E')) {
        let mut j = end + 1;
        if matches!(b.get(j), Some(b'+' | b'-')) {
            j += 1;
        }
        let exp_end = digits_from(j);
        if exp_end > j {
            end = exp_end;
        }
    }
    // Rust's parser rejects a bare trailing dot or a leading one; JS allows both.
    let literal = t[..end].trim_end_matches('.');
    let literal = if literal.starts_with('.') {
        format!("0{literal}")
    } else {
        literal.to_string()
    };
    let literal = literal.replace(".e", "e").replace(".E", "E");
    sign * literal.parse::<f64>().unwrap_or(f64::NAN)
}

/// Splits an optional leading `+`/`-`.
fn split_sign(t: &str) -> (f64, &str) {
    if let Some(rest) = t.strip_prefix('-') {
        (-1.0, rest)
    } else {
        (1.0, t.strip_prefix('+').unwrap_or(t))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn radix_ten_and_powers_of_two_are_correctly_rounded() {
        assert_eq!(
            parse_int("670858299213300800000", 0),
            670858299213300800000.0
        );
        assert_eq!(parse_int("  -0x1F", 0), -31.0);
        assert_eq!(parse_int("20000000000001", 16), 2f64.powi(53));
        assert_eq!(parse_int("20000000000003", 16), 2f64.powi(53) + 4.0);
    }

    #[test]
    fn other_radices_sum_chunks_after_the_leading_zeros() {
        // Node v20: both print 57600162953214160 (the exact value ends in 162).
        assert_eq!(
            parse_int("0440344232032212010323122", 5),
            57600162953214160.0
        );
        assert_eq!(
            parse_int("440344232032212010323122", 5),
            57600162953214160.0
        );
        assert_eq!(parse_int("-000", 3), 0.0);
        assert!(parse_int("-000", 3).is_sign_negative());
    }

    #[test]
    fn bad_radices_give_nan() {
        assert!(parse_int("10", -1).is_nan());
        assert!(parse_int("10", 37).is_nan());
        assert!(parse_int("10", 1).is_nan());
        assert_eq!(parse_int("zz", 36), 1295.0);
    }

    #[test]
    fn parse_float_reads_the_longest_literal_prefix() {
        assert_eq!(parse_float("1.e5x"), 100000.0);
        assert_eq!(parse_float("-.5e-1"), -0.05);
        assert_eq!(parse_float("Infinity!"), f64::INFINITY);
        assert!(parse_float(".e1").is_nan());
        assert_eq!(parse_float("0x10"), 0.0);
    }
}
