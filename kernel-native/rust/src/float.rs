//! The binary-float arithmetic of `float-native`: IEEE `f64`, no fused multiply-add, no reassociation, every
//! operation in the order the site's Semantics page writes down for the `float` modes, so that this engine's
//! results equal Java `float`'s bit for bit. Zero divisors and negative square roots are errors here too (one
//! semantics for every mode); nothing else is checked, as in Java's `double` code.

use crate::abi::*;
use crate::decimal::Rounding;
use crate::engine::{Arithmetic, AssetColumns, Fault, Ledger, Summary};
use crate::program::{Failure, Program};

pub struct Float;

const PRICE_UNIT: f64 = 10_000.0;

/// 10^s as the double literal `1e<s>` (correctly rounded, as Java's literal and `Double.parseDouble` are).
const POW10: [f64; 37] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
    1e20, 1e21, 1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28, 1e29, 1e30, 1e31, 1e32, 1e33, 1e34, 1e35, 1e36,
];

#[inline]
fn f(word: i64) -> f64 {
    f64::from_bits(word as u64)
}

#[inline]
fn bits(v: f64) -> i64 {
    v.to_bits() as i64
}

/// Java's `Math.max(double, double)` (NaN wins, +0.0 above -0.0).
fn java_max(a: f64, b: f64) -> f64 {
    if a.is_nan() {
        a
    } else if a == 0.0 && b == 0.0 && a.is_sign_negative() {
        b
    } else if a >= b {
        a
    } else {
        b
    }
}

/// Java's `Math.min(double, double)` (NaN wins, -0.0 below +0.0).
fn java_min(a: f64, b: f64) -> f64 {
    if a.is_nan() {
        a
    } else if a == 0.0 && b == 0.0 && b.is_sign_negative() {
        b
    } else if a <= b {
        a
    } else {
        b
    }
}

impl Arithmetic for Float {
    type V = f64;
    type Proof = ();
    type Ledger = FloatLedger;
    const CODE: i64 = ARITHMETIC_F64;
    const FIELDS_IN_PLACE: bool = false;

    fn new_proof(_p: &Program) {}

    #[inline(always)]
    fn prove(_proof: &mut (), _p: &Program, _cols: &AssetColumns) {}

    #[inline(always)]
    fn in_place(_raw: &[i64]) -> &[f64] {
        unreachable!("f64 fields are converted into rows")
    }

    #[inline(always)]
    fn field(raw: &[i64], price: bool, out: &mut [f64]) {
        if price {
            out.iter_mut().zip(raw).for_each(|(o, &v)| *o = v as f64 / PRICE_UNIT);
        } else {
            out.iter_mut().zip(raw).for_each(|(o, &v)| *o = v as f64);
        }
    }

    #[inline(always)]
    fn constant(word: i64) -> f64 {
        f(word)
    }

    #[inline(always)]
    fn window_sum(x: &[f64], _: &(), _: usize) -> Result<f64, i64> {
        let mut s = 0.0;
        for &v in x {
            s += v;
        }
        Ok(s)
    }

    #[inline(always)]
    fn roll(entering: &[f64], leaving: &[f64], carry: &mut f64, out: &mut [f64], _: &(), _: usize)
            -> Result<(), Fault> {
        let mut s = *carry;
        for (o, (&e, &l)) in out.iter_mut().zip(entering.iter().zip(leaving)) {
            s += e - l;
            *o = s;
        }
        *carry = s;
        Ok(())
    }

    #[inline(always)]
    fn scale(x: &[f64], factor: i64, out: &mut [f64], _: &(), _: usize) -> Result<(), Fault> {
        let k = factor as f64;
        out.iter_mut().zip(x).for_each(|(o, &a)| *o = a * k);
        Ok(())
    }

    #[inline(always)]
    fn combine(op: i64, x: &[f64], _sx: i32, y: &[f64], _sy: i32, out: &mut [f64], _: &(), _: usize)
               -> Result<(), Fault> {
        let rows = out.iter_mut().zip(x.iter().zip(y));
        match op {
            V_ADD => rows.for_each(|(o, (&a, &b))| *o = a + b),
            V_SUB => rows.for_each(|(o, (&a, &b))| *o = a - b),
            // One definition in both languages: `x < y ? x : y`, not Math.min.
            V_MIN => rows.for_each(|(o, (&a, &b))| *o = if a < b { a } else { b }),
            _ => rows.for_each(|(o, (&a, &b))| *o = if a > b { a } else { b }),
        }
        Ok(())
    }

