//! Fixed-point decimals: an `i64` unscaled value at an explicit scale (decimal places). Every operation computes
//! the exact result in `i128` and rounds once, HALF_EVEN, to the requested scale; a result that does not fit an
//! `i64` is an error, never a wrapped number.

/// Why an operation has no result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DecimalError {
    Overflow,
    DivisionByZero,
    BadScale,
}

/// Largest scale the public operations accept; keeps every power of ten and aligned operand inside `i128`.
pub const MAX_SCALE: i32 = 18;

const POW10: [i128; 39] = {
    let mut t = [1i128; 39];
    let mut i = 1;
    while i < 39 {
        t[i] = t[i - 1] * 10;
        i += 1;
    }
    t
};

/// 10^k as i128, or None when it does not fit.
#[inline]
pub fn pow10(k: u32) -> Option<i128> {
    POW10.get(k as usize).copied()
}

/// Narrows an exact intermediate to the i64 a decimal is stored in.
#[inline]
pub fn narrow(v: i128) -> Result<i64, DecimalError> {
    i64::try_from(v).map_err(|_| DecimalError::Overflow)
}

/// `num / den` rounded HALF_EVEN (ties to the even quotient), for any signs. `den` must not be zero.
#[inline]
pub fn div_half_even(num: i128, den: i128) -> i128 {
    let q = num / den;
    let r = num % den;
    if r == 0 {
        return q;
    }
    let ar = r.unsigned_abs();
    let rest = den.unsigned_abs() - ar; // distance to the next multiple, away from zero
    let away = ar > rest || (ar == rest && (q & 1) != 0);
    if !away {
        q
    } else if (num < 0) != (den < 0) {
        q - 1
    } else {
        q + 1
    }
}

/// Moves an exact value from scale `from` to scale `to`: multiplies exactly, or divides rounding HALF_EVEN.
#[inline]
pub fn rescale128(v: i128, from: i32, to: i32) -> Result<i128, DecimalError> {
    if to >= from {
        let f = pow10((to - from) as u32).ok_or(DecimalError::Overflow)?;
        v.checked_mul(f).ok_or(DecimalError::Overflow)
    } else {
        match pow10((from - to) as u32) {
            Some(f) => Ok(div_half_even(v, f)),
            // |v| < 2^127 < 10^39 / 2: the value rounds to zero.
            None => Ok(0),
        }
    }
}

fn check_scales(scales: &[i32]) -> Result<(), DecimalError> {
    if scales.iter().all(|s| (0..=MAX_SCALE).contains(s)) {
        Ok(())
    } else {
        Err(DecimalError::BadScale)
    }
}

pub fn rescale(a: i64, sa: i32, sr: i32) -> Result<i64, DecimalError> {
    check_scales(&[sa, sr])?;
    narrow(rescale128(a as i128, sa, sr)?)
}

fn add_aligned(a: i64, sa: i32, b: i64, sb: i32, negate_b: bool, sr: i32) -> Result<i64, DecimalError> {
    check_scales(&[sa, sb, sr])?;
    let m = sa.max(sb);
    // Scale differences are at most MAX_SCALE, so an aligned i64 stays below 2^63 * 10^18 < 2^127.
    let x = rescale128(a as i128, sa, m)?;
    let y = rescale128(b as i128, sb, m)?;
    let sum = if negate_b { x - y } else { x + y };
    narrow(rescale128(sum, m, sr)?)
}

/// a + b, exact, rounded HALF_EVEN to scale `sr`.
pub fn add(a: i64, sa: i32, b: i64, sb: i32, sr: i32) -> Result<i64, DecimalError> {
    add_aligned(a, sa, b, sb, false, sr)
}

/// a - b, exact, rounded HALF_EVEN to scale `sr`.
pub fn sub(a: i64, sa: i32, b: i64, sb: i32, sr: i32) -> Result<i64, DecimalError> {
    add_aligned(a, sa, b, sb, true, sr)
}

/// a * b (exact at scale sa + sb in i128), rounded HALF_EVEN to scale `sr`.
pub fn mul(a: i64, sa: i32, b: i64, sb: i32, sr: i32) -> Result<i64, DecimalError> {
    check_scales(&[sa, sb, sr])?;
    narrow(rescale128(a as i128 * b as i128, sa + sb, sr)?)
}

/// a / b rounded HALF_EVEN to scale `sr` (exact quotient, rounded once).
pub fn div(a: i64, sa: i32, b: i64, sb: i32, sr: i32) -> Result<i64, DecimalError> {
    check_scales(&[sa, sb, sr])?;
    if b == 0 {
        return Err(DecimalError::DivisionByZero);
    }
    // a/10^sa / (b/10^sb) * 10^sr = a * 10^(sr - sa + sb) / b
    let e = sr - sa + sb;
    let (num, den) = if e >= 0 {
        // If a * 10^e leaves i128, |quotient| >= 2^127 / 2^63: certainly not an i64.
        let f = pow10(e as u32).ok_or(DecimalError::Overflow)?;
        ((a as i128).checked_mul(f).ok_or(DecimalError::Overflow)?, b as i128)
    } else {
        let f = pow10((-e) as u32).expect("-e <= 2 * MAX_SCALE");
        (a as i128, b as i128 * f)
    };
    narrow(div_half_even(num, den))
}

