//! The exact arithmetic of `decimal-native`: every value an `i64` unscaled at its node's static scale, aligned
//! exactly, with 128-bit intermediates; the only roundings are the ones the column API names (division, square
//! root, rounding, EMA) and the ledger's and metrics' rounding points (the site's Semantics page). A value or an
//! aligned operand that does not fit 64 bits is an overflow error, never a wrapped number.
//!
//! Per asset, [`Fixed::prove`] bounds every node's magnitude from the largest field values (interval arithmetic,
//! saturating). A node whose bound fits 64 bits runs without per-value overflow checks (wrapping arithmetic then
//! gives the exact result, because the exact result fits); every other node checks each value and names its first
//! bad bar. Zero divisors and negative square roots are checked always: they depend on values, not magnitudes.

use crate::abi::*;
use crate::decimal::{div_half_even, div_round, div_round64, div_round_pow10, isqrt, narrow, pow10, sqrt12,
                     sqrt_nearest, DecimalError, Rounding};
use crate::engine::{Arithmetic, AssetColumns, Fault, Ledger, Summary};
use crate::program::{Failure, Program};
use std::cmp::Ordering;

pub struct Fixed;

/// The largest magnitude an i64 holds (i64::MIN's).
const MAGNITUDE: u128 = 1 << 63;
const LIMIT: u128 = i64::MAX as u128;
const RATIO_ONE: i128 = 1_000_000_000_000;

/// What [`Fixed::prove`] established for one asset.
pub struct Proof {
    /// Per value slot: an upper bound of |value| (saturating).
    bound: Vec<u128>,
    /// Per value slot: the values (and aligned operands) fit 64 bits, no check can fire.
    proven: Vec<bool>,
    /// Per value slot: the node's intermediates fit 64 bits too (division, rounding, EMA), so it needs no 128 bits.
    narrow: Vec<bool>,
    /// Per value slot: a product (scale, mul) whose factors all fit 32 bits: one 32x32->64 multiply per value,
    /// which vector units have (a 64x64 one they lack).
    small_factors: Vec<bool>,
    /// Per condition slot: the operand aligned to the larger scale fits 64 bits.
    cond_proven: Vec<bool>,
}

/// `b * 10^k`, saturating (`k <= 0`: `b`).
fn up(b: u128, k: i32) -> u128 {
    if k <= 0 || b == 0 {
        b
    } else {
        pow10(k as u32).map_or(u128::MAX, |f| b.saturating_mul(f as u128))
    }
}

/// An upper bound of |x / 10^k| after any rounding: `b / 10^k + 1`.
fn down(b: u128, k: i32) -> u128 {
    if k <= 0 {
        b
    } else {
        pow10(k as u32).map_or(0, |f| b / f as u128) + 1
    }
}

/// The largest |v| of a column, as two reductions a vector unit can do (max and min; no abs per value).
#[inline(always)]
fn max_magnitude(col: &[i64]) -> u128 {
    let (mut hi, mut lo) = (0i64, 0i64);
    for &v in col {
        hi = hi.max(v);
        lo = lo.min(v);
    }
    hi.unsigned_abs().max(lo.unsigned_abs()) as u128
}

/// `v * 10^k` if it fits 64 bits.
#[inline(always)]
fn align(v: i64, k: u32) -> Option<i64> {
    if k == 0 {
        return Some(v);
    }
    if v == 0 {
        return Some(0);
    }
    pow10(k).and_then(|f| (v as i128).checked_mul(f)).and_then(|x| i64::try_from(x).ok())
}

/// 10^k as i64 (0 when it does not fit: then only zeros can be proven to align).
fn pow10_64(k: u32) -> i64 {
    pow10(k).and_then(|f| i64::try_from(f).ok()).unwrap_or(0)
}

const OVERFLOW: i64 = STATUS_OVERFLOW_NODE;

impl Arithmetic for Fixed {
    type V = i64;
    type Proof = Proof;
    type Ledger = FixedLedger;
    const CODE: i64 = ARITHMETIC_FIXED;
    const FIELDS_IN_PLACE: bool = true;

    fn new_proof(p: &Program) -> Proof {
        Proof {
            bound: vec![0; p.values],
            proven: vec![false; p.values],
            narrow: vec![false; p.values],
            small_factors: vec![false; p.values],
            cond_proven: vec![false; p.conds],
        }
    }

