//! `**` and `Math.pow` as V8 computes them, bit for bit.
//!
//! V8 does not call the C library's `pow`: it uses its own copy of the
//! classic fdlibm algorithm (`ieee754::legacy::pow`), whose results differ
//! from glibc's in the last bit for a few percent of inputs (`10 ** -5` is
//! `0.000009999999999999999` in Node). The method: write |x| as 2^n · m,
//! compute log2(|x|) in two pieces with extra precision, multiply by y the
//! same way, and raise 2 to the product with a polynomial for the fraction.
//! V8's last step groups one division differently from fdlibm; that
//! grouping is kept, since it decides the last bit.
//!
//! The special cases of the exponentiation operator (a NaN exponent, ±1 to
//! an infinite power) give NaN here, as in V8.

/// An f64 given by its IEEE 754 bits (the constants are specified that way).
const fn bits(b: u64) -> f64 {
    f64::from_bits(b)
}

const BP: [f64; 2] = [1.0, 1.5];
/// log2(1.5) in two pieces: a high part with a short mantissa, and the rest.
const DP_H: [f64; 2] = [0.0, bits(0x3FE2_B803_4000_0000)];
const DP_L: [f64; 2] = [0.0, bits(0x3E4C_FDEB_43CF_D006)];
const TWO53: f64 = bits(0x4340_0000_0000_0000);
const HUGE: f64 = 1.0e300;
const TINY: f64 = 1.0e-300;
/// Coefficients of the polynomial for log((1 + s) / (1 - s)).
const L: [f64; 6] = [
    bits(0x3FE3_3333_3333_3303),
    bits(0x3FDB_6DB6_DB6F_ABFF),
    bits(0x3FD5_5555_518F_264D),
    bits(0x3FD1_7460_A91D_4101),
    bits(0x3FCD_864A_93C9_DB65),
    bits(0x3FCA_7E28_4A45_4EEF),
];
/// Coefficients of the polynomial for 2^r on [-0.5, 0.5].
const P: [f64; 5] = [
    bits(0x3FC5_5555_5555_553E),
    bits(0xBF66_C16C_16BE_BD93),
    bits(0x3F11_566A_AF25_DE2C),
    bits(0xBEBB_BD41_C5D2_6BF1),
    bits(0x3E66_3769_72BE_A4D0),
];
/// ln 2, whole and in two pieces.
const LG2: f64 = bits(0x3FE6_2E42_FEFA_39EF);
const LG2_H: f64 = bits(0x3FE6_2E43_0000_0000);
const LG2_L: f64 = bits(0xBE20_5C61_0CA8_6C39);
/// -(1024 - log2(largest double + half an ulp)).
const OVT: f64 = bits(0x3C97_1547_652B_82FE);
/// 2 / (3 ln 2), whole and in two pieces.
const CP: f64 = bits(0x3FEE_C709_DC3A_03FD);
const CP_H: f64 = bits(0x3FEE_C709_E000_0000);
const CP_L: f64 = bits(0xBE3E_2FE0_145B_01F5);
/// 1 / ln 2, whole and in two pieces.
const IVLN2: f64 = bits(0x3FF7_1547_652B_82FE);
const IVLN2_H: f64 = bits(0x3FF7_1547_6000_0000);
const IVLN2_L: f64 = bits(0x3E54_AE0B_F85D_DF44);

/// The high 32 bits (sign, exponent, top of the mantissa), signed.
fn high(x: f64) -> i32 {
    (x.to_bits() >> 32) as i32
}

/// The low 32 bits of the mantissa.
fn low(x: f64) -> u32 {
    x.to_bits() as u32
}

fn with_high(x: f64, h: i32) -> f64 {
    f64::from_bits((u64::from(h as u32) << 32) | u64::from(low(x)))
}

/// `x` with its low 32 bits cleared: a value whose products with another
/// such value are exact.
fn truncated(x: f64) -> f64 {
    f64::from_bits(x.to_bits() & 0xFFFF_FFFF_0000_0000)
}

/// `x ** y`, as V8 computes it.
pub fn pow(x: f64, y: f64) -> f64 {
    if y == 0.0 {
        return 1.0;
    }
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    let (hx, hy) = (high(x), high(y));
    let ix = hx & 0x7fff_ffff;
    if let Some(z) = easy_exponent(x, y) {
        return z;
    }
    let y_parity = integer_parity(y);
    if let Some(z) = easy_base(x, y, y_parity) {
        return z;
    }
    // A negative base needs an integer exponent; an odd one keeps the sign.
    let sign = match (hx < 0, y_parity) {
        (false, _) => 1.0,
        (true, Parity::NotInteger) => return f64::NAN,
        (true, Parity::Odd) => -1.0,
        (true, Parity::Even) => 1.0,
    };
    let iy = hy & 0x7fff_ffff;
    let (t1, t2) = if iy > 0x41e0_0000 {
        // |y| > 2^31: the result over- or underflows unless |x| is close to 1.
        if let Some(z) = out_of_range(ix, hy, sign, iy > 0x43f0_0000) {
            return z;
        }
        log2_near_one(x.abs())
    } else {
        log2_split(x.abs())
    };
    exp2_product(y, t1, t2, sign)
}

