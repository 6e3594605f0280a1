//! Tests of the engine in both arithmetics: every node against a naive per-bar definition written independently
//! here (exact integers for fixed point, the Semantics page's operation order for f64), random plans over every node
//! kind, the overflow proof on data near the 64-bit limit, errors, and whole backtests worked out by hand.

use crate::abi::*;
use crate::decimal::Rounding;
use crate::engine::{self, node_values, Arithmetic, Market, BLOCK};
use crate::fixed::Fixed;
use crate::float::Float;
use crate::program::Failure;

// ---- a small column API, encoded as Java's NativeProgram encodes an ExprPlan --------------------------------------

#[derive(Clone, Debug)]
pub enum E {
    Field(i64),
    Const(i64, i32),
    RSum(Box<E>, i64),
    RMax(Box<E>, i64),
    RMin(Box<E>, i64),
    Shift(Box<E>, i64),
    Scale(Box<E>, i64),
    Add(Box<E>, Box<E>),
    Sub(Box<E>, Box<E>),
    Mul(Box<E>, Box<E>),
    Min(Box<E>, Box<E>),
    Max(Box<E>, Box<E>),
    Abs(Box<E>),
    Div(Box<E>, Box<E>, i32, Rounding),
    Sqrt(Box<E>, i32),
    Round(Box<E>, i32, Rounding),
    Ema(Box<E>, i64, i64, i64, i32),
}

use E::*;

fn b(e: &E) -> Box<E> {
    Box::new(e.clone())
}

pub fn close() -> E {
    Field(F_CLOSE)
}

impl E {
    fn inputs(&self) -> Vec<&E> {
        match self {
            Field(_) | Const(..) => vec![],
            RSum(x, _) | RMax(x, _) | RMin(x, _) | Shift(x, _) | Scale(x, _) | Abs(x) | Sqrt(x, _) | Round(x, ..)
            | Ema(x, ..) => vec![x],
            Add(x, y) | Sub(x, y) | Mul(x, y) | Min(x, y) | Max(x, y) | Div(x, y, ..) => vec![x, y],
        }
    }

    pub fn scale(&self) -> i32 {
        match self {
            Field(c) => if *c == F_VOLUME { 0 } else { 4 },
            Const(_, s) | Div(_, _, s, _) | Sqrt(_, s) | Round(_, s, _) | Ema(_, _, _, _, s) => *s,
            Mul(x, y) => x.scale() + y.scale(),
            Add(x, y) | Sub(x, y) | Min(x, y) | Max(x, y) => x.scale().max(y.scale()),
            RSum(x, _) | RMax(x, _) | RMin(x, _) | Shift(x, _) | Scale(x, _) | Abs(x) => x.scale(),
        }
    }

    pub fn warmup(&self) -> i64 {
        match self {
            Field(_) | Const(..) => 0,
            RSum(x, w) | RMax(x, w) | RMin(x, w) | Ema(x, w, ..) => x.warmup() + w - 1,
            Shift(x, k) => x.warmup() + k,
            _ => self.inputs().iter().map(|e| e.warmup()).max().unwrap(),
        }
    }

    /// The first bar the engine computes (state nodes start at their input's first defined bar).
    fn eval_from(&self) -> i64 {
        match self {
            RMax(x, _) | RMin(x, _) | Ema(x, ..) => x.warmup(),
            _ => self.warmup(),
        }
    }
}

#[derive(Clone, Debug)]
pub enum C {
    Cmp(i64, E, E),
    And(Box<C>, Box<C>),
    Or(Box<C>, Box<C>),
    Not(Box<C>),
}

impl C {
    fn warmup(&self) -> i64 {
        match self {
            C::Cmp(_, x, y) => x.warmup().max(y.warmup()),
            C::And(x, y) | C::Or(x, y) => x.warmup().max(y.warmup()),
            C::Not(x) => x.warmup(),
        }
    }
}

fn rounding_code(m: Rounding) -> i64 {
    match m {
        Rounding::HalfEven => R_HALF_EVEN,
        Rounding::HalfUp => R_HALF_UP,
        Rounding::Down => R_DOWN,
        Rounding::Floor => R_FLOOR,
        Rounding::Ceiling => R_CEILING,
    }
}

/// The double nearest to unscaled * 10^-scale (what BigDecimal.doubleValue() gives Java's encoder).
fn const_f64(u: i64, s: i32) -> f64 {
    format!("{u}e-{s}").parse().unwrap()
}

pub struct Plan {
    pub words: Vec<i64>,
    pub values: Vec<(E, Vec<usize>)>,
    pub conds: Vec<(C, Vec<usize>)>,
}

#[derive(Clone, Copy)]
pub enum T {
    Shares(i64),
    /// Unscaled at scale 4.
    Value(i64),
}

pub struct Rules {
    pub capital: i64,
    pub commission: i64,
    pub bps: i64,
    pub percent: i64,
    pub periods: i64,
}

pub const RULES: Rules = Rules { capital: 1_000_000_000, commission: 10, bps: 5, percent: 10, periods: 252 };