    #[inline(always)]
    fn prove(proof: &mut Proof, p: &Program, cols: &AssetColumns) {
        for slot in 0..p.values {
            let n = p.value(slot);
            let s = n[N_SCALE] as i32;
            // An input's actual magnitude is at most what an i64 holds, even where its bound is looser.
            let bx = |k: usize| proof.bound[n[k] as usize].min(MAGNITUDE);
            let sc = |k: usize| p.scale(n[k] as usize);
            let (bound, narrow) = match n[N_OP] {
                V_FIELD => (max_magnitude(cols.fields[(n[N_PARAM] - F_OPEN) as usize]), true),
                V_CONST => (n[N_PARAM].unsigned_abs() as u128, true),
                V_ROLLING_SUM => (bx(N_A).saturating_mul(n[N_PARAM] as u128), true),
                V_SHIFT | V_ROLLING_MAX | V_ROLLING_MIN | V_ABS => (bx(N_A), true),
                V_SCALE => (bx(N_A).saturating_mul(n[N_PARAM].unsigned_abs() as u128), true),
                V_ADD | V_SUB => (up(bx(N_A), s - sc(N_A)).saturating_add(up(bx(N_B), s - sc(N_B))), true),
                V_MIN | V_MAX => (up(bx(N_A), s - sc(N_A)).max(up(bx(N_B), s - sc(N_B))), true),
                V_MUL => (bx(N_A).saturating_mul(bx(N_B)), true),
                V_DIV => {
                    // |divisor| >= 1 unscaled, so |quotient| <= |dividend| * 10^e (e >= 0), rounded at most up.
                    let e = s - sc(N_A) + sc(N_B);
                    if e >= 0 {
                        (up(bx(N_A), e), true)
                    } else {
                        (down(bx(N_A), -e), up(bx(N_B), -e) <= LIMIT)
                    }
                }
                V_SQRT => {
                    let radicand = up(bx(N_A), 2 * s - sc(N_A));
                    (isqrt(radicand) + 1, true)
                }
                V_ROUND => {
                    let k = s - sc(N_A);
                    (if k >= 0 { up(bx(N_A), k) } else { down(bx(N_A), -k) }, k >= -18)
                }
                V_EMA => {
                    // Each value is a rounded weighted mean of the previous one and the input at scale s, so the
                    // bound of the rounded input holds throughout; the numerator is at most that aligned times d.
                    let (sx, d) = (sc(N_A), n[N_ALPHA_DEN] as u128);
                    let be = if s >= sx { up(bx(N_A), s - sx) } else { down(bx(N_A), sx - s) };
                    let m = s.max(sx);
                    let numerator = up(be, m - s).max(up(bx(N_A), m - sx)).saturating_mul(d);
                    // The weights must fit 64 bits too: the checked path reports an overflow where they do not.
                    let weights = up(d, m - s) <= LIMIT && up(d, m - sx) <= LIMIT;
                    (be, numerator <= LIMIT && weights)
                }
                _ => (u128::MAX, false),
            };
            let small = |b: u128| b <= i32::MAX as u128;
            let small_factors = match n[N_OP] {
                V_SCALE => small(bx(N_A)) && small(n[N_PARAM].unsigned_abs() as u128),
                V_MUL => small(bx(N_A)) && small(bx(N_B)),
                _ => false,
            };
            proof.bound[slot] = bound;
            proof.proven[slot] = bound <= LIMIT;
            proof.narrow[slot] = proof.proven[slot] && narrow;
            proof.small_factors[slot] = proof.proven[slot] && small_factors;
        }
        for slot in 0..p.conds {
            let c = p.cond(slot);
            proof.cond_proven[slot] = match c[N_OP] {
                C_GREATER | C_LESS | C_GREATER_EQUAL | C_LESS_EQUAL => {
                    let (a, b) = (c[N_A] as usize, c[N_B] as usize);
                    let (sa, sb) = (p.scale(a), p.scale(b));
                    let small = if sa < sb { a } else { b };
                    up(proof.bound[small].min(MAGNITUDE), sa.abs_diff(sb) as i32) <= LIMIT
                }
                _ => true,
            };
        }
    }

    #[inline(always)]
    fn in_place(raw: &[i64]) -> &[i64] {
        raw
    }

    #[inline(always)]
    fn field(raw: &[i64], _price: bool, out: &mut [i64]) {
        out.copy_from_slice(raw);
    }

    #[inline(always)]
    fn constant(word: i64) -> i64 {
        word
    }

    #[inline(always)]
    fn window_sum(x: &[i64], proof: &Proof, slot: usize) -> Result<i64, i64> {
        if proof.proven[slot] {
            Ok(x.iter().fold(0i64, |s, &v| s.wrapping_add(v)))
        } else {
            narrow(x.iter().map(|&v| v as i128).sum()).map_err(|_| OVERFLOW)
        }
    }