    #[inline(always)]
    fn mul(x: &[f64], y: &[f64], out: &mut [f64], _: &(), _: usize) -> Result<(), Fault> {
        out.iter_mut().zip(x.iter().zip(y)).for_each(|(o, (&a, &b))| *o = a * b);
        Ok(())
    }

    #[inline(always)]
    fn abs(x: &[f64], out: &mut [f64], _: &(), _: usize) -> Result<(), Fault> {
        out.iter_mut().zip(x).for_each(|(o, &a)| *o = a.abs());
        Ok(())
    }

    #[inline(always)]
    fn div(x: &[f64], _sx: i32, y: &[f64], _sy: i32, _scale: i32, _mode: Rounding, out: &mut [f64], _: &(),
           _: usize) -> Result<(), Fault> {
        for (i, (o, (&a, &b))) in out.iter_mut().zip(x.iter().zip(y)).enumerate() {
            if b == 0.0 {
                return Err((i, STATUS_DIVISION_BY_ZERO));
            }
            *o = a / b;
        }
        Ok(())
    }

    #[inline(always)]
    fn sqrt(x: &[f64], _sx: i32, _scale: i32, out: &mut [f64], _: &(), _: usize) -> Result<(), Fault> {
        for (i, (o, &a)) in out.iter_mut().zip(x).enumerate() {
            if a < 0.0 {
                return Err((i, STATUS_NEGATIVE_SQRT));
            }
            *o = a.sqrt();
        }
        Ok(())
    }

    #[inline(always)]
    fn round(x: &[f64], _sx: i32, scale: i32, mode: Rounding, out: &mut [f64], _: &(), _: usize)
             -> Result<(), Fault> {
        let p = POW10[scale as usize];
        let rows = out.iter_mut().zip(x);
        match mode {
            Rounding::HalfEven => rows.for_each(|(o, &a)| *o = (a * p).round_ties_even() / p),
            Rounding::Floor => rows.for_each(|(o, &a)| *o = (a * p).floor() / p),
            Rounding::Ceiling => rows.for_each(|(o, &a)| *o = (a * p).ceil() / p),
            Rounding::Down => rows.for_each(|(o, &a)| {
                let v = a * p;
                *o = (if v < 0.0 { v.ceil() } else { v.floor() }) / p
            }),
            Rounding::HalfUp => rows.for_each(|(o, &a)| {
                let v = a * p;
                *o = (if v < 0.0 { -(-a * p + 0.5).floor() } else { (v + 0.5).floor() }) / p
            }),
        }
        Ok(())
    }

    #[inline(always)]
    fn ema(x: &[f64], _sx: i32, _scale: i32, (a, d): (i64, i64), seed: bool, carry: &mut f64, out: &mut [f64],
           _: &(), _: usize) -> Result<(), Fault> {
        let mut e = *carry;
        let mut from = 0;
        if seed && !x.is_empty() {
            e = x[0];
            out[0] = e;
            from = 1;
        }
        let (keep, weight, den) = ((d - a) as f64, a as f64, d as f64);
        for (o, &v) in out[from..].iter_mut().zip(&x[from..]) {
            e = (e * keep + v * weight) / den;
            *o = e;
        }
        *carry = e;
        Ok(())
    }

    #[inline(always)]
    fn compare(op: i64, x: &[f64], _sx: i32, y: &[f64], _sy: i32, out: &mut [u8], _: &(), _: usize) {
        let rows = out.iter_mut().zip(x.iter().zip(y));
        match op {
            C_GREATER => rows.for_each(|(o, (&a, &b))| *o = (a > b) as u8),
            C_LESS => rows.for_each(|(o, (&a, &b))| *o = (a < b) as u8),
            C_GREATER_EQUAL => rows.for_each(|(o, (&a, &b))| *o = (a >= b) as u8),
            _ => rows.for_each(|(o, (&a, &b))| *o = (a <= b) as u8),
        }
    }

    #[inline(always)]
    fn compare_constant(op: i64, x: &[f64], _sx: i32, c: f64, _sc: i32, out: &mut [u8], _: &(), _: usize) {
        let rows = out.iter_mut().zip(x);
        match op {
            C_GREATER => rows.for_each(|(o, &a)| *o = (a > c) as u8),
            C_LESS => rows.for_each(|(o, &a)| *o = (a < c) as u8),
            C_GREATER_EQUAL => rows.for_each(|(o, &a)| *o = (a >= c) as u8),
            _ => rows.for_each(|(o, &a)| *o = (a <= c) as u8),
        }
    }