impl Plan {
    pub fn new(f64s: bool, enter: &C, et: T, exit: &C, xt: T, r: &Rules) -> Plan {
        let mut p = Plan { words: vec![], values: vec![], conds: vec![] };
        let enter_slot = p.cond(enter);
        let exit_slot = p.cond(exit);
        let money = |u: i64| if f64s { const_f64(u, 4).to_bits() as i64 } else { u };
        let target = |t: T| match t {
            T::Shares(n) => (TARGET_SHARES, n),
            T::Value(u) => (TARGET_VALUE, money(u)),
        };
        let mut h = vec![0i64; HEADER_WORDS];
        h[H_VERSION] = PROGRAM_VERSION;
        h[H_ARITHMETIC] = if f64s { ARITHMETIC_F64 } else { ARITHMETIC_FIXED };
        h[H_VALUES] = p.values.len() as i64;
        h[H_CONDS] = p.conds.len() as i64;
        h[H_ENTER_SLOT] = enter_slot as i64;
        h[H_EXIT_SLOT] = exit_slot as i64;
        (h[H_ENTER_KIND], h[H_ENTER_TARGET]) = target(et);
        (h[H_EXIT_KIND], h[H_EXIT_TARGET]) = target(xt);
        h[H_CAPITAL] = money(r.capital);
        h[H_SLIPPAGE_BPS] = r.bps;
        h[H_VOLUME_PERCENT] = r.percent;
        h[H_COMMISSION] = money(r.commission);
        h[H_PERIODS] = r.periods;
        for (e, ins) in &p.values {
            let mut n = [0i64; NODE_WORDS];
            n[N_A] = ins.first().map_or(0, |&s| s as i64);
            n[N_B] = ins.get(1).map_or(0, |&s| s as i64);
            n[N_SCALE] = e.scale() as i64;
            n[N_WARMUP] = e.warmup();
            (n[N_OP], n[N_PARAM]) = match e {
                Field(c) => (V_FIELD, *c),
                Const(u, s) => (V_CONST, if f64s { const_f64(*u, *s).to_bits() as i64 } else { *u }),
                RSum(_, w) => (V_ROLLING_SUM, *w),
                RMax(_, w) => (V_ROLLING_MAX, *w),
                RMin(_, w) => (V_ROLLING_MIN, *w),
                Shift(_, k) => (V_SHIFT, *k),
                Scale(_, k) => (V_SCALE, *k),
                Add(..) => (V_ADD, 0),
                Sub(..) => (V_SUB, 0),
                Mul(..) => (V_MUL, 0),
                Min(..) => (V_MIN, 0),
                Max(..) => (V_MAX, 0),
                Abs(_) => (V_ABS, 0),
                Div(_, _, _, m) => (V_DIV, rounding_code(*m)),
                Sqrt(..) => (V_SQRT, 0),
                Round(_, _, m) => (V_ROUND, rounding_code(*m)),
                Ema(_, w, a, d, _) => {
                    n[N_ALPHA_NUM] = *a;
                    n[N_ALPHA_DEN] = *d;
                    (V_EMA, *w)
                }
            };
            h.extend(n);
        }
        for (c, ins) in &p.conds {
            let mut n = [0i64; NODE_WORDS];
            n[N_OP] = match c {
                C::Cmp(op, ..) => *op,
                C::And(..) => C_AND,
                C::Or(..) => C_OR,
                C::Not(_) => C_NOT,
            };
            n[N_A] = ins[0] as i64;
            n[N_B] = ins.get(1).map_or(0, |&s| s as i64);
            n[N_WARMUP] = c.warmup();
            h.extend(n);
        }
        p.words = h;
        p
    }

    fn value(&mut self, e: &E) -> usize {
        let ins: Vec<usize> = e.inputs().into_iter().map(|x| self.value(x)).collect();
        self.values.push((e.clone(), ins));
        self.values.len() - 1
    }

    fn cond(&mut self, c: &C) -> usize {
        let ins = match c {
            C::Cmp(_, x, y) => vec![self.value(x), self.value(y)],
            C::And(x, y) | C::Or(x, y) => vec![self.cond(x), self.cond(y)],
            C::Not(x) => vec![self.cond(x)],
        };
        self.conds.push((c.clone(), ins));
        self.conds.len() - 1
    }

    /// A plan that only evaluates `e` (and conditions on it nobody trades on).
    fn of(f64s: bool, e: &E) -> Plan {
        let c = C::Cmp(C_GREATER, e.clone(), e.clone());
        Plan::new(f64s, &c, T::Shares(0), &c, T::Shares(0), &RULES)
    }
}

// ---- independent per-bar definitions ----------------------------------------------------------------------------

/// `num / den` rounded with `mode`, from floor division (a different route than the engine's truncation).
fn reference_round(num: i128, den: i128, mode: Rounding) -> i128 {
    let (n, d) = if den < 0 { (-num, -den) } else { (num, den) };
    let (q, r) = (n.div_euclid(d), n.rem_euclid(d));
    if r == 0 {
        return q;
    }
    let half = (2 * r).cmp(&d);
    match mode {
        Rounding::Floor => q,
        Rounding::Ceiling => q + 1,
        Rounding::Down => if n >= 0 { q } else { q + 1 },
        Rounding::HalfUp => match half {
            std::cmp::Ordering::Greater => q + 1,
            std::cmp::Ordering::Less => q,
            _ => if n > 0 { q + 1 } else { q },
        },
        Rounding::HalfEven => match half {
            std::cmp::Ordering::Greater => q + 1,
            std::cmp::Ordering::Less => q,
            _ => if q % 2 == 0 { q } else { q + 1 },
        },
    }
}

fn p10(k: i32) -> Option<i128> {
    10i128.checked_pow(k as u32)
}

fn fit(v: Option<i128>) -> Result<i64, i64> {
    v.and_then(|v| i64::try_from(v).ok()).ok_or(STATUS_OVERFLOW_NODE)
}

/// `v * 10^k` exactly (the test data keeps k small enough for 128 bits).
fn wide(v: i64, k: i32) -> i128 {
    v as i128 * p10(k).unwrap()
}

fn align(v: i64, k: i32) -> Result<i64, i64> {
    fit(p10(k).and_then(|f| (v as i128).checked_mul(f)))
}

fn isqrt_by_bisection(n: u128) -> u128 {
    let (mut lo, mut hi) = (0u128, 1u128 << 64);
    while hi - lo > 1 {
        let mid = (lo + hi) / 2;
        if mid.checked_mul(mid).is_some_and(|sq| sq <= n) { lo = mid } else { hi = mid }
    }
    lo
}

/// Per slot per bar: `Some(Ok(v))` defined, `Some(Err(status))` this node's own failure, None not computed (before
/// its first bar, or an input missing).
type Column<V> = Vec<Option<Result<V, i64>>>;

fn ok<V: Copy>(c: &Column<V>, t: usize) -> Option<V> {
    c.get(t).copied().flatten().and_then(|r| r.ok())
}

fn raw(fields: &[Vec<i64>; 5], c: i64) -> &Vec<i64> {
    &fields[(c - F_OPEN) as usize]
}