    #[inline(always)]
    fn roll(entering: &[i64], leaving: &[i64], carry: &mut i64, out: &mut [i64], proof: &Proof, slot: usize)
            -> Result<(), Fault> {
        let mut sum = *carry;
        if proof.proven[slot] {
            // Zipped slices instead of indices: no bounds check inside the loop.
            for (o, (&e, &l)) in out.iter_mut().zip(entering.iter().zip(leaving)) {
                sum = sum.wrapping_add(e).wrapping_sub(l);
                *o = sum;
            }
        } else {
            for (i, (o, (&e, &l))) in out.iter_mut().zip(entering.iter().zip(leaving)).enumerate() {
                sum = narrow(sum as i128 + e as i128 - l as i128).map_err(|_| (i, OVERFLOW))?;
                *o = sum;
            }
        }
        *carry = sum;
        Ok(())
    }

    #[inline(always)]
    fn scale(x: &[i64], factor: i64, out: &mut [i64], proof: &Proof, slot: usize) -> Result<(), Fault> {
        if proof.small_factors[slot] {
            let k = factor as i32 as i64;
            out.iter_mut().zip(x).for_each(|(o, &a)| *o = (a as i32 as i64) * k);
        } else if proof.proven[slot] {
            out.iter_mut().zip(x).for_each(|(o, &a)| *o = a.wrapping_mul(factor));
        } else {
            for (i, (o, &a)) in out.iter_mut().zip(x).enumerate() {
                *o = a.checked_mul(factor).ok_or((i, OVERFLOW))?;
            }
        }
        Ok(())
    }

    #[inline(always)]
    fn combine(op: i64, x: &[i64], sx: i32, y: &[i64], sy: i32, out: &mut [i64], proof: &Proof, slot: usize)
               -> Result<(), Fault> {
        let s = sx.max(sy);
        let (kx, ky) = ((s - sx) as u32, (s - sy) as u32);
        let rows = out.iter_mut().zip(x.iter().zip(y));
        if proof.proven[slot] {
            let (fx, fy) = (pow10_64(kx), pow10_64(ky));
            match (op, kx == 0 && ky == 0) {
                (V_ADD, true) => rows.for_each(|(o, (&a, &b))| *o = a.wrapping_add(b)),
                (V_SUB, true) => rows.for_each(|(o, (&a, &b))| *o = a.wrapping_sub(b)),
                (V_ADD, false) => rows.for_each(|(o, (&a, &b))| *o = a.wrapping_mul(fx).wrapping_add(b.wrapping_mul(fy))),
                (V_SUB, false) => rows.for_each(|(o, (&a, &b))| *o = a.wrapping_mul(fx).wrapping_sub(b.wrapping_mul(fy))),
                (V_MIN, _) => rows.for_each(|(o, (&a, &b))| {
                    let (a, b) = (a.wrapping_mul(fx), b.wrapping_mul(fy));
                    *o = if a < b { a } else { b }
                }),
                _ => rows.for_each(|(o, (&a, &b))| {
                    let (a, b) = (a.wrapping_mul(fx), b.wrapping_mul(fy));
                    *o = if a > b { a } else { b }
                }),
            }
            return Ok(());
        }
        for (i, (o, (&a, &b))) in rows.enumerate() {
            *o = match op {
                V_ADD | V_SUB => {
                    // Both operands align up; either leaving 64 bits is an overflow.
                    let (a, b) = (align(a, kx).ok_or((i, OVERFLOW))?, align(b, ky).ok_or((i, OVERFLOW))?);
                    if op == V_ADD { a.checked_add(b) } else { a.checked_sub(b) }.ok_or((i, OVERFLOW))?
                }
                // Compared exactly; only the chosen operand aligns up (on a tie the right one, as in Java).
                _ => {
                    let ord = compare(a, sx, b, sy);
                    let left = if op == V_MIN { ord == Ordering::Less } else { ord == Ordering::Greater };
                    if left { align(a, kx) } else { align(b, ky) }.ok_or((i, OVERFLOW))?
                }
            };
        }
        Ok(())
    }

