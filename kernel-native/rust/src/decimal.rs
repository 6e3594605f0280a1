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
pub const MAX_SCALE: i32 = crate::abi::DECIMAL_MAX_SCALE as i32;

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

/// The rounding modes of the column API's division and rounding nodes (java.math meanings).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rounding {
    HalfEven,
    HalfUp,
    Down,
    Floor,
    Ceiling,
}

impl Rounding {
    /// The mode for an `R_*` code of the ABI.
    pub fn from_code(code: i64) -> Option<Self> {
        use crate::abi::*;
        match code {
            R_HALF_EVEN => Some(Rounding::HalfEven),
            R_HALF_UP => Some(Rounding::HalfUp),
            R_DOWN => Some(Rounding::Down),
            R_FLOOR => Some(Rounding::Floor),
            R_CEILING => Some(Rounding::Ceiling),
            _ => None,
        }
    }

    /// Whether a quotient with a non-zero remainder `|r|` (of divisor `|d|`) moves away from zero.
    #[inline]
    fn away(self, negative: bool, r: u128, d: u128, q_odd: bool) -> bool {
        match self {
            Rounding::Down => false,
            Rounding::Floor => negative,
            Rounding::Ceiling => !negative,
            Rounding::HalfUp => r >= d - r,
            Rounding::HalfEven => r > d - r || (r == d - r && q_odd),
        }
    }
}

/// `num / den` rounded with `mode`, for any signs; None when `den` is zero or the quotient leaves i128.
#[inline]
pub fn div_round(num: i128, den: i128, mode: Rounding) -> Option<i128> {
    let q = num.checked_div(den)?;
    let r = num % den;
    if r == 0 {
        return Some(q);
    }
    let negative = (num < 0) != (den < 0);
    if !mode.away(negative, r.unsigned_abs(), den.unsigned_abs(), q & 1 != 0) {
        Some(q)
    } else if negative {
        Some(q - 1)
    } else {
        Some(q + 1)
    }
}

/// The 64-bit [`div_round`], for loops whose operands are proven to fit (`i64::MIN / -1` gives None).
#[inline]
pub fn div_round64(num: i64, den: i64, mode: Rounding) -> Option<i64> {
    let q = num.checked_div(den)?;
    let r = num % den;
    if r == 0 {
        return Some(q);
    }
    let negative = (num < 0) != (den < 0);
    let away = mode.away(negative, r.unsigned_abs() as u128, den.unsigned_abs() as u128, q & 1 != 0);
    Some(if !away { q } else if negative { q - 1 } else { q + 1 })
}

/// `num / (d * 10^k)` rounded with `mode` (`d` non-zero). When the divisor leaves i128 it exceeds `|num|`, so the
/// quotient lies strictly between -1 and 1 and only the rounding decides (exactly, in u128).
pub fn div_round_pow10(num: i128, d: i128, k: u32, mode: Rounding) -> Option<i128> {
    if let Some(den) = pow10(k).and_then(|f| d.checked_mul(f)) {
        return div_round(num, den, mode);
    }
    if num == 0 {
        return Some(0);
    }
    let negative = (num < 0) != (d < 0);
    let away = match mode {
        Rounding::Down => false,
        Rounding::Floor => negative,
        Rounding::Ceiling => !negative,
        Rounding::HalfUp | Rounding::HalfEven => {
            let twice = num.unsigned_abs().saturating_mul(2);
            let den = pow10(k).and_then(|f| (f as u128).checked_mul(d.unsigned_abs()));
            // A tie leaves 0 for HALF_EVEN (0 is even) and moves away for HALF_UP.
            den.is_some_and(|den| twice > den || (twice == den && mode == Rounding::HalfUp))
        }
    };
    Some(if !away { 0 } else if negative { -1 } else { 1 })
}

/// floor(sqrt(n)): a double's estimate, corrected exactly in integers.
pub fn isqrt(n: u128) -> u128 {
    if n < 2 {
        return n;
    }
    if n < 1u128 << 104 {
        // The estimate is within a few units of the root; r * r < 2^106 cannot overflow.
        let mut r = (n as f64).sqrt() as u128;
        while r * r > n {
            r -= 1;
        }
        while (r + 1) * (r + 1) <= n {
            r += 1;
        }
        return r;
    }
    // Newton's method from above the root: the estimate plus a margin wider than its relative error.
    let estimate = (n as f64).sqrt();
    let mut x = (estimate * (1.0 + 1e-12)) as u128 + 2;
    x = x.min(u64::MAX as u128 + 1);
    loop {
        let y = (x + n / x) / 2;
        if y >= x {
            return x;
        }
        x = y;
    }
}

/// The square root of `n` rounded to the nearest integer: `f = isqrt(n)`, `f + 1` if `n - f*f > f` (a tie cannot
/// occur: it would need `n = f*f + f + 1/4`).
#[inline]
pub fn sqrt_nearest(n: u128) -> u128 {
    let f = isqrt(n);
    if n - f * f > f {
        f + 1
    } else {
        f
    }
}