fn exact_values(plan: &Plan, fields: &[Vec<i64>; 5]) -> Vec<Column<i64>> {
    let bars = fields[0].len();
    let mut out: Vec<Column<i64>> = vec![];
    for (e, ins) in &plan.values {
        let x = ins.first().map(|&s| &out[s]);
        let y = ins.get(1).map(|&s| &out[s]);
        let sx = e.inputs().first().map_or(0, |i| i.scale());
        let sy = e.inputs().get(1).map_or(0, |i| i.scale());
        let s = e.scale();
        let from = e.eval_from() as usize;
        let mut col: Column<i64> = vec![None; bars];
        let mut ema: Option<i64> = None;
        for t in from..bars {
            let xv = x.and_then(|c| ok(c, t));
            let yv = y.and_then(|c| ok(c, t));
            let v: Option<Result<i64, i64>> = match e {
                Field(c) => Some(Ok(raw(fields, *c)[t])),
                Const(u, _) => Some(Ok(*u)),
                RSum(_, w) => (t + 1 - *w as usize..=t).map(|b| ok(x.unwrap(), b).map(|v| v as i128))
                    .sum::<Option<i128>>().map(|s| fit(Some(s))),
                RMax(_, w) | RMin(_, w) => {
                    let lo = (t + 1).saturating_sub(*w as usize).max(from);
                    let vals: Option<Vec<i64>> = (lo..=t).map(|b| ok(x.unwrap(), b)).collect();
                    vals.map(|v| Ok(if matches!(e, RMax(..)) { *v.iter().max().unwrap() } else { *v.iter().min().unwrap() }))
                }
                Shift(_, k) => ok(x.unwrap(), t - *k as usize).map(Ok),
                Scale(_, k) => xv.map(|a| fit((a as i128).checked_mul(*k as i128))),
                Add(..) | Sub(..) => xv.zip(yv).map(|(a, bb)| {
                    let (a, bb) = (align(a, s - sx)?, align(bb, s - sy)?);
                    fit(Some(if matches!(e, Add(..)) { a as i128 + bb as i128 } else { a as i128 - bb as i128 }))
                }),
                // Compared exactly; the chosen operand (the right one on a tie) must align into 64 bits.
                Min(..) | Max(..) => xv.zip(yv).map(|(a, bb)| {
                    let (wa, wb) = (wide(a, s - sx), wide(bb, s - sy));
                    let left = if matches!(e, Min(..)) { wa < wb } else { wa > wb };
                    fit(Some(if left { wa } else { wb }))
                }),
                Mul(..) => xv.zip(yv).map(|(a, bb)| fit(Some(a as i128 * bb as i128))),
                Abs(_) => xv.map(|a| fit(Some((a as i128).abs()))),
                Div(_, _, _, m) => xv.zip(yv).map(|(a, bb)| {
                    if bb == 0 {
                        return Err(STATUS_DIVISION_BY_ZERO);
                    }
                    let k = s - sx + sy;
                    let (num, den) = if k >= 0 {
                        (p10(k).and_then(|f| (a as i128).checked_mul(f)), Some(bb as i128))
                    } else {
                        (Some(a as i128), p10(-k).and_then(|f| (bb as i128).checked_mul(f)))
                    };
                    fit(num.zip(den).map(|(n, d)| reference_round(n, d, *m)))
                }),
                Sqrt(..) => xv.map(|a| {
                    if a < 0 {
                        return Err(STATUS_NEGATIVE_SQRT);
                    }
                    let n = p10(2 * s - sx).and_then(|f| (a as i128).checked_mul(f)).ok_or(STATUS_OVERFLOW_NODE)? as u128;
                    let r = isqrt_by_bisection(n);
                    fit(Some(if n - r * r > r { r + 1 } else { r } as i128))
                }),
                Round(_, _, m) => xv.map(|a| {
                    if s >= sx { align(a, s - sx) } else { fit(Some(reference_round(a as i128, p10(sx - s).unwrap(), *m))) }
                }),
                Ema(_, _, al, d, _) => xv.map(|a| {
                    let m = s.max(sx);
                    let next = match ema {
                        None if s >= sx => align(a, s - sx),
                        None => fit(Some(reference_round(a as i128, p10(sx - s).unwrap(), Rounding::HalfEven))),
                        Some(prev) => {
                            // Weights and divisor in 64 bits, the numerator in 128 (decimal-fixed's bounds).
                            let w64 = |f: Option<i128>, k: i64| f.map(|f| f * k as i128).filter(|w| *w <= i64::MAX as i128);
                            match (w64(p10(m - s), *d - *al), w64(p10(m - sx), *al), w64(p10(m - s), *d)) {
                                (Some(we), Some(wx), Some(den)) => {
                                    let num = (prev as i128 * we).checked_add(a as i128 * wx);
                                    fit(num.map(|n| reference_round(n, den, Rounding::HalfEven)))
                                }
                                _ => Err(STATUS_OVERFLOW_NODE),
                            }
                        }
                    };
                    if let Ok(v) = next {
                        ema = Some(v);
                    }
                    next
                }),
            };
            col[t] = v;
            if matches!(e, Ema(..)) && !matches!(v, Some(Ok(_))) {
                break; // the state is lost; nothing after it is defined
            }
        }
        out.push(col);
    }
    out
}

fn f64_values(plan: &Plan, fields: &[Vec<i64>; 5]) -> Vec<Column<f64>> {
    let bars = fields[0].len();
    let mut out: Vec<Column<f64>> = vec![];
    for (e, ins) in &plan.values {
        let x = ins.first().map(|&s| &out[s]);
        let y = ins.get(1).map(|&s| &out[s]);
        let from = e.eval_from() as usize;
        let mut col: Column<f64> = vec![None; bars];
        let mut state: Option<f64> = None;
        for t in from..bars {
            let xv = x.and_then(|c| ok(c, t));
            let yv = y.and_then(|c| ok(c, t));
            let v: Option<Result<f64, i64>> = match e {
                Field(c) => Some(Ok(if *c == F_VOLUME { raw(fields, *c)[t] as f64 } else { raw(fields, *c)[t] as f64 / 10000.0 })),
                Const(u, s) => Some(Ok(const_f64(*u, *s))),
                RSum(_, w) => {
                    let (w, x) = (*w as usize, x.unwrap());
                    let s = match state {
                        None => (t + 1 - w..=t).try_fold(0.0, |s, bar| ok(x, bar).map(|v| s + v)),
                        Some(s) => ok(x, t).zip(ok(x, t - w)).map(|(a, l)| s + (a - l)),
                    };
                    state = s;
                    s.map(Ok)
                }
                RMax(_, w) | RMin(_, w) => {
                    let lo = (t + 1).saturating_sub(*w as usize).max(from);
                    let window: Option<Vec<f64>> = (lo..=t).map(|bar| ok(x.unwrap(), bar)).collect();
                    window.map(|v| {
                        let mut m = v[0];
                        // A scan from the oldest bar that lets an equal value replace: the latest of equals.
                        for &x in &v[1..] {
                            if (matches!(e, RMax(..)) && x >= m) || (matches!(e, RMin(..)) && x <= m) {
                                m = x;
                            }
                        }
                        Ok(m)
                    })
                }
                Shift(_, k) => ok(x.unwrap(), t - *k as usize).map(Ok),
                Scale(_, k) => xv.map(|a| Ok(a * *k as f64)),
                Add(..) => xv.zip(yv).map(|(a, c)| Ok(a + c)),
                Sub(..) => xv.zip(yv).map(|(a, c)| Ok(a - c)),
                Mul(..) => xv.zip(yv).map(|(a, c)| Ok(a * c)),
                Min(..) => xv.zip(yv).map(|(a, c)| Ok(if a < c { a } else { c })),
                Max(..) => xv.zip(yv).map(|(a, c)| Ok(if a > c { a } else { c })),
                Abs(_) => xv.map(|a| Ok(a.abs())),
                Div(..) => xv.zip(yv).map(|(a, c)| if c == 0.0 { Err(STATUS_DIVISION_BY_ZERO) } else { Ok(a / c) }),
                Sqrt(..) => xv.map(|a| if a < 0.0 { Err(STATUS_NEGATIVE_SQRT) } else { Ok(a.sqrt()) }),
                Round(_, s, m) => xv.map(|a| {
                    let p: f64 = format!("1e{s}").parse().unwrap();
                    Ok(match m {
                        Rounding::HalfEven => (a * p).round_ties_even() / p,
                        Rounding::Floor => (a * p).floor() / p,
                        Rounding::Ceiling => (a * p).ceil() / p,
                        Rounding::Down => { let v = a * p; if v < 0.0 { v.ceil() / p } else { v.floor() / p } }
                        Rounding::HalfUp => {
                            if a * p < 0.0 { -(-a * p + 0.5).floor() / p } else { (a * p + 0.5).floor() / p }
                        }
                    })
                }),
                Ema(_, _, al, d, _) => xv.map(|a| {
                    let e = match state {
                        None => a,
                        Some(e) => (e * (*d - *al) as f64 + a * *al as f64) / *d as f64,
                    };
                    state = Some(e);
                    Ok(e)
                }),
            };
            col[t] = v;
        }
        out.push(col);
    }
    out
}