    #[inline(always)]
    fn mul(x: &[i64], y: &[i64], out: &mut [i64], proof: &Proof, slot: usize) -> Result<(), Fault> {
        let rows = out.iter_mut().zip(x.iter().zip(y));
        if proof.small_factors[slot] {
            rows.for_each(|(o, (&a, &b))| *o = (a as i32 as i64) * (b as i32 as i64));
        } else if proof.proven[slot] {
            rows.for_each(|(o, (&a, &b))| *o = a.wrapping_mul(b));
        } else {
            for (i, (o, (&a, &b))) in rows.enumerate() {
                *o = a.checked_mul(b).ok_or((i, OVERFLOW))?;
            }
        }
        Ok(())
    }

    #[inline(always)]
    fn abs(x: &[i64], out: &mut [i64], proof: &Proof, slot: usize) -> Result<(), Fault> {
        if proof.proven[slot] {
            out.iter_mut().zip(x).for_each(|(o, &a)| *o = a.wrapping_abs());
        } else {
            for (i, (o, &a)) in out.iter_mut().zip(x).enumerate() {
                *o = a.checked_abs().ok_or((i, OVERFLOW))?;
            }
        }
        Ok(())
    }

    #[inline(always)]
    fn div(x: &[i64], sx: i32, y: &[i64], sy: i32, scale: i32, mode: Rounding, out: &mut [i64], proof: &Proof,
           slot: usize) -> Result<(), Fault> {
        // x/10^sx / (y/10^sy) at scale s = x * 10^(s - sx + sy) / y, rounded once.
        let e = scale - sx + sy;
        let rows = out.iter_mut().zip(x.iter().zip(y)).enumerate();
        if proof.narrow[slot] {
            let (fx, fy) = if e >= 0 { (pow10_64(e as u32), 1) } else { (1, pow10_64((-e) as u32)) };
            for (i, (o, (&a, &b))) in rows {
                if b == 0 {
                    return Err((i, STATUS_DIVISION_BY_ZERO));
                }
                *o = div_round64(a.wrapping_mul(fx), b.wrapping_mul(fy), mode).ok_or((i, OVERFLOW))?;
            }
            return Ok(());
        }
        for (i, (o, (&a, &b))) in rows {
            if b == 0 {
                return Err((i, STATUS_DIVISION_BY_ZERO));
            }
            let q = if e >= 0 {
                // A dividend beyond 128 bits makes |quotient| >= 2^127 / 2^63: certainly no i64.
                let num = if a == 0 { Some(0) } else { pow10(e as u32).and_then(|f| (a as i128).checked_mul(f)) };
                num.and_then(|num| div_round(num, b as i128, mode))
            } else {
                div_round_pow10(a as i128, b as i128, (-e) as u32, mode)
            };
            *o = q.and_then(|q| i64::try_from(q).ok()).ok_or((i, OVERFLOW))?;
        }
        Ok(())
    }

    #[inline(always)]
    fn sqrt(x: &[i64], sx: i32, scale: i32, out: &mut [i64], _proof: &Proof, _slot: usize) -> Result<(), Fault> {
        // N = x * 10^(2s - sx) is the radicand at scale 2s; its nearest integer root is the result at scale s.
        let k = (2 * scale - sx) as u32;
        for (i, (o, &a)) in out.iter_mut().zip(x).enumerate() {
            if a < 0 {
                return Err((i, STATUS_NEGATIVE_SQRT));
            }
            let n = if a == 0 { Some(0) } else { pow10(k).and_then(|f| (a as u128).checked_mul(f as u128)) };
            *o = n.and_then(|n| i64::try_from(sqrt_nearest(n)).ok()).ok_or((i, OVERFLOW))?;
        }
        Ok(())
    }

    #[inline(always)]
    fn round(x: &[i64], sx: i32, scale: i32, mode: Rounding, out: &mut [i64], proof: &Proof, slot: usize)
             -> Result<(), Fault> {
        let rows = out.iter_mut().zip(x).enumerate();
        if scale >= sx {
            let k = (scale - sx) as u32;
            if proof.proven[slot] {
                let f = pow10_64(k);
                out.iter_mut().zip(x).for_each(|(o, &a)| *o = a.wrapping_mul(f));
            } else {
                for (i, (o, &a)) in rows {
                    *o = align(a, k).ok_or((i, OVERFLOW))?;
                }
            }
            return Ok(());
        }
        let k = (sx - scale) as u32;
        if proof.narrow[slot] {
            let f = pow10_64(k);
            for (i, (o, &a)) in rows {
                *o = div_round64(a, f, mode).ok_or((i, OVERFLOW))?;
            }
        } else {
            for (i, (o, &a)) in rows {
                // Rounding to fewer places only shrinks the magnitude: the result fits.
                *o = div_round_pow10(a as i128, 1, k, mode).and_then(|q| i64::try_from(q).ok()).ok_or((i, OVERFLOW))?;
            }
        }
        Ok(())
    }