    #[inline(always)]
    fn value_target(amount: i64, close: i64) -> Result<i64, i64> {
        if close <= 0 {
            return Err(STATUS_NON_POSITIVE_CLOSE);
        }
        // Rust's `as` truncates toward zero and saturates, as Java's (long) cast does.
        Ok((f(amount) / (close as f64 / PRICE_UNIT)) as i64)
    }
}

/// The ledger in `f64`, in the operation order of Java `float`'s ledger (the site's Semantics page).
pub struct FloatLedger {
    capital: f64,
    buy: f64,
    sell: f64,
    commission: f64,
    periods: f64,
    cash: f64,
    commissions: f64,
}

impl Ledger for FloatLedger {
    fn new(p: &Program) -> Self {
        let bps = p.word(H_SLIPPAGE_BPS) as f64;
        FloatLedger {
            capital: f(p.word(H_CAPITAL)),
            buy: 1.0 + bps / PRICE_UNIT,
            sell: 1.0 - bps / PRICE_UNIT,
            commission: f(p.word(H_COMMISSION)),
            periods: p.word(H_PERIODS) as f64,
            cash: 0.0,
            commissions: 0.0,
        }
    }

    #[inline(always)]
    fn start_asset(&mut self) {
        self.cash = 0.0;
    }

    #[inline(always)]
    fn fill(&mut self, open: i64, qty: i64) -> Result<(), i64> {
        let open = open as f64 / PRICE_UNIT;
        let factor = if qty > 0 { self.buy } else { self.sell };
        let price = (open * factor * PRICE_UNIT).round_ties_even() / PRICE_UNIT;
        // Java's Math.abs(long), then long * double.
        let commission = qty.wrapping_abs() as f64 * self.commission;
        self.cash -= qty as f64 * price + commission;
        self.commissions += commission;
        Ok(())
    }

    #[inline(always)]
    fn mark(&mut self, flow: &mut i64, position: i64, close: i64) -> Result<(), i64> {
        *flow = bits(f(*flow) + (self.cash + position as f64 * (close as f64 / PRICE_UNIT)));
        Ok(())
    }

    fn finish(self, flows: &mut [i64], s: &mut Summary) -> Result<(), Failure> {
        for v in flows.iter_mut() {
            *v = bits(self.capital + f(*v));
        }
        s.commissions = bits(self.commissions);
        metrics(flows, self.capital, self.periods, s)
    }
}

/// The metrics of Java `float` (two passes, each session's return recomputed in the second).
fn metrics(values: &[i64], capital: f64, periods: f64, s: &mut Summary) -> Result<(), Failure> {
    let n = values.len();
    let v = |i: usize| f(values[i]);
    let ret = |i: usize| -> Result<f64, Failure> {
        let previous = if i == 0 { capital } else { v(i - 1) };
        if previous <= 0.0 {
            return Err(Failure { status: STATUS_NON_POSITIVE_VALUE, source: SRC_METRICS, what: L_RETURNS, asset: -1,
                bar: i as i64 - 1 });
        }
        Ok((v(i) - previous) / previous)
    };
    let last = if n == 0 { capital } else { v(n - 1) };
    let mut sum = 0.0;
    let mut peak = capital;
    let mut max_drawdown = 0.0;
    for i in 0..n {
        sum += ret(i)?;
        peak = java_max(peak, v(i));
        max_drawdown = java_max(max_drawdown, (peak - v(i)) / peak);
    }
    let mean = if n == 0 { 0.0 } else { sum / n as f64 };
    let mut squares = 0.0;
    let mut down_squares = 0.0;
    for i in 0..n {
        let r = ret(i)?;
        squares += (r - mean) * (r - mean);
        let down = java_min(r, 0.0);
        down_squares += down * down;
    }
    let variance = if n < 2 { 0.0 } else { squares / (n - 1) as f64 };
    let volatility = (variance * periods).sqrt();
    let sharpe = if volatility == 0.0 { 0.0 } else { mean * periods / volatility };
    let downside = if n == 0 { 0.0 } else { (down_squares / n as f64 * periods).sqrt() };
    let sortino = if downside == 0.0 { 0.0 } else { mean * periods / downside };
    s.final_value = bits(last);
    s.total_return = bits((last - capital) / capital);
    s.max_drawdown = bits(max_drawdown);
    s.volatility = bits(volatility);
    s.sharpe = bits(sharpe);
    s.sortino = bits(sortino);
    Ok(())
}