/// Condition rows (0/1 per bar; false in the warm-up) and their own failures.
fn cond_rows<V: Copy>(plan: &Plan, values: &[Column<V>], compare: impl Fn(i64, V, i32, V, i32) -> Result<bool, i64>,
                      bars: usize) -> Vec<Vec<Option<Result<bool, i64>>>> {
    let mut out: Vec<Vec<Option<Result<bool, i64>>>> = vec![];
    for (c, ins) in &plan.conds {
        let w = c.warmup() as usize;
        let row = (0..bars).map(|t| {
            if t < w {
                return Some(Ok(false));
            }
            let part = |k: usize| out[ins[k]][t].and_then(|r| r.ok());
            match c {
                C::Cmp(op, x, y) => ok(&values[ins[0]], t).zip(ok(&values[ins[1]], t))
                    .map(|(a, bb)| compare(*op, a, x.scale(), bb, y.scale())),
                C::And(..) => part(0).zip(part(1)).map(|(a, bb)| Ok(a && bb)),
                C::Or(..) => part(0).zip(part(1)).map(|(a, bb)| Ok(a || bb)),
                C::Not(_) => part(0).map(|a| Ok(!a)),
            }
        }).collect();
        out.push(row);
    }
    out
}

fn exact_compare(op: i64, a: i64, sa: i32, b: i64, sb: i32) -> Result<bool, i64> {
    let s = sa.max(sb);
    let (a, b) = (wide(a, s - sa), wide(b, s - sb));
    Ok(match op { C_GREATER => a > b, C_LESS => a < b, C_GREATER_EQUAL => a >= b, _ => a <= b })
}

fn f64_compare(op: i64, a: f64, _: i32, b: f64, _: i32) -> Result<bool, i64> {
    Ok(match op { C_GREATER => a > b, C_LESS => a < b, C_GREATER_EQUAL => a >= b, _ => a <= b })
}

/// The failure the engine must report: the earliest bar; at one bar value nodes (by slot) before conditions.
fn first_failure<V: std::fmt::Debug, B: std::fmt::Debug>(values: &[Column<V>], conds: &[Vec<Option<Result<B, i64>>>]) -> Option<Failure> {
    let mut best: Option<(usize, i64, usize, i64)> = None; // bar, source, slot, status
    let mut consider = |bar: usize, source: i64, slot: usize, status: i64| {
        if best.is_none_or(|(b0, s0, k0, _)| (bar, source, slot) < (b0, s0, k0)) {
            best = Some((bar, source, slot, status));
        }
    };
    for (slot, col) in values.iter().enumerate() {
        if let Some(bar) = col.iter().position(|v| matches!(v, Some(Err(_)))) {
            consider(bar, SRC_VALUE, slot, *col[bar].as_ref().unwrap().as_ref().unwrap_err());
        }
    }
    // Conditions never fail (comparisons are exact in every width).
    assert!(conds.iter().all(|row| row.iter().all(|v| !matches!(v, Some(Err(_))))));
    best.map(|(bar, source, slot, status)| Failure { status, source, what: slot as i64, asset: 0, bar: bar as i64 })
}

/// Engine and definitions agree on every slot's values (bit for bit) and every condition, or on the first failure.
fn check<A: Arithmetic>(plan: &Plan, fields: &[Vec<i64>; 5], want: Vec<Column<A::V>>,
                        compare: impl Fn(i64, A::V, i32, A::V, i32) -> Result<bool, i64>) -> Option<Failure>
where A::V: std::fmt::Debug + Bits {
    let bars = fields[0].len();
    let conds = cond_rows(plan, &want, compare, bars);
    let refs: [&[i64]; 5] = [&fields[0], &fields[1], &fields[2], &fields[3], &fields[4]];
    let expected_failure = first_failure(&want, &conds);
    for slot in 0..plan.values.len() {
        let node = &plan.values[slot].0;
        match node_values::<A>(&plan.words, refs, slot) {
            Err(f) => {
                assert_eq!(Some(f), expected_failure, "failure, node {node:?}");
                return Some(f);
            }
            Ok((got, rows)) => {
                assert_eq!(expected_failure, None, "the engine found no failure");
                for t in node.eval_from() as usize..bars {
                    let w = ok(&want[slot], t);
                    assert_eq!(Some(got[t].bits()), w.map(|v| v.bits()), "slot {slot} {node:?} bar {t}: {:?} vs {w:?}",
                               got[t]);
                }
                for (c, row) in rows.iter().enumerate() {
                    for t in 0..bars {
                        assert_eq!(Some(row[t] != 0), conds[c][t].and_then(|r| r.ok()), "cond {c} bar {t}");
                    }
                }
            }
        }
    }
    None
}

trait Bits: Copy {
    fn bits(self) -> i64;
}

impl Bits for i64 {
    fn bits(self) -> i64 {
        self
    }
}

impl Bits for f64 {
    fn bits(self) -> i64 {
        self.to_bits() as i64
    }
}

fn check_exact(plan: &Plan, fields: &[Vec<i64>; 5]) -> Option<Failure> {
    check::<Fixed>(plan, fields, exact_values(plan, fields), exact_compare)
}