    #[inline(always)]
    fn ema(x: &[i64], sx: i32, scale: i32, (a, d): (i64, i64), seed: bool, carry: &mut i64, out: &mut [i64],
           proof: &Proof, slot: usize) -> Result<(), Fault> {
        // e = round_HE((e * (d - a) + x * a) / d) with both terms aligned to m = max(s, sx): the numerator is exact
        // at scale m, the divisor d * 10^(m - s) brings the quotient to scale s.
        let m = scale.max(sx);
        let (ke, kx) = ((m - scale) as u32, (m - sx) as u32);
        let mut e = *carry;
        let mut from = 0;
        if seed && !x.is_empty() {
            let first = if scale >= sx {
                align(x[0], (scale - sx) as u32)
            } else {
                div_round_pow10(x[0] as i128, 1, (sx - scale) as u32, Rounding::HalfEven).and_then(|q| i64::try_from(q).ok())
            };
            e = first.ok_or((0, OVERFLOW))?;
            out[0] = e;
            from = 1;
        }
        let (x, out) = (&x[from..], &mut out[from..]);
        if proof.narrow[slot] {
            // Wrapping only where the proof says nothing wraps (a weight of an all-zero input may; it multiplies 0).
            let (fe, fx) = (pow10_64(ke), pow10_64(kx));
            let (we, wx, den) = (fe.wrapping_mul(d - a), fx.wrapping_mul(a), d.wrapping_mul(fe));
            for (o, &v) in out.iter_mut().zip(x) {
                let num = e.wrapping_mul(we).wrapping_add(v.wrapping_mul(wx));
                e = div_round64(num, den, Rounding::HalfEven).unwrap_or(0);
                *o = e;
            }
        } else {
            // The weights `(d - a) * 10^(m - s)`, `a * 10^(m - sx)` and the divisor `d * 10^(m - s)` each in 64 bits,
            // the numerator in 128: any of them leaving its width is an overflow of this node (as in decimal-fixed).
            let weights = (|| {
                let (fe, fx) = (pow10(ke).and_then(|f| i64::try_from(f).ok())?, pow10(kx).and_then(|f| i64::try_from(f).ok())?);
                Some(((d - a).checked_mul(fe)?, a.checked_mul(fx)?, d.checked_mul(fe)?))
            })();
            for (i, (o, &v)) in out.iter_mut().zip(x).enumerate() {
                let (we, wx, den) = weights.ok_or((i + from, OVERFLOW))?;
                let num = (e as i128 * we as i128).checked_add(v as i128 * wx as i128);
                let q = num.and_then(|num| div_round(num, den as i128, Rounding::HalfEven));
                e = q.and_then(|q| i64::try_from(q).ok()).ok_or((i + from, OVERFLOW))?;
                *o = e;
            }
        }
        *carry = e;
        Ok(())
    }

    #[inline(always)]
    fn compare(op: i64, x: &[i64], sx: i32, y: &[i64], sy: i32, out: &mut [u8], proof: &Proof, cond: usize) {
        // The operand at the smaller scale is aligned up; with a proof that it fits, one branch-free 64-bit loop.
        let k = sx.abs_diff(sy);
        let (fx, fy) = if sx < sy { (pow10_64(k), 1) } else { (1, pow10_64(k)) };
        if k == 0 || proof.cond_proven[cond] {
            match op {
                C_GREATER => compare_rows(out, x, fx, y, fy, |a, b| a > b),
                C_LESS => compare_rows(out, x, fx, y, fy, |a, b| a < b),
                C_GREATER_EQUAL => compare_rows(out, x, fx, y, fy, |a, b| a >= b),
                _ => compare_rows(out, x, fx, y, fy, |a, b| a <= b),
            }
            return;
        }
        // Otherwise exactly in 128 bits (an aligned value beyond them exceeds every i64, so its sign decides).
        for (o, (&a, &b)) in out.iter_mut().zip(x.iter().zip(y)) {
            *o = ordered(op, compare(a, sx, b, sy));
        }
    }