/// Square root rounded to nearest at 12 places of a non-negative value held at scale 12 (semantics.md `sqrt12`).
pub fn sqrt12(v12: i128) -> Result<i128, DecimalError> {
    if v12 < 0 {
        return Err(DecimalError::Overflow);
    }
    let n = (v12 as u128).checked_mul(1_000_000_000_000).ok_or(DecimalError::Overflow)?;
    Ok(sqrt_nearest(n) as i128)
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

    #[test]
    fn isqrt_is_the_floor_of_the_root_everywhere() {
        let mut x: u128 = 0x9E37_79B9_7F4A_7C15;
        let check = |n: u128| {
            let r = isqrt(n);
            assert!(r * r <= n, "isqrt({n}) = {r} too large");
            assert!(r.checked_mul(r).and_then(|_| (r + 1).checked_mul(r + 1)).is_none_or(|s| s > n), "isqrt({n}) = {r} too small");
        };
        for shift in 0..128 {
            for delta in [0u128, 1, 2, 3] {
                let p = 1u128 << shift;
                check(p.saturating_sub(delta));
                check(p.saturating_add(delta));
            }
        }
        for k in 1..(1u128 << 20) {
            check(k);
        }
        for r in [(1u128 << 52) - 1, 1u128 << 52, (1u128 << 63) + 12345, u64::MAX as u128] {
            check(r * r);
            check(r * r - 1);
            check(r * r + 1);
        }
        for _ in 0..200_000 {
            // xorshift over the whole range, and squares near it
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            check(x);
            check(x >> (x % 127) as u32);
        }
        check(u128::MAX);
    }

    #[test]
    fn sqrt_nearest_rounds_to_the_nearer_integer() {
        assert_eq!(sqrt_nearest(0), 0);
        assert_eq!(sqrt_nearest(2), 1); // 1.414
        assert_eq!(sqrt_nearest(3), 2); // 1.732
        assert_eq!(sqrt_nearest(6), 2); // 2.449
        assert_eq!(sqrt_nearest(7), 3); // 2.646
        assert_eq!(sqrt_nearest(12), 3); // 3.464: 12 - 9 = 3 is not > 3
        assert_eq!(sqrt_nearest(13), 4); // 3.606
    }

    #[test]
    fn every_rounding_mode_matches_java_math_on_every_sign() {
        use Rounding::*;
        // (num, den) -> [HALF_EVEN, HALF_UP, DOWN, FLOOR, CEILING], as java.math.BigDecimal rounds num/den to 0 places
        let cases: [((i128, i128), [i128; 5]); 8] = [
            ((5, 2), [2, 3, 2, 2, 3]),     // 2.5
            ((-5, 2), [-2, -3, -2, -3, -2]),
            ((7, 2), [4, 4, 3, 3, 4]),     // 3.5
            ((-7, -2), [4, 4, 3, 3, 4]),
            ((7, 3), [2, 2, 2, 2, 3]),     // 2.33
            ((-7, 3), [-2, -2, -2, -3, -2]),
            ((8, 3), [3, 3, 2, 2, 3]),     // 2.67
            ((8, -3), [-3, -3, -2, -3, -2]),
        ];
        for ((n, d), want) in cases {
            for (mode, w) in [HalfEven, HalfUp, Down, Floor, Ceiling].into_iter().zip(want) {
                assert_eq!(div_round(n, d, mode), Some(w), "{n}/{d} {mode:?}");
                assert_eq!(div_round64(n as i64, d as i64, mode), Some(w as i64), "{n}/{d} {mode:?} in 64 bits");
                assert_eq!(div_round_pow10(n, d, 0, mode), Some(w), "{n}/{d} {mode:?} scaled");
            }
        }
        assert_eq!(div_round(1, 0, HalfEven), None);
        assert_eq!(div_round64(i64::MIN, -1, Down), None);
    }

    #[test]
    fn a_divisor_beyond_128_bits_still_rounds_exactly() {
        use Rounding::*;
        // num / (d * 10^40): |quotient| < 1
        let (n, d) = (3i128, 7i128);
        assert_eq!(div_round_pow10(n, d, 40, HalfEven), Some(0));
        assert_eq!(div_round_pow10(n, d, 40, Ceiling), Some(1));
        assert_eq!(div_round_pow10(-n, d, 40, Floor), Some(-1));
        assert_eq!(div_round_pow10(-n, d, 40, Ceiling), Some(0));
        assert_eq!(div_round_pow10(n, -d, 40, Down), Some(0));
        // Exactly one half: 5 * 10^37 / (10^38) with d * 10^k overflowing only because d is large
        let half = 5 * 10i128.pow(37);
        assert_eq!(div_round_pow10(half, 1, 38, HalfEven), Some(0));
        assert_eq!(div_round_pow10(half, 1, 38, HalfUp), Some(1));
        // Divisor 2 * 10^38 leaves i128 (max 1.7 * 10^38); 10^38 + 1 over it is just above one half.
        let big = 10i128.pow(38) + 1;
        assert_eq!(div_round_pow10(big, 2, 38, HalfEven), Some(1));
        assert_eq!(div_round_pow10(-big, 2, 38, HalfUp), Some(-1));
        assert_eq!(div_round_pow10(10i128.pow(38), 2, 38, HalfEven), Some(0));
        assert_eq!(div_round_pow10(10i128.pow(38), 2, 38, HalfUp), Some(1));
    }
}