fn check_f64(plan: &Plan, fields: &[Vec<i64>; 5]) -> Option<Failure> {
    check::<Float>(plan, fields, f64_values(plan, fields), f64_compare)
}

// ---- data -------------------------------------------------------------------------------------------------------

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + self.below((hi - lo + 1) as u64) as i64
    }

    fn pick<T: Copy>(&mut self, xs: &[T]) -> T {
        xs[self.below(xs.len() as u64) as usize]
    }
}

/// A random walk on the 0.01 tick around `level` (unscaled at scale 4), with ties and flat stretches.
fn market(rng: &mut Rng, bars: usize, level: i64) -> [Vec<i64>; 5] {
    let mut close = Vec::with_capacity(bars);
    let mut p = level;
    for _ in 0..bars {
        if rng.below(5) != 0 {
            p = (p + rng.range(-30, 30) * 100 * (level / 1_000_000).max(1)).max(100);
        }
        close.push(p);
    }
    let open: Vec<i64> = close.iter().map(|&c| (c + rng.range(-5, 5) * 100).max(100)).collect();
    let high: Vec<i64> = close.iter().zip(&open).map(|(&c, &o)| c.max(o) + rng.range(0, 3) * 100).collect();
    let low: Vec<i64> = close.iter().zip(&open).map(|(&c, &o)| (c.min(o) - rng.range(0, 3) * 100).max(100)).collect();
    let volume: Vec<i64> = (0..bars).map(|_| rng.range(1, 5_000)).collect();
    [open, high, low, close, volume]
}

const MODES: [Rounding; 5] = [Rounding::HalfEven, Rounding::HalfUp, Rounding::Down, Rounding::Floor, Rounding::Ceiling];

fn random_expr(rng: &mut Rng, depth: u32) -> E {
    let leaf = depth == 0 || rng.below(4) == 0;
    if leaf {
        return match rng.below(3) {
            0 => Const(rng.range(-2_000_000, 2_000_000), rng.range(0, 6) as i32),
            _ => Field(rng.range(F_OPEN, F_VOLUME)),
        };
    }
    let x = random_expr(rng, depth - 1);
    let window = |rng: &mut Rng| rng.pick(&[1, 2, 3, 14, 20, 50, 255, 256, 257, 300]);
    let e = match rng.below(16) {
        0 => RSum(b(&x), window(rng)),
        1 => RMax(b(&x), window(rng)),
        2 => RMin(b(&x), window(rng)),
        3 => Shift(b(&x), window(rng)),
        4 => Scale(b(&x), rng.range(-300, 300)),
        5 => Abs(b(&x)),
        6 => Sqrt(b(&x.clone()).abs_expr(), (x.scale() + 1) / 2 + rng.range(0, 4) as i32),
        7 => Round(b(&x), rng.range(0, 10) as i32, rng.pick(&MODES)),
        8 => {
            let n = rng.range(1, 30);
            let (a, d) = match rng.below(3) { 0 => (2, n + 1), 1 => (1, n), _ => { let d = rng.range(1, 1000); (rng.range(1, d), d) } };
            Ema(b(&x), n, a, d, rng.range(0, 10) as i32)
        }
        k => {
            let y = random_expr(rng, depth - 1);
            match k {
                9 => Add(b(&x), b(&y)),
                10 => Sub(b(&x), b(&y)),
                11 if x.scale() + y.scale() <= 16 => Mul(b(&x), b(&y)),
                12 => Min(b(&x), b(&y)),
                13 => Max(b(&x), b(&y)),
                _ => Div(b(&x), b(&y), rng.range(0, 10) as i32, rng.pick(&MODES)),
            }
        }
    };
    if e.scale() > 16 { x } else { e }
}

impl E {
    /// Box of |self| (keeps square roots mostly defined, yet negative inputs still occur through constants).
    fn abs_expr(self: Box<E>) -> Box<E> {
        Box::new(Abs(self))
    }
}

fn random_cond(rng: &mut Rng, depth: u32) -> C {
    if depth == 0 || rng.below(3) == 0 {
        let op = rng.pick(&[C_GREATER, C_LESS, C_GREATER_EQUAL, C_LESS_EQUAL]);
        return C::Cmp(op, random_expr(rng, 3), random_expr(rng, 2));
    }
    match rng.below(3) {
        0 => C::And(Box::new(random_cond(rng, depth - 1)), Box::new(random_cond(rng, depth - 1))),
        1 => C::Or(Box::new(random_cond(rng, depth - 1)), Box::new(random_cond(rng, depth - 1))),
        _ => C::Not(Box::new(random_cond(rng, depth - 1))),
    }
}

// ---- node tests -------------------------------------------------------------------------------------------------

fn every_node() -> Vec<E> {
    let c = close();
    let v = Field(F_VOLUME);
    let h = Field(F_HIGH);
    let l = Field(F_LOW);
    let k = Const(15, 1); // 1.5
    let mut nodes = vec![
        c.clone(), Const(-25, 2), RSum(b(&c), 20), RSum(b(&c), 300), RMax(b(&h), 14), RMax(b(&c), 300),
        RMin(b(&l), 14), RMin(b(&c), 257), Shift(b(&c), 19), Shift(b(&v), 256), Scale(b(&c), -7),
        Add(b(&c), b(&k)), Sub(b(&k), b(&c)), Mul(b(&c), b(&c)), Mul(b(&v), b(&k)), Abs(b(&Sub(b(&c), b(&h)))),
        Min(b(&c), b(&Const(1_000_000, 4))), Max(b(&k), b(&l)), Max(b(&h), b(&Shift(b(&h), 1))),
        Sqrt(b(&v), 4), Sqrt(b(&c), 2), Sqrt(b(&Mul(b(&c), b(&c))), 4),
        Ema(b(&c), 20, 2, 21, 8), Ema(b(&c), 14, 1, 14, 2), Ema(b(&v), 10, 3, 7, 0), Ema(b(&c), 300, 1, 1, 4),
    ];
    // Signed zeros: (close - previous close) * 0 is +0.0 after a rise and -0.0 after a fall, equal values with
    // different bits; a rolling max or min keeps the latest of equal values.
    let zeros = Mul(b(&Sub(b(&c), b(&Shift(b(&c), 1)))), b(&Const(0, 0)));
    nodes.push(RMax(b(&zeros), 5));
    nodes.push(RMin(b(&zeros), 5));
    for m in MODES {
        nodes.push(Div(b(&Sub(b(&c), b(&Shift(b(&c), 1)))), b(&Shift(b(&c), 1)), 6, m));
        nodes.push(Div(b(&v), b(&Const(7, 0)), 0, m));
        nodes.push(Div(b(&c), b(&v), 2, m));
        nodes.push(Round(b(&Div(b(&c), b(&Const(3, 0)), 8, m)), 3, m));
        nodes.push(Round(b(&Sub(b(&c), b(&Const(1_000_005, 4)))), 1, m));
        nodes.push(Round(b(&c), 6, m));
    }
    nodes
}