    #[inline(always)]
    fn compare_constant(op: i64, x: &[i64], sx: i32, c: i64, sc: i32, out: &mut [u8], proof: &Proof, cond: usize) {
        let k = sx.abs_diff(sc);
        if sc <= sx {
            // Only the constant aligns up, once. Beyond 64 bits it exceeds every value of the row.
            match align(c, k) {
                Some(c) => compare_scalar(op, out, x, 1, c),
                // x (op) huge: the constant's sign decides for every x.
                None => out.fill(ordered(op, if c > 0 { Ordering::Less } else { Ordering::Greater })),
            }
        } else if proof.cond_proven[cond] {
            compare_scalar(op, out, x, pow10_64(k), c);
        } else {
            for (o, &a) in out.iter_mut().zip(x) {
                *o = ordered(op, compare(a, sx, c, sc));
            }
        }
    }

    #[inline(always)]
    fn value_target(amount: i64, close: i64) -> Result<i64, i64> {
        // Both at scale 4: the quotient of the unscaled values is the share count, truncated toward zero.
        if close <= 0 {
            return Err(STATUS_NON_POSITIVE_CLOSE);
        }
        amount.checked_div(close).ok_or(STATUS_OVERFLOW_LEDGER)
    }
}

/// Whether an ordering satisfies comparison `op`, as 0/1.
#[inline(always)]
fn ordered(op: i64, ord: Ordering) -> u8 {
    (match op {
        C_GREATER => ord == Ordering::Greater,
        C_LESS => ord == Ordering::Less,
        C_GREATER_EQUAL => ord != Ordering::Less,
        _ => ord != Ordering::Greater,
    }) as u8
}

/// Exact comparison of `a` at scale `sa` with `b` at scale `sb`.
#[inline]
pub fn compare(a: i64, sa: i32, b: i64, sb: i32) -> Ordering {
    match sa.cmp(&sb) {
        Ordering::Equal => a.cmp(&b),
        Ordering::Less => compare_aligned(a, (sb - sa) as u32, b),
        Ordering::Greater => compare_aligned(b, (sa - sb) as u32, a).reverse(),
    }
}

/// Compares `a * 10^k` with `b`. When `a * 10^k` leaves i128 its magnitude exceeds any i64, so its sign decides.
#[inline]
fn compare_aligned(a: i64, k: u32, b: i64) -> Ordering {
    match pow10(k).and_then(|f| (a as i128).checked_mul(f)) {
        Some(x) => x.cmp(&(b as i128)),
        None => a.cmp(&0),
    }
}

/// `out[i] = x[i] * fx (op) c` as 0/1: the caller has proven that `x[i] * fx` fits.
#[inline(always)]
fn compare_scalar(op: i64, out: &mut [u8], x: &[i64], fx: i64, c: i64) {
    let rows = out.iter_mut().zip(x);
    match (op, fx == 1) {
        (C_GREATER, true) => rows.for_each(|(o, &a)| *o = (a > c) as u8),
        (C_LESS, true) => rows.for_each(|(o, &a)| *o = (a < c) as u8),
        (C_GREATER_EQUAL, true) => rows.for_each(|(o, &a)| *o = (a >= c) as u8),
        (_, true) => rows.for_each(|(o, &a)| *o = (a <= c) as u8),
        (C_GREATER, false) => rows.for_each(|(o, &a)| *o = (a.wrapping_mul(fx) > c) as u8),
        (C_LESS, false) => rows.for_each(|(o, &a)| *o = (a.wrapping_mul(fx) < c) as u8),
        (C_GREATER_EQUAL, false) => rows.for_each(|(o, &a)| *o = (a.wrapping_mul(fx) >= c) as u8),
        (_, false) => rows.for_each(|(o, &a)| *o = (a.wrapping_mul(fx) <= c) as u8),
    }
}

/// `out[i] = f(x[i] * fx, y[i] * fy)` as 0/1: the caller has proven that the aligned operand fits.
#[inline(always)]
fn compare_rows(out: &mut [u8], x: &[i64], fx: i64, y: &[i64], fy: i64, f: impl Fn(i64, i64) -> bool) {
    let rows = out.iter_mut().zip(x.iter().zip(y));
    if fx == 1 && fy == 1 {
        rows.for_each(|(o, (&a, &b))| *o = f(a, b) as u8);
    } else {
        rows.for_each(|(o, (&a, &b))| *o = f(a.wrapping_mul(fx), b.wrapping_mul(fy)) as u8);
    }
}

/// The exact ledger: cash, positions, fills and commissions at scale 4 (the site's Semantics page).
pub struct FixedLedger {
    capital: i128,
    commission: i128,
    bps: i128,
    periods: i128,
    cash: i64,
    commissions: i64,
}

impl Ledger for FixedLedger {
    fn new(p: &Program) -> Self {
        FixedLedger {
            capital: p.word(H_CAPITAL) as i128,
            commission: p.word(H_COMMISSION) as i128,
            bps: p.word(H_SLIPPAGE_BPS) as i128,
            periods: p.word(H_PERIODS) as i128,
            cash: 0,
            commissions: 0,
        }
    }