/// y = ±∞, ±1, 2 or ½ (with x ≥ 0): the answers that need no logarithm.
fn easy_exponent(x: f64, y: f64) -> Option<f64> {
    if low(y) != 0 {
        return None;
    }
    let hy = high(y);
    match hy & 0x7fff_ffff {
        // y = ±∞: NaN for |x| = 1, else ∞ or 0 by whether |x| ^ y grows.
        0x7ff0_0000 => Some(match x.abs() {
            1.0 => f64::NAN,
            a if (a > 1.0) == (hy >= 0) => f64::INFINITY,
            _ => 0.0,
        }),
        0x3ff0_0000 => Some(if hy < 0 { 1.0 / x } else { x }),
        _ if hy == 0x4000_0000 => Some(x * x),
        _ if hy == 0x3fe0_0000 && high(x) >= 0 => Some(x.sqrt()),
        _ => None,
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Parity {
    NotInteger,
    Odd,
    Even,
}

/// Whether `y` is an odd or even integer, read from its bits.
fn integer_parity(y: f64) -> Parity {
    let a = y.abs();
    if a >= TWO53 {
        return Parity::Even;
    }
    if a < 1.0 || a.fract() != 0.0 {
        return Parity::NotInteger;
    }
    if a % 2.0 == 1.0 {
        Parity::Odd
    } else {
        Parity::Even
    }
}

/// x = ±0, ±∞ or ±1 (exact powers of two at the ends): the result is |x| or
/// its reciprocal, negated for a negative base and an odd exponent.
fn easy_base(x: f64, y: f64, parity: Parity) -> Option<f64> {
    let ix = high(x) & 0x7fff_ffff;
    if low(x) != 0 || !matches!(ix, 0x7ff0_0000 | 0 | 0x3ff0_0000) {
        return None;
    }
    let mut z = x.abs();
    if y < 0.0 {
        z = 1.0 / z;
    }
    if high(x) < 0 {
        if ix == 0x3ff0_0000 && parity == Parity::NotInteger {
            return Some(f64::NAN);
        }
        if parity == Parity::Odd {
            z = -z;
        }
    }
    Some(z)
}

/// For |y| > 2^31: the over- or underflowing result, or `None` when |x| is
/// within 2^-20 of 1 (`huge_y`: |y| > 2^64, where even that overflows).
fn out_of_range(ix: i32, hy: i32, sign: f64, huge_y: bool) -> Option<f64> {
    let grows = |up: bool| if up { HUGE * HUGE } else { TINY * TINY };
    if huge_y {
        if ix <= 0x3fef_ffff {
            return Some(grows(hy < 0));
        }
        if ix >= 0x3ff0_0000 {
            return Some(grows(hy > 0));
        }
    }
    if ix < 0x3fef_ffff {
        return Some(sign * grows(hy < 0));
    }
    if ix > 0x3ff0_0000 {
        return Some(sign * grows(hy > 0));
    }
    None
}

/// log2(ax) as `t1 + t2` for ax within 2^-20 of 1, from the series
/// t - t²/2 + t³/3 - t⁴/4 with t = ax - 1.
fn log2_near_one(ax: f64) -> (f64, f64) {
    let t = ax - 1.0;
    let third = bits(0x3FD5_5555_5555_5555);
    let w = (t * t) * (0.5 - t * (third - t * 0.25));
    let u = IVLN2_H * t;
    let v = t * IVLN2_L - w * IVLN2;
    let t1 = truncated(u + v);
    (t1, v - (t1 - u))
}

/// log2(ax) as `t1 + t2`, `t1` with a short mantissa: ax = 2^n · m with
/// m near 1 or 1.5, and log(m) from s = (m - b) / (m + b).
fn log2_split(mut ax: f64) -> (f64, f64) {
    let mut n = 0;
    let mut ix = high(ax);
    if ix < 0x0010_0000 {
        // Subnormal: scale into the normal range first.
        ax *= TWO53;
        n -= 53;
        ix = high(ax);
    }
    n += (ix >> 20) - 0x3ff;
    let j = ix & 0x000f_ffff;
    ix = j | 0x3ff0_0000;
    let k = if j <= 0x3988e {
        0 // m < sqrt(3/2)
    } else if j < 0xbb67a {
        1 // m < sqrt(3)
    } else {
        n += 1;
        ix -= 0x0010_0000;
        0
    };
    ax = with_high(ax, ix);
    let u = ax - BP[k];
    let v = 1.0 / (ax + BP[k]);
    let ss = u * v;
    let s_h = truncated(ss);
    let t_h = with_high(
        0.0,
        ((ix >> 1) | 0x2000_0000) + 0x0008_0000 + ((k as i32) << 18),
    );
    let t_l = ax - (t_h - BP[k]);
    let s_l = v * ((u - s_h * t_h) - s_h * t_l);
    let s2 = ss * ss;
    let mut r =
        s2 * s2 * (L[0] + s2 * (L[1] + s2 * (L[2] + s2 * (L[3] + s2 * (L[4] + s2 * L[5])))));
    r += s_l * (s_h + ss);
    let s2 = s_h * s_h;
    let t_h = truncated(3.0 + s2 + r);
    let t_l = r - ((t_h - 3.0) - s2);
    let u = s_h * t_h;
    let v = s_l * t_h + t_l * ss;
    let p_h = truncated(u + v);
    let p_l = v - (p_h - u);
    let z_h = CP_H * p_h;
    let z_l = CP_L * p_h + p_l * CP + DP_L[k];
    let t = f64::from(n);
    let t1 = truncated(((z_h + z_l) + DP_H[k]) + t);
    (t1, z_l - (((t1 - t) - DP_H[k]) - z_h))
}

/// sign · 2^(y · (t1 + t2)), the product kept in two pieces.
fn exp2_product(y: f64, t1: f64, t2: f64, sign: f64) -> f64 {
    let y1 = truncated(y);
    let p_l = (y - y1) * t1 + y * t2;
    let mut p_h = y1 * t1;
    let z = p_l + p_h;
    let (j, i) = (high(z), low(z));
    if j >= 0x4090_0000 {
        // z ≥ 1024: overflow, unless z is exactly 1024 and rounds below.
        if (j - 0x4090_0000) as u32 | i != 0 || p_l + OVT > z - p_h {
            return sign * HUGE * HUGE;
        }
    } else if (j & 0x7fff_ffff) >= 0x4090_cc00 {
        // z ≤ -1075: underflow, with the same care at the edge.
        if (j as u32).wrapping_sub(0xc090_cc00) | i != 0 || p_l <= z - p_h {
            return sign * TINY * TINY;
        }
    }
    // Take the integer n nearest z out of p_h, leaving |fraction| ≤ 0.5.
    let i = j & 0x7fff_ffff;
    let mut k = (i >> 20) - 0x3ff;
    let mut n = 0;
    if i > 0x3fe0_0000 {
        n = j + (0x0010_0000 >> (k + 1));
        k = ((n & 0x7fff_ffff) >> 20) - 0x3ff;
        let t = with_high(0.0, n & !(0x000f_ffff >> k));
        n = ((n & 0x000f_ffff) | 0x0010_0000) >> (20 - k);
        if j < 0 {
            n = -n;
        }
        p_h -= t;
    }
    let t = truncated(p_l + p_h);
    let u = t * LG2_H;
    let v = (p_l - (t - p_h)) * LG2 + t * LG2_L;
    let z = u + v;
    let w = v - (z - u);
    let t = z * z;
    let t1 = z - t * (P[0] + t * (P[1] + t * (P[2] + t * (P[3] + t * P[4]))));
    // V8's grouping (fdlibm subtracts `w + z * w` after dividing).
    let r = (z * t1) / ((t1 - 2.0) - (w + z * w));
    let z = 1.0 - (r - z);
    let scaled = high(z).wrapping_add(n << 20);
    if scaled >> 20 <= 0 {
        sign * scale_to_subnormal(z, n)
    } else {
        sign * with_high(z, scaled)
    }
}

/// z · 2^n for a result below the normal range, rounded once: the first
/// product stays normal and exact, the second rounds.
fn scale_to_subnormal(z: f64, n: i32) -> f64 {
    let exact = z * bits(((i64::from(n) + 1022 + 1023) as u64) << 52);
    exact * bits(1 << 52)
}

#[cfg(test)]
mod tests {
    use super::pow;

    #[test]
    fn matches_v8_where_the_c_library_rounds_differently() {
        assert_eq!(pow(10.0, -5.0), 0.000_009_999_999_999_999_999);
        assert_eq!(pow(2.0, -0.5), 0.707_106_781_186_547_5);
        assert_eq!(pow(18.0, 17.0), 2.185_911_559_738_696_4e21);
    }

    #[test]
    fn special_cases() {
        assert!(pow(1.0, f64::INFINITY).is_nan());
        assert!(pow(-1.0, f64::NEG_INFINITY).is_nan());
        assert!(pow(2.0, f64::NAN).is_nan());
        assert_eq!(pow(f64::NAN, 0.0), 1.0);
        assert!(pow(-8.0, 1.0 / 3.0).is_nan());
        assert_eq!(pow(-2.0, 3.0), -8.0);
        assert_eq!(pow(-0.0, -1.0), f64::NEG_INFINITY);
        assert_eq!(pow(0.5, f64::INFINITY), 0.0);
        assert_eq!(pow(2.0, -1074.0), 5e-324);
        assert_eq!(pow(2.0, 1024.0), f64::INFINITY);
    }
}