#[test]
fn every_node_kind_matches_its_definition_in_both_arithmetics() {
    let mut rng = Rng(11);
    for bars in [1, 255, 256, 700, 1_100] {
        let fields = market(&mut rng, bars, 1_000_000);
        for e in every_node() {
            assert_eq!(check_exact(&Plan::of(false, &e), &fields), None, "{e:?}");
            assert_eq!(check_f64(&Plan::of(true, &e), &fields), None, "{e:?}");
        }
    }
}

#[test]
fn every_condition_kind_is_false_in_its_warmup_and_exact_after() {
    let mut rng = Rng(12);
    let fields = market(&mut rng, 900, 1_000_000);
    let c = close();
    let s = Shift(b(&c), 300);
    let m = RSum(b(&c), 20);
    let cmp = |op: i64, x: &E, y: &E| C::Cmp(op, x.clone(), y.clone());
    // A price against a mean at another scale (scale 4 vs 4 * 20), equality cases included via ties of shifts.
    let conds = [
        cmp(C_GREATER, &Scale(b(&c), 20), &m), cmp(C_LESS, &c, &s), cmp(C_GREATER_EQUAL, &c, &Shift(b(&c), 1)),
        cmp(C_LESS_EQUAL, &c, &Shift(b(&c), 1)), cmp(C_GREATER, &Const(1, 0), &c),
        C::Not(Box::new(cmp(C_LESS, &c, &s))),
        C::Or(Box::new(cmp(C_GREATER, &c, &s)), Box::new(cmp(C_LESS_EQUAL, &c, &Const(99, 0)))),
        C::And(Box::new(cmp(C_GREATER_EQUAL, &c, &s)), Box::new(C::Not(Box::new(cmp(C_GREATER, &c, &m))))),
    ];
    for cond in &conds {
        for f64s in [false, true] {
            let plan = Plan::new(f64s, cond, T::Shares(1), cond, T::Shares(0), &RULES);
            let r = if f64s { check_f64(&plan, &fields) } else { check_exact(&plan, &fields) };
            assert_eq!(r, None, "{cond:?}");
        }
    }
}

#[test]
fn random_plans_over_every_node_kind_match_their_definitions() {
    let mut rng = Rng(2024);
    let mut failures = 0;
    for round in 0..2_000 {
        let bars = rng.pick(&[5, 300, 600]);
        let level = rng.pick(&[10_000, 1_000_000, 50_000_000]);
        let fields = market(&mut rng, bars, level);
        let enter = random_cond(&mut rng, 2);
        let exit = random_cond(&mut rng, 1);
        let exact = Plan::new(false, &enter, T::Shares(10), &exit, T::Shares(-5), &RULES);
        let float = Plan::new(true, &enter, T::Shares(10), &exit, T::Shares(-5), &RULES);
        let (a, b) = (check_exact(&exact, &fields), check_f64(&float, &fields));
        failures += a.is_some() as usize + b.is_some() as usize;
        let _ = round;
    }
    // Errors (zero divisors, negative roots, overflow) occur in some plans and were checked to be the right ones,
    // but most plans run through.
    assert!(failures < 2_000, "{failures} of 4000 runs failed");
}

#[test]
fn skipped_overflow_checks_never_hide_an_overflow_near_the_64_bit_limit() {
    // Field magnitudes spread from 10^2 to 10^18: some nodes are proven to fit (unchecked loops), others are checked,
    // and every overflow the definitions find must be the one the engine reports, at the same node and bar.
    let mut rng = Rng(77);
    let mut overflows = 0;
    let mut clean = 0;
    for _ in 0..3_000 {
        let bars = rng.pick(&[40, 300]);
        let level = 10i64.pow(rng.range(2, 18) as u32);
        let mut fields = market(&mut rng, bars, level.max(10_000));
        // Scale every price to the level, so the largest magnitude differs per run.
        for col in fields.iter_mut().take(4) {
            for v in col.iter_mut() {
                *v = ((*v as i128 * level as i128 / 1_000_000).clamp(-(i64::MAX as i128), i64::MAX as i128)) as i64;
            }
        }
        let enter = random_cond(&mut rng, 1);
        let plan = Plan::new(false, &enter, T::Shares(1), &enter, T::Shares(0), &RULES);
        match check_exact(&plan, &fields) {
            Some(f) if f.status == STATUS_OVERFLOW_NODE => overflows += 1,
            Some(_) => {}
            None => clean += 1,
        }
    }
    assert!(overflows > 300 && clean > 300, "overflows {overflows}, clean {clean}");
}

#[test]
fn zero_divisor_and_negative_root_name_node_and_bar_in_both_arithmetics() {
    let mut rng = Rng(5);
    let mut fields = market(&mut rng, 600, 1_000_000);
    fields[4][400] = 0; // volume 0 at bar 400
    let v = Field(F_VOLUME);
    let div = Div(b(&close()), b(&v), 4, Rounding::HalfEven);
    let root = Sqrt(b(&Sub(b(&v), b(&Const(1, 0)))), 2); // volume - 1 < 0 at bar 400
    for f64s in [false, true] {
        for (e, status) in [(&div, STATUS_DIVISION_BY_ZERO), (&root, STATUS_NEGATIVE_SQRT)] {
            let plan = Plan::of(f64s, e);
            let f = if f64s { check_f64(&plan, &fields) } else { check_exact(&plan, &fields) };
            // The plan holds four copies of e (both sides of the enter and of the exit comparison): the first fails.
            let slot = plan.values.len() / 4 - 1;
            assert_eq!(f, Some(Failure { status, source: SRC_VALUE, what: slot as i64, asset: 0, bar: 400 }));
        }
    }
}