    #[inline(always)]
    fn start_asset(&mut self) {
        self.cash = 0;
    }

    #[inline(always)]
    fn fill(&mut self, open: i64, qty: i64) -> Result<(), i64> {
        // The price from a 128-bit product rounded once; every other step a checked 64-bit one (as decimal-fixed).
        let factor = if qty > 0 { 10_000 + self.bps } else { 10_000 - self.bps };
        let price = narrow(div_half_even(open as i128 * factor, 10_000)).map_err(|_| L_FILL_PRICE)?;
        let fee = qty.checked_abs().and_then(|q| q.checked_mul(self.commission as i64)).ok_or(L_CASH)?;
        let cost = qty.checked_mul(price).and_then(|c| c.checked_add(fee)).ok_or(L_CASH)?;
        self.cash = self.cash.checked_sub(cost).ok_or(L_CASH)?;
        self.commissions = self.commissions.checked_add(fee).ok_or(L_COMMISSIONS)?;
        Ok(())
    }

    #[inline(always)]
    fn mark(&mut self, flow: &mut i64, position: i64, close: i64) -> Result<(), i64> {
        // flow + (cash + position * close), each step checked in 64 bits.
        *flow = position.checked_mul(close).and_then(|v| self.cash.checked_add(v)).and_then(|v| flow.checked_add(v))
            .ok_or(L_PORTFOLIO_VALUE)?;
        Ok(())
    }

    fn finish(self, flows: &mut [i64], s: &mut Summary) -> Result<(), Failure> {
        for (i, v) in flows.iter_mut().enumerate() {
            *v = narrow(*v as i128 + self.capital).map_err(|_| Failure {
                status: STATUS_OVERFLOW_LEDGER, source: SRC_METRICS, what: L_PORTFOLIO_VALUE, asset: -1, bar: i as i64,
            })?;
        }
        s.commissions = self.commissions;
        metrics(flows, self.capital, self.periods, s)
    }
}

/// `num / den` at scale 12, rounded HALF_EVEN (`den` non-zero); None when `num * 10^12` leaves 128 bits. Session
/// returns and drawdowns divide 64-bit money by 64-bit money, so the scaled dividend has at most 104 bits and the
/// quotient fits 64: one hardware 128-by-64 division then does what a general 128-bit division does in software.
#[inline]
fn ratio12(num: i128, den: i128) -> Option<i128> {
    if num == 0 {
        return Some(0);
    }
    #[cfg(target_arch = "x86_64")]
    if let (Ok(n), Ok(d)) = (u64::try_from(num.unsigned_abs()), u64::try_from(den)) {
        let wide = n as u128 * RATIO_ONE as u128;
        let (hi, lo) = ((wide >> 64) as u64, wide as u64);
        if hi < d {
            let (q, r) = divide_wide(hi, lo, d);
            // HALF_EVEN on the magnitude; it is symmetric, so the sign goes on afterwards.
            let rest = d - r;
            let q = q as i128 + (r > rest || (r == rest && q & 1 == 1)) as i128;
            return Some(if num < 0 { -q } else { q });
        }
    }
    num.checked_mul(RATIO_ONE).map(|scaled| div_half_even(scaled, den))
}

/// `(hi * 2^64 + lo) / d` and its remainder by the CPU's 128-by-64 division; needs `hi < d` (the quotient fits).
#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn divide_wide(hi: u64, lo: u64, d: u64) -> (u64, u64) {
    debug_assert!(hi < d);
    let (q, r);
    // SAFETY: `div` raises #DE only for a zero divisor or a quotient beyond 64 bits; hi < d rules out both.
    unsafe {
        std::arch::asm!("div {d}", d = in(reg) d, inout("rax") lo => q, inout("rdx") hi => r,
                        options(pure, nomem, nostack));
    }
    (q, r)
}