/// floor(sqrt(n)) for n >= 0 (Newton's method on u128).
pub fn isqrt(n: u128) -> u128 {
    if n < 2 {
        return n;
    }
    // Start above the root: 2^(ceil(bits/2)).
    let bits = 128 - n.leading_zeros();
    let mut x: u128 = 1u128 << bits.div_ceil(2);
    loop {
        let y = (x + n / x) / 2;
        if y >= x {
            return x;
        }
        x = y;
    }
}

/// Square root rounded to nearest at 12 places of a non-negative value held at scale 12 (semantics.md `sqrt12`).
pub fn sqrt12(v12: i128) -> Result<i128, DecimalError> {
    if v12 < 0 {
        return Err(DecimalError::Overflow);
    }
    let n = (v12 as u128).checked_mul(1_000_000_000_000).ok_or(DecimalError::Overflow)?;
    let f = isqrt(n);
    Ok(if n - f * f > f { f + 1 } else { f } as i128)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn half_even_ties_go_to_the_even_neighbour() {
        // 0.5 -> 0, 1.5 -> 2, 2.5 -> 2, and the mirror images
        assert_eq!(rescale(5, 1, 0), Ok(0));
        assert_eq!(rescale(15, 1, 0), Ok(2));
        assert_eq!(rescale(25, 1, 0), Ok(2));
        assert_eq!(rescale(-5, 1, 0), Ok(0));
        assert_eq!(rescale(-15, 1, 0), Ok(-2));
        assert_eq!(rescale(-25, 1, 0), Ok(-2));
        // Non-ties round to nearest.
        assert_eq!(rescale(26, 1, 0), Ok(3));
        assert_eq!(rescale(-24, 1, 0), Ok(-2));
        assert_eq!(rescale(-26, 1, 0), Ok(-3));
    }

    #[test]
    fn division_rounds_half_even_for_every_sign() {
        assert_eq!(div(1, 0, 8, 0, 2), Ok(12)); // 0.125 -> 0.12
        assert_eq!(div(3, 0, 8, 0, 2), Ok(38)); // 0.375 -> 0.38
        assert_eq!(div(-1, 0, 8, 0, 2), Ok(-12));
        assert_eq!(div(1, 0, -8, 0, 2), Ok(-12));
        assert_eq!(div(-3, 0, -8, 0, 2), Ok(38));
        assert_eq!(div(2, 0, 3, 0, 4), Ok(6667));
        assert_eq!(div(-2, 0, 3, 0, 4), Ok(-6667));
        assert_eq!(div(1, 0, 0, 0, 2), Err(DecimalError::DivisionByZero));
    }

    #[test]
    fn mixed_scales_align_exactly() {
        // 1.5 + 0.25 = 1.75
        assert_eq!(add(15, 1, 25, 2, 2), Ok(175));
        // 1.5 - 0.25 = 1.25 -> scale 1: tie -> 1.2
        assert_eq!(sub(15, 1, 25, 2, 1), Ok(12));
        // 1.05 * 1.05 = 1.1025 -> scale 3: 1.102 (tie, 2 is even)
        assert_eq!(mul(105, 2, 105, 2, 3), Ok(1102));
        // Scale up: 1.5 at scale 4 = 15000
        assert_eq!(rescale(15, 1, 4), Ok(15000));
        // Fill price: 123.4567 * 1.0005 = 123.51842835 -> 123.5184
        assert_eq!(mul(1234567, 4, 10005, 4, 4), Ok(1235184));
    }

    #[test]
    fn overflow_is_an_error_never_a_wrapped_value() {
        assert_eq!(add(i64::MAX, 0, 1, 0, 0), Err(DecimalError::Overflow));
        assert_eq!(sub(i64::MIN, 0, 1, 0, 0), Err(DecimalError::Overflow));
        assert_eq!(mul(1 << 32, 0, 1 << 32, 0, 0), Err(DecimalError::Overflow));
        assert_eq!(rescale(i64::MAX, 0, 1), Err(DecimalError::Overflow));
        assert_eq!(div(i64::MAX, 0, 1, 18, 18), Err(DecimalError::Overflow));
        // Just fits.
        assert_eq!(add(i64::MAX - 1, 0, 1, 0, 0), Ok(i64::MAX));
        assert_eq!(mul(-(1 << 31), 0, 1 << 32, 0, 0), Ok(i64::MIN));
        // An intermediate beyond i64 is fine when the rounded result fits.
        assert_eq!(mul(i64::MAX, 10, 10, 0, 9), Ok(i64::MAX));
        assert_eq!(rescale(12, 0, 19), Err(DecimalError::BadScale));
    }

    #[test]
    fn sqrt12_rounds_to_nearest() {
        assert_eq!(sqrt12(4_000_000_000_000), Ok(2_000_000_000_000));
        // sqrt(2) = 1.414213562373095...
        assert_eq!(sqrt12(2_000_000_000_000), Ok(1_414_213_562_373));
        // sqrt(3) = 1.7320508075688772 -> ...689 rounded up
        assert_eq!(sqrt12(3_000_000_000_000), Ok(1_732_050_807_569));
        assert_eq!(sqrt12(0), Ok(0));
        assert_eq!(isqrt(u128::MAX), (1u128 << 64) - 1);
    }
}