#[test]
fn comparisons_are_exact_even_where_an_aligned_operand_leaves_64_bits() {
    // close (scale 4) against constants at scale 16 and 30 (close aligned up leaves 64 bits from 922.34 dollars on)
    // and against constants at scale 0 (they align up): every comparison stays exact and none fails.
    let mut rng = Rng(9);
    let mut fields = market(&mut rng, 300, 1_000_000);
    fields[3][280] = 10_000_000; // 1000.00
    for k in [Const(1, 16), Const(-5, 30), Const(1_000_000_000_000, 0), Const(i64::MAX, 0)] {
        for op in [C_GREATER, C_LESS, C_GREATER_EQUAL, C_LESS_EQUAL] {
            let c = C::Cmp(op, close(), k.clone());
            let d = C::Cmp(op, k.clone(), Mul(b(&close()), b(&Const(3, 0))));
            let plan = Plan::new(false, &c, T::Shares(1), &d, T::Shares(0), &RULES);
            assert_eq!(check_exact(&plan, &fields), None, "{c:?}");
        }
    }
    assert_eq!(crate::fixed::compare(i64::MAX, 0, i64::MAX, 30), std::cmp::Ordering::Greater);
    assert_eq!(crate::fixed::compare(-1, 0, i64::MIN, 36), std::cmp::Ordering::Less);
    assert_eq!(crate::fixed::compare(15, 1, 150, 2), std::cmp::Ordering::Equal);
}

// ---- whole backtests ---------------------------------------------------------------------------------------------

struct Outcome {
    summary: engine::Summary,
    values: Vec<i64>,
    trace: Vec<i64>,
}

fn backtest(plan: &Plan, open: &[i64], close: &[i64], volume: &[i64], ends: &[i64], trace: usize)
            -> Result<Outcome, Failure> {
    let m = Market { open, high: close, low: open, close, volume, assets: 1, bars: open.len(), session_ends: ends };
    let mut scratch = vec![0; engine::scratch_words(&plan.words, open.len())];
    let mut values = vec![0; ends.len()];
    let mut trace = vec![0; trace * TRACE_WORDS];
    let summary = engine::run(&plan.words, &m, &mut scratch, &mut values, &mut trace)?;
    Ok(Outcome { summary, values, trace })
}

fn always(f64s: bool, enter: T, exit: T) -> Plan {
    let up = C::Cmp(C_GREATER, close(), Const(0, 0));
    let down = C::Cmp(C_LESS, close(), Const(0, 0));
    Plan::new(f64s, &up, enter, &down, exit, &RULES)
}

#[test]
fn partial_fills_carry_over_and_the_ledger_is_exact() {
    let prices = [1_000_000, 1_000_000, 1_010_000, 1_020_000];
    let o = backtest(&always(false, T::Shares(100), T::Shares(0)), &prices, &prices, &[500; 4], &[0, 1, 2, 3], 0).unwrap();
    // Bar 1 buys 50 (10% of 500) at 100.05, bar 2 the other 50 at 101.0505, each with 0.05 commission.
    assert_eq!(o.values, [1_000_000_000, 999_974_500, 1_000_448_750, 1_001_448_750]);
    let s = o.summary;
    assert_eq!((s.trades, s.shares, s.commissions), (2, 100, 1_000));
    assert_eq!(s.final_value, 1_001_448_750);
    assert_eq!(s.total_return, 1_448_750_000); // 0.00144875
    assert_eq!(s.max_drawdown, 25_500_000); // (1e9 - 999_974_500) / 1e9
}

#[test]
fn the_f64_ledger_follows_java_floats_operation_order() {
    let prices = [1_000_000, 1_000_000, 1_010_000, 1_020_000];
    let o = backtest(&always(true, T::Shares(100), T::Shares(0)), &prices, &prices, &[500; 4], &[0, 1, 2, 3], 0).unwrap();
    let f = |w: i64| f64::from_bits(w as u64);
    // The same steps as Java's DoubleLedger, written out.
    let (buy, cps) = (1.0 + 5.0 / 10000.0, 0.001);
    let price = |open: f64| (open * buy * 10000.0).round_ties_even() / 10000.0;
    let mut cash = 0.0;
    let mut flows = vec![0.0; 4];
    flows[0] += cash + 0.0 * (100.0);
    cash -= 50.0 * price(100.0) + 50.0 * cps;
    flows[1] += cash + 50.0 * 100.0;
    cash -= 50.0 * price(101.0) + 50.0 * cps;
    flows[2] += cash + 100.0 * 101.0;
    flows[3] += cash + 100.0 * 102.0;
    let values: Vec<f64> = flows.iter().map(|x| 100000.0 + x).collect();
    assert_eq!(o.values.iter().map(|&w| f(w)).collect::<Vec<_>>(), values);
    assert_eq!(f(o.summary.commissions), 50.0 * cps + 50.0 * cps);
    assert_eq!(f(o.summary.final_value), values[3]);
    assert_eq!(f(o.summary.total_return), (values[3] - 100000.0) / 100000.0);
    assert_eq!((o.summary.trades, o.summary.shares), (2, 100));
}

#[test]
fn fill_prices_round_half_even_against_the_trader() {
    // 100.10 * 1.0005 = 100.15005 -> tie at 4 places -> 100.1500 (even)
    let prices = [1_001_000, 1_001_000];
    let o = backtest(&always(false, T::Shares(100), T::Shares(0)), &prices, &prices, &[10_000; 2], &[1], 0).unwrap();
    assert_eq!(o.values[0], 1_000_000_000 - 100_150_000 - 1_000 + 100_100_000);
}

#[test]
fn shorts_sell_at_the_discounted_open_and_cash_rises() {
    // Target -100: sells 100 at 100.00 * (1 - 0.0005) = 99.95 plus 0.10 commission; the position is worth -100 * close.
    let prices = [1_000_000, 1_000_000, 990_000];
    let o = backtest(&always(false, T::Shares(-100), T::Shares(0)), &prices, &prices, &[10_000; 3], &[0, 1, 2], 0)
        .unwrap();
    assert_eq!(o.values, [1_000_000_000, 1_000_000_000 + 99_950_000 - 1_000 - 100_000_000,
        1_000_000_000 + 99_950_000 - 1_000 - 99_000_000]);
    assert_eq!((o.summary.trades, o.summary.shares), (1, 100));
    let o = backtest(&always(true, T::Shares(-100), T::Shares(0)), &prices, &prices, &[10_000; 3], &[0, 1, 2], 0)
        .unwrap();
    let price = (100.0 * (1.0 - 5.0 / 10000.0) * 10000.0f64).round_ties_even() / 10000.0;
    let cash = 0.0 - (-100.0 * price + 100.0 * 0.001);
    let f = |w: i64| f64::from_bits(w as u64);
    assert_eq!(f(o.values[1]), 100000.0 + (0.0 + (cash + -100.0 * 100.0)));
    assert_eq!(f(o.values[2]), 100000.0 + (0.0 + (cash + -100.0 * 99.0)));
}