/// Returns, mean, variance, volatility, Sharpe, Sortino and drawdown (the site's Semantics page, "Results"):
/// ratios at scale 12 rounded HALF_EVEN, `sqrt12` rounded to nearest.
fn metrics(v: &[i64], capital: i128, periods: i128, s: &mut Summary) -> Result<(), Failure> {
    let n = v.len();
    let err = |i: usize| Failure { status: STATUS_OVERFLOW_LEDGER, source: SRC_METRICS, what: L_RETURNS, asset: -1,
        bar: i as i64 };
    let wide = |e: DecimalError, i: usize| match e {
        DecimalError::DivisionByZero => Failure { status: STATUS_DIVISION_BY_ZERO, ..err(i) },
        _ => err(i),
    };
    let ratio = |num: i128, den: i128, i: usize| -> Result<i128, Failure> {
        if den == 0 {
            return Err(wide(DecimalError::DivisionByZero, i));
        }
        ratio12(num, den).ok_or(err(i))
    };
    let last = if n == 0 { capital } else { v[n - 1] as i128 };
    s.final_value = narrow(last).map_err(|e| wide(e, n))?;
    s.total_return = narrow(ratio(last - capital, capital, n)?).map_err(|e| wide(e, n))?;

    let mut sum: i128 = 0;
    let mut peak = capital;
    let mut drawdown: i128 = 0;
    let mut prev = capital;
    for (i, &value) in v.iter().enumerate() {
        let value = value as i128;
        if prev <= 0 {
            // The return divides by the previous value; `bar` names that session (the Java side words the message).
            return Err(Failure { status: STATUS_NON_POSITIVE_VALUE, source: SRC_METRICS, what: L_RETURNS, asset: -1,
                bar: i as i64 - 1 });
        }
        sum += ratio(value - prev, prev, i)?;
        prev = value;
        peak = peak.max(value);
        drawdown = drawdown.max(ratio(peak - value, peak, i)?);
    }
    s.max_drawdown = narrow(drawdown).map_err(|e| wide(e, n))?;
    if n == 0 {
        return Ok(());
    }
    let mean = div_half_even(sum, n as i128);
    let mut squares: i128 = 0; // scale 24
    let mut downside: i128 = 0; // scale 24
    prev = capital;
    for (i, &value) in v.iter().enumerate() {
        let r = ratio(value as i128 - prev, prev, i)?;
        prev = value as i128;
        let d = r - mean;
        squares = d.checked_mul(d).and_then(|q| squares.checked_add(q)).ok_or(err(i))?;
        if r < 0 {
            downside = r.checked_mul(r).and_then(|q| downside.checked_add(q)).ok_or(err(i))?;
        }
    }
    let variance = if n < 2 { 0 } else { div_half_even(squares, (n as i128 - 1) * RATIO_ONE) };
    let downside_variance = div_half_even(downside, n as i128 * RATIO_ONE);
    let annual_mean = mean.checked_mul(periods).ok_or(err(n))?;
    let volatility = variance.checked_mul(periods).ok_or(err(n)).and_then(|v| sqrt12(v).map_err(|e| wide(e, n)))?;
    let downside_volatility =
        downside_variance.checked_mul(periods).ok_or(err(n)).and_then(|v| sqrt12(v).map_err(|e| wide(e, n)))?;
    s.volatility = narrow(volatility).map_err(|e| wide(e, n))?;
    s.sharpe = if volatility == 0 { 0 } else { narrow(ratio(annual_mean, volatility, n)?).map_err(|e| wide(e, n))? };
    s.sortino = if downside_volatility == 0 {
        0
    } else {
        narrow(ratio(annual_mean, downside_volatility, n)?).map_err(|e| wide(e, n))?
    };
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fast_ratio_is_the_exact_half_even_ratio() {
        let mut x: u64 = 0x1234_5678_9ABC_DEF1;
        let mut next = || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        let exact = |n: i128, d: i128| div_half_even(n * RATIO_ONE, d);
        for _ in 0..1_000_000 {
            let n = (next() >> (next() % 64)) as i64 as i128 * if next() & 1 == 0 { 1 } else { -1 };
            let d = (next() >> (next() % 64)).max(1) as i64 as i128;
            let d = if d == 0 { 1 } else { d.abs() };
            if let Some(r) = ratio12(n, d) {
                assert_eq!(r, exact(n, d), "{n} / {d}");
            }
        }
        // Exact ties at scale 12, both signs: 1/(2 * 10^12) -> 0 (even), 3/(2 * 10^12) -> 2.
        assert_eq!(ratio12(1, 2 * RATIO_ONE), Some(0));
        assert_eq!(ratio12(3, 2 * RATIO_ONE), Some(2));
        assert_eq!(ratio12(-3, 2 * RATIO_ONE), Some(-2));
        assert_eq!(ratio12(5, 2 * RATIO_ONE), Some(2));
        assert_eq!(ratio12(i64::MAX as i128, 1), Some(i64::MAX as i128 * RATIO_ONE));
        assert_eq!(ratio12(0, 7), Some(0));
    }
}