#[test]
fn value_targets_resize_on_every_bar_at_the_close() {
    // 10,000.00 at a close of 30.00 is 333 shares, at 40.00 250, at 33.33 300 (truncated toward zero).
    let close = [300_000, 400_000, 333_300, 333_300];
    let open = [300_000; 4];
    for f64s in [false, true] {
        let o = backtest(&always(f64s, T::Value(100_000_000), T::Shares(0)), &open, &close, &[1_000_000; 4],
                         &[0, 1, 2, 3], 16).unwrap();
        assert_eq!(o.summary.decisions, 3);
        assert_eq!(&o.trace[..9], &[0, 0, 333, 0, 1, 250, 0, 2, 300]);
        // Filled: +333, -83, +50.
        assert_eq!((o.summary.trades, o.summary.shares), (3, 333 + 83 + 50));
    }
    // A negative amount is a short of that value.
    let o = backtest(&always(false, T::Value(-100_000_000), T::Shares(0)), &open, &close, &[1_000_000; 4], &[3], 4)
        .unwrap();
    assert_eq!(&o.trace[..3], &[0, 0, -333]);
}

#[test]
fn a_value_target_needs_a_positive_close() {
    let any = C::Cmp(C_LESS_EQUAL, Field(F_CLOSE), Const(i64::MAX, 0));
    for close in [[300_000, 0, 300_000], [300_000, -100, 300_000]] {
        for f64s in [false, true] {
            let plan = Plan::new(f64s, &any, T::Value(100_000_000), &any, T::Shares(0), &RULES);
            let f = backtest(&plan, &[300_000; 3], &close, &[1_000; 3], &[2], 0).err().unwrap();
            assert_eq!((f.status, f.source, f.bar), (STATUS_NON_POSITIVE_CLOSE, SRC_ENTER_TARGET, 1));
        }
    }
}

#[test]
fn decision_traces_count_every_change_and_write_what_fits() {
    // close > shift(close, 1) -> 10 shares, else below -> 0: a change on every up/down turn.
    let close = [100, 200, 300, 200, 100, 200, 200, 300].map(|p: i64| p * 10_000);
    let c = close_expr_pair();
    for f64s in [false, true] {
        let plan = Plan::new(f64s, &c.0, T::Shares(10), &c.1, T::Shares(0), &RULES);
        let full = backtest(&plan, &close, &close, &[1_000; 8], &[7], 10).unwrap();
        // bar 1 up -> 10, bar 3 down -> 0, bar 5 up -> 10 (bar 6 equal: stands), bar 7 up: no change.
        assert_eq!(full.summary.decisions, 3);
        assert_eq!(&full.trace[..9], &[0, 1, 10, 0, 3, 0, 0, 5, 10]);
        let short = backtest(&plan, &close, &close, &[1_000; 8], &[7], 1).unwrap();
        assert_eq!(short.summary.decisions, 3);
        assert_eq!(&short.trace, &[0, 1, 10]);
        let none = backtest(&plan, &close, &close, &[1_000; 8], &[7], 0).unwrap();
        assert_eq!(none.summary.decisions, 0, "no trace buffer: nothing recorded");
        assert_eq!(none.values, full.values);
    }
}

fn close_expr_pair() -> (C, C) {
    let prev = Shift(b(&close()), 1);
    (C::Cmp(C_GREATER, close(), prev.clone()), C::Cmp(C_LESS, close(), prev))
}

#[test]
fn overflowing_node_names_slot_asset_and_bar() {
    // close * close with close = 10^6 dollars: (10^10)^2 does not fit i64.
    let sq = C::Cmp(C_GREATER, Mul(b(&close()), b(&close())), Const(0, 0));
    let plan = Plan::new(false, &sq, T::Shares(1), &sq, T::Shares(0), &RULES);
    let prices = [1_000_000, 10_000_000_000];
    let f = backtest(&plan, &prices, &prices, &[100; 2], &[1], 0).err().unwrap();
    assert_eq!(f, Failure { status: STATUS_OVERFLOW_NODE, source: SRC_VALUE, what: 2, asset: 0, bar: 1 });
}

#[test]
fn a_non_positive_portfolio_value_names_its_session_in_both_arithmetics() {
    // 2,000 shares at 100.05 (cash -200,102) are worth 2,000 at a close of 1.00: the value at session 2 is about
    // -98,102, and session 3's return would divide by it.
    let prices = [1_000_000, 1_000_000, 10_000, 10_000];
    for f64s in [false, true] {
        let plan = always(f64s, T::Shares(2_000), T::Shares(0));
        let f = backtest(&plan, &prices, &prices, &[1_000_000; 4], &[0, 1, 2, 3], 0).err().unwrap();
        assert_eq!((f.status, f.source, f.asset, f.bar), (STATUS_NON_POSITIVE_VALUE, SRC_METRICS, -1, 2));
    }
}

#[test]
fn malformed_programs_are_rejected_not_run() {
    let mut plan = always(false, T::Shares(1), T::Shares(0));
    plan.words[HEADER_WORDS + 4 * NODE_WORDS + N_A] = 7; // the first comparison reads a slot that does not exist
    let f = backtest(&plan, &[1], &[1], &[1], &[0], 0).err().unwrap();
    assert_eq!(f.status, STATUS_BAD_ARGUMENTS);
    let mut plan = always(false, T::Shares(1), T::Shares(0));
    plan.words[H_ARITHMETIC] = 7;
    assert_eq!(backtest(&plan, &[1], &[1], &[1], &[0], 0).err().unwrap().status, STATUS_BAD_ARGUMENTS);
    let mut plan = always(true, T::Shares(1), T::Shares(0));
    plan.words[H_CAPITAL] = (-1.0f64).to_bits() as i64;
    assert_eq!(backtest(&plan, &[1], &[1], &[1], &[0], 0).err().unwrap().status, STATUS_BAD_ARGUMENTS);
}

#[test]
fn rolling_rows_keep_only_a_block_and_resume_across_blocks() {
    // rollingSum(close, 20) reads close at earlier bars: close keeps its whole column, the sum only a block.
    let sum = RSum(b(&close()), 20);
    let plan = Plan::of(true, &sum);
    let p = crate::program::Program::parse(&plan.words).unwrap();
    let layout = crate::program::Layout::of(&p, 3 * BLOCK + 7, false);
    assert!(matches!(layout.rows[0], crate::program::Row::Whole(_)));
    assert!(matches!(layout.rows[1], crate::program::Row::Block(_)));
    let fixed = crate::program::Layout::of(&crate::program::Program::parse(&Plan::of(false, &sum).words).unwrap(),
                                           3 * BLOCK + 7, true);
    assert!(matches!(fixed.rows[0], crate::program::Row::InPlace(3)));
}
