//! One whole backtest in fixed point: the strategy program (an `ExprPlan` encoded by Java), the execution
//! simulator and the metrics, exactly as `src/site/markdown/semantics.md` defines them. Java calls this once per
//! backtest; nothing here keeps state between calls.

use crate::decimal::{div_half_even, narrow, pow10, sqrt12, DecimalError};
use std::cmp::Ordering;

// ---- program layout (mirrored by io.decibench.nativecore.NativeProgram) ----------------------------------------
pub const PROGRAM_VERSION: i64 = 1;
pub const HEADER_WORDS: usize = 16;
pub const NODE_WORDS: usize = 6;

pub const H_VERSION: usize = 0;
pub const H_VALUES: usize = 1;
pub const H_CONDS: usize = 2;
pub const H_ENTER_SLOT: usize = 3;
pub const H_EXIT_SLOT: usize = 4;
pub const H_ENTER_SHARES: usize = 5;
pub const H_EXIT_SHARES: usize = 6;
pub const H_CAPITAL: usize = 7; // unscaled at scale 4
pub const H_SLIPPAGE_BPS: usize = 8;
pub const H_VOLUME_PERCENT: usize = 9;
pub const H_COMMISSION: usize = 10; // per share, unscaled at scale 4
pub const H_PERIODS: usize = 11;

// value nodes: [op, input a, input b, param, scale, warmup]
pub const V_FIELD: i64 = 1; // param: column (1 open, 2 high, 3 low, 4 close, 5 volume)
pub const V_CONST: i64 = 2; // param: value
pub const V_ROLLING_SUM: i64 = 3; // param: window
pub const V_SHIFT: i64 = 4; // param: bars
pub const V_SCALE: i64 = 5; // param: integer factor
pub const V_ADD: i64 = 6;
pub const V_SUB: i64 = 7;
pub const V_MUL: i64 = 8;
// condition nodes: [op, a, b, 0, 0, warmup]; comparisons read value slots, AND reads condition slots
pub const C_GREATER: i64 = 1;
pub const C_LESS: i64 = 2;
pub const C_AND: i64 = 3;

// ---- output layout ----------------------------------------------------------------------------------------------
pub const OUT_HEADER_WORDS: usize = 16;
pub const O_STATUS: usize = 0;
pub const O_ERR_WHAT: usize = 1; // value slot (status OVERFLOW_NODE) or ledger step (status OVERFLOW_LEDGER)
pub const O_ERR_ASSET: usize = 2;
pub const O_ERR_BAR: usize = 3; // bar within the asset, or session index for metric errors (asset = -1)
pub const O_FINAL_VALUE: usize = 4;
pub const O_TRADES: usize = 5;
pub const O_SHARES: usize = 6;
pub const O_COMMISSIONS: usize = 7;
pub const O_TOTAL_RETURN: usize = 8;
pub const O_MAX_DRAWDOWN: usize = 9;
pub const O_VOLATILITY: usize = 10;
pub const O_SHARPE: usize = 11;
pub const O_SORTINO: usize = 12;
pub const O_SESSIONS: usize = 13;

pub const STATUS_OK: i64 = 0;
pub const STATUS_OVERFLOW_NODE: i64 = 1;
pub const STATUS_OVERFLOW_LEDGER: i64 = 2;
pub const STATUS_DIVISION_BY_ZERO: i64 = 3;
pub const STATUS_BAD_ARGUMENTS: i64 = 4;

// ledger steps named in O_ERR_WHAT
pub const L_FILL_PRICE: i64 = 1;
pub const L_CASH: i64 = 2;
pub const L_POSITION: i64 = 3;
pub const L_COMMISSIONS: i64 = 4;
pub const L_PORTFOLIO_VALUE: i64 = 5;
pub const L_RETURNS: i64 = 6;

const RATIO_ONE: i128 = 1_000_000_000_000;

/// What went wrong and where; becomes the output header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Failure {
    pub status: i64,
    pub what: i64,
    pub asset: i64,
    pub bar: i64,
}

impl Failure {
    fn node(slot: usize, asset: usize, bar: usize) -> Self {
        Failure { status: STATUS_OVERFLOW_NODE, what: slot as i64, asset: asset as i64, bar: bar as i64 }
    }
    fn ledger(step: i64, asset: usize, bar: usize) -> Self {
        Failure { status: STATUS_OVERFLOW_LEDGER, what: step, asset: asset as i64, bar: bar as i64 }
    }
    fn metric(e: DecimalError, step: i64, session: usize) -> Self {
        let status = if e == DecimalError::DivisionByZero { STATUS_DIVISION_BY_ZERO } else { STATUS_OVERFLOW_LEDGER };
        Failure { status, what: step, asset: -1, bar: session as i64 }
    }
    fn bad(what: i64) -> Self {
        Failure { status: STATUS_BAD_ARGUMENTS, what, asset: -1, bar: -1 }
    }
}

/// The bundle's columns for all assets (asset-major) and its session structure.
pub struct Market<'a> {
    pub open: &'a [i64],
    pub high: &'a [i64],
    pub low: &'a [i64],
    pub close: &'a [i64],
    pub volume: &'a [i64],
    pub assets: usize,
    pub bars: usize,
    pub session_ends: &'a [i64],
}

/// The reported numbers (unscaled: money at scale 4, ratios at scale 12).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Summary {
    pub final_value: i64,
    pub trades: i64,
    pub shares: i64,
    pub commissions: i64,
    pub total_return: i64,
    pub max_drawdown: i64,
    pub volatility: i64,
    pub sharpe: i64,
    pub sortino: i64,
}

/// Scratch words the backtest needs: one column per value and condition node.
/// Scratch words the backtest needs for this program and bar count (see [`Layout`]).
pub fn scratch_words(program: &[i64], bars: usize) -> usize {
    match Program::parse(program) {
        Ok(p) => Layout::of(&p, bars).words,
        Err(_) => 0,
    }
}

/// Where each value node lives in the scratch. A node read at earlier bars (the input of a shift or rolling sum)
/// and every rolling sum (it resumes from its previous value) keeps a whole column; every other node only needs
/// the current block, so the working set stays in cache. Conditions always live per block.
struct Layout {
    /// Per value slot: start in the scratch and whether the row is a whole column (else one block).
    rows: Vec<(usize, bool)>,
    conds_at: usize,
    words: usize,
}

impl Layout {
    fn of(p: &Program, bars: usize) -> Self {
        let mut full = vec![false; p.values];
        for slot in 0..p.values {
            let n = p.value(slot);
            if n[0] == V_ROLLING_SUM || n[0] == V_SHIFT {
                full[n[1] as usize] = true;
            }
            if n[0] == V_ROLLING_SUM {
                full[slot] = true;
            }
        }
        let mut rows = Vec::with_capacity(p.values);
        let mut at = 0;
        for (slot, &whole) in full.iter().enumerate() {
            rows.push((at, whole));
            at += match (p.value(slot)[0], whole) {
                (V_FIELD, _) => 0,
                (_, true) => bars,
                (_, false) => BLOCK,
            };
        }
        Layout { rows, conds_at: at, words: at + p.conds * BLOCK }
    }
}

/// Bars evaluated together: every node's slice of a block stays in cache while the next node reads it.
const BLOCK: usize = 256;

struct Program<'a> {
    words: &'a [i64],
    values: usize,
    conds: usize,
}

impl<'a> Program<'a> {
    fn parse(words: &'a [i64]) -> Result<Self, Failure> {
        if words.len() < HEADER_WORDS || words[H_VERSION] != PROGRAM_VERSION {
            return Err(Failure::bad(1));
        }
        let values = words[H_VALUES];
        let conds = words[H_CONDS];
        if values < 0 || conds < 1 {
            return Err(Failure::bad(2));
        }
        let (values, conds) = (values as usize, conds as usize);
        if words.len() != HEADER_WORDS + (values + conds) * NODE_WORDS {
            return Err(Failure::bad(3));
        }
        let p = Program { words, values, conds };
        // Inputs must precede their node (ExprPlan's order), so one forward pass evaluates everything.
        for i in 0..values {
            let n = p.value(i);
            let ok = match n[0] {
                V_FIELD => (1..=5).contains(&n[3]),
                V_CONST => true,
                V_ROLLING_SUM | V_SHIFT => n[3] >= 1 && in_range(n[1], i),
                V_SCALE => in_range(n[1], i),
                V_ADD | V_SUB | V_MUL => in_range(n[1], i) && in_range(n[2], i),
                _ => false,
            };
            if !ok || !(0..=36).contains(&n[4]) || n[5] < 0 || !p.consistent(n) {
                return Err(Failure::bad(10 + i as i64));
            }
        }
        for i in 0..conds {
            let c = p.cond(i);
            // A condition's warm-up covers its operands', so it never reads a value that is not yet defined.
            let ok = match c[0] {
                C_GREATER | C_LESS => in_range(c[1], values) && in_range(c[2], values)
                    && c[5] >= p.value(c[1] as usize)[5].max(p.value(c[2] as usize)[5]),
                C_AND => in_range(c[1], i) && in_range(c[2], i)
                    && c[5] >= p.cond(c[1] as usize)[5].max(p.cond(c[2] as usize)[5]),
                _ => false,
            };
            if !ok || c[5] < 0 {
                return Err(Failure::bad(1000 + i as i64));
            }
        }
        if !in_range(words[H_ENTER_SLOT], conds) || !in_range(words[H_EXIT_SLOT], conds) {
            return Err(Failure::bad(4));
        }
        if words[H_VOLUME_PERCENT] < 0 || words[H_SLIPPAGE_BPS] < 0 || words[H_PERIODS] < 1 || words[H_CAPITAL] <= 0 {
            return Err(Failure::bad(5));
        }
        Ok(p)
    }

    /// Scales and warm-ups agree with the node's inputs, so evaluation never reads before a defined bar
    /// or aligns by a negative power of ten (a malformed program is rejected, never a panic across the FFI).
    fn consistent(&self, n: &[i64]) -> bool {
        let (scale, warmup) = (n[4], n[5]);
        let input = |k: usize| self.value(n[k] as usize);
        match n[0] {
            V_ROLLING_SUM => warmup >= input(1)[5] + n[3] - 1 && scale == input(1)[4],
            V_SHIFT => warmup >= input(1)[5] + n[3] && scale == input(1)[4],
            V_SCALE => warmup >= input(1)[5] && scale == input(1)[4],
            V_ADD | V_SUB | V_MUL => {
                let (a, b) = (input(1), input(2));
                let scales_ok = if n[0] == V_MUL { scale == a[4] + b[4] } else { scale == a[4].max(b[4]) };
                warmup >= a[5].max(b[5]) && scales_ok
            }
            _ => true,
        }
    }

    fn value(&self, i: usize) -> &[i64] {
        let at = HEADER_WORDS + i * NODE_WORDS;
        &self.words[at..at + NODE_WORDS]
    }

    fn cond(&self, i: usize) -> &[i64] {
        let at = HEADER_WORDS + (self.values + i) * NODE_WORDS;
        &self.words[at..at + NODE_WORDS]
    }
}

fn in_range(slot: i64, limit: usize) -> bool {
    slot >= 0 && (slot as usize) < limit
}

fn layout_words(p: &Program, bars: usize) -> usize {
    Layout::of(p, bars).words
}

/// Runs the whole backtest; `session_values` receives V[s] (scale 4), one per session.
pub fn run(program: &[i64], m: &Market, scratch: &mut [i64], session_values: &mut [i64]) -> Result<Summary, Failure> {
    let p = Program::parse(program)?;
    let bars = m.bars;
    let total = m.assets * bars;
    if [m.open.len(), m.high.len(), m.low.len(), m.close.len(), m.volume.len()].iter().any(|&l| l != total)
        || scratch.len() < layout_words(&p, bars)
        || session_values.len() != m.session_ends.len()
    {
        return Err(Failure::bad(6));
    }
    if m.session_ends.windows(2).any(|w| w[0] >= w[1]) || m.session_ends.iter().any(|&e| e < 0 || e as usize >= bars) {
        return Err(Failure::bad(7));
    }
    let w = program;
    let capital = w[H_CAPITAL] as i128;
    let commission = w[H_COMMISSION] as i128;
    let bps = w[H_SLIPPAGE_BPS] as i128;
    let percent = w[H_VOLUME_PERCENT] as i128;
    let (enter_slot, exit_slot) = (w[H_ENTER_SLOT] as usize, w[H_EXIT_SLOT] as usize);
    let (enter_shares, exit_shares) = (w[H_ENTER_SHARES], w[H_EXIT_SHARES]);

    session_values.iter_mut().for_each(|v| *v = 0);
    let mut s = Summary::default();
    let layout = Layout::of(&p, bars);
    let (values_scratch, cond_scratch) = scratch.split_at_mut(layout.conds_at);
    let mut bounds: Vec<u128> = vec![0; p.values];
    for asset in 0..m.assets {
        let range = asset * bars..(asset + 1) * bars;
        let cols = AssetColumns {
            fields: [&m.open[range.clone()], &m.high[range.clone()], &m.low[range.clone()],
                &m.close[range.clone()], &m.volume[range.clone()]],
        };
        let (open, close, volume) = (cols.fields[0], cols.fields[3], cols.fields[4]);
        // When this asset's data bounds every node's magnitude within 64 bits, the per-value overflow checks
        // cannot fire and the loops run without them; otherwise each value is checked and the first bad bar named.
        let checked = !fits_unchecked(&p, &cols, &mut bounds);
        let mut pos: i64 = 0;
        let mut cash: i64 = 0; // this asset's cash flow, scale 4
        let mut target: i64 = 0;
        let mut session = 0usize;
        for lo in (0..bars).step_by(BLOCK) {
            let hi = (lo + BLOCK).min(bars);
            // Issued before the block's strategy evaluation, so the lines arrive while it runs.
            prefetch(&open[lo..hi]);
            prefetch(&volume[lo..hi]);
            evaluate_values(&p, &layout, &cols, values_scratch, asset, lo, hi, checked)?;
            let proven = if checked { None } else { Some(&bounds[..]) };
            evaluate_conds(&p, &layout, &cols, values_scratch, cond_scratch, lo, hi, proven);
            let enter = &cond_scratch[enter_slot * BLOCK..enter_slot * BLOCK + (hi - lo)];
            let exit = &cond_scratch[exit_slot * BLOCK..exit_slot * BLOCK + (hi - lo)];
            for t in lo..hi {
                if t >= 1 && target != pos {
                    let want = target as i128 - pos as i128;
                    // 64-bit on the hot path (an unfillable order is re-checked every bar); 128-bit if it overflows.
                    let cap = match volume[t].checked_mul(percent as i64) {
                        Some(v) => (v / 100) as i128,
                        None => volume[t] as i128 * percent / 100,
                    };
                    let qty = want.signum() * want.abs().min(cap.max(0));
                    if qty != 0 {
                        let factor = if qty > 0 { 10_000 + bps } else { 10_000 - bps };
                        let price = div_half_even(open[t] as i128 * factor, 10_000);
                        narrow(price).map_err(|_| Failure::ledger(L_FILL_PRICE, asset, t))?;
                        let fee = qty.abs() * commission;
                        let cost = qty * price + fee;
                        cash = narrow(cash as i128 - cost).map_err(|_| Failure::ledger(L_CASH, asset, t))?;
                        pos = narrow(pos as i128 + qty).map_err(|_| Failure::ledger(L_POSITION, asset, t))?;
                        s.trades += 1;
                        s.shares =
                            narrow(s.shares as i128 + qty.abs()).map_err(|_| Failure::ledger(L_POSITION, asset, t))?;
                        s.commissions =
                            narrow(s.commissions as i128 + fee).map_err(|_| Failure::ledger(L_COMMISSIONS, asset, t))?;
                    }
                }
                if enter[t - lo] != 0 {
                    target = enter_shares;
                } else if exit[t - lo] != 0 {
                    target = exit_shares;
                }
                if session < m.session_ends.len() && m.session_ends[session] as usize == t {
                    let v = cash as i128 + pos as i128 * close[t] as i128 + session_values[session] as i128;
                    session_values[session] = narrow(v).map_err(|_| Failure::ledger(L_PORTFOLIO_VALUE, asset, t))?;
                    session += 1;
                }
            }
        }
    }
    for (i, v) in session_values.iter_mut().enumerate() {
        *v = narrow(*v as i128 + capital).map_err(|_| Failure::ledger(L_PORTFOLIO_VALUE, m.assets - 1, m.session_ends[i] as usize))?;
    }
    metrics(session_values, capital, w[H_PERIODS] as i128, &mut s)?;
    Ok(s)
}

/// Starts loading `column` into cache. The simulator reads open and volume only on bars with a pending order, a
/// sparse pattern the hardware prefetcher does not follow, so each such read would otherwise wait for memory.
#[inline]
fn prefetch(column: &[i64]) {
    #[cfg(target_arch = "x86_64")]
    for line in column.chunks(8) {
        // SAFETY: a prefetch is only a hint and the address lies inside the slice (SSE is part of every x86-64).
        unsafe { std::arch::x86_64::_mm_prefetch::<{ std::arch::x86_64::_MM_HINT_T0 }>(line.as_ptr() as *const i8) };
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = column;
}

struct AssetColumns<'a> {
    fields: [&'a [i64]; 5],
}

/// Node `slot`'s values for the current asset as `(slice, first)`: bar `t` is at `slice[t - first]`. Fields read
/// the bundle column, whole-column rows are indexed by bar, block rows by bar minus the block start `lo`.
#[inline]
fn view<'a>(p: &Program, layout: &Layout, cols: &AssetColumns<'a>, scratch: &'a [i64], slot: usize,
            lo: usize) -> (&'a [i64], usize) {
    let n = p.value(slot);
    let (at, whole) = layout.rows[slot];
    if n[0] == V_FIELD {
        (cols.fields[(n[3] - 1) as usize], 0)
    } else if whole {
        (&scratch[at..at + cols.fields[0].len()], 0)
    } else {
        (&scratch[at..at + BLOCK], lo)
    }
}

/// Whether every value node of this asset provably fits 64 bits: bounds each node's magnitude from the largest
/// magnitudes of the fields it reads (interval arithmetic, saturating). `bounds` is reused scratch, one per node.
fn fits_unchecked(p: &Program, cols: &AssetColumns, bounds: &mut [u128]) -> bool {
    let limit = i64::MAX as u128;
    for slot in 0..p.values {
        let n = p.value(slot);
        let (a, b) = (n[1] as usize, n[2] as usize);
        let aligned = |input: usize| {
            let up = pow10((n[4] - p.value(input)[4]) as u32).unwrap_or(i128::MAX) as u128;
            bounds[input].saturating_mul(up)
        };
        let bound = match n[0] {
            V_FIELD => cols.fields[(n[3] - 1) as usize].iter().map(|v| v.unsigned_abs()).max().unwrap_or(0) as u128,
            V_CONST => n[3].unsigned_abs() as u128,
            V_ROLLING_SUM => bounds[a].saturating_mul(n[3] as u128),
            V_SHIFT => bounds[a],
            V_SCALE => bounds[a].saturating_mul(n[3].unsigned_abs() as u128),
            V_ADD | V_SUB => aligned(a).saturating_add(aligned(b)),
            V_MUL => bounds[a].saturating_mul(bounds[b]),
            _ => u128::MAX,
        };
        if bound > limit {
            return false;
        }
        bounds[slot] = bound;
    }
    true
}

/// Evaluates every value node of one asset over bars `lo..hi`. On overflow the earliest failing bar wins (the
/// user's first bad bar, not the first node in evaluation order): later nodes still run, but only before that bar.
#[allow(clippy::too_many_arguments)]
fn evaluate_values(p: &Program, layout: &Layout, cols: &AssetColumns, scratch: &mut [i64], asset: usize, lo: usize,
                   hi: usize, checked: bool) -> Result<(), Failure> {
    let bars = cols.fields[0].len();
    let mut failure: Option<Failure> = None;
    let mut limit = hi;
    for slot in 0..p.values {
        if p.value(slot)[0] == V_FIELD {
            continue;
        }
        // Inputs live in earlier rows, so split the scratch: read before this row, write this row.
        let (at, whole) = layout.rows[slot];
        let (done, rest) = scratch.split_at_mut(at);
        let (out, first) = if whole { (&mut rest[..bars], 0) } else { (&mut rest[..BLOCK], lo) };
        let node = Node { p, layout, cols, done, slot, lo };
        if let Err(t) = node.evaluate(out, first, limit, checked) {
            limit = t;
            failure = Some(Failure::node(slot, asset, t));
        }
    }
    failure.map_or(Ok(()), Err)
}

/// One value node being evaluated over a block, with the rows of the nodes before it.
struct Node<'a> {
    p: &'a Program<'a>,
    layout: &'a Layout,
    cols: &'a AssetColumns<'a>,
    done: &'a [i64],
    slot: usize,
    lo: usize,
}

impl Node<'_> {
    /// Input `k` (1 or 2) over bars `from..to`.
    fn input(&self, k: usize, from: usize, to: usize) -> &[i64] {
        let (x, first) = view(self.p, self.layout, self.cols, self.done, self.p.value(self.slot)[k] as usize, self.lo);
        &x[from - first..to - first]
    }

    /// Computes the defined bars of `lo..hi` into `out` (bar t at `out[t - first]`); Err(bar) on overflow. Bars
    /// before the node's warm-up are left as they are: nothing reads a value before its warm-up.
    fn evaluate(&self, out: &mut [i64], first: usize, hi: usize, checked: bool) -> Result<(), usize> {
        let n = self.p.value(self.slot);
        let (op, param, scale, warmup) = (n[0], n[3], n[4] as i32, n[5] as usize);
        let start = warmup.max(self.lo);
        if start >= hi {
            return Ok(());
        }
        // Rolling sums keep whole rows (first == 0), so their value at start - 1 is still there.
        let previous = if start > first { out[start - 1 - first] } else { 0 };
        let out = &mut out[start - first..hi - first];
        let fail = |i: usize| start + i;
        match op {
            V_CONST => out.iter_mut().for_each(|v| *v = param),
            V_ROLLING_SUM => {
                // Whole columns: the input from its warm-up, this node's own previous value at start - 1.
                let window = param as usize;
                let x = self.input(1, start + 1 - window, hi);
                let head = window - 1; // x[i + head] is bar start + i
                let mut sum: i128 = if start == warmup {
                    x[..head].iter().map(|&v| v as i128).sum()
                } else {
                    // Resume a later block: the previous bar's sum minus the value that leaves the window.
                    previous as i128 - self.input(1, start - window, start + 1 - window)[0] as i128
                };
                if checked {
                    for (i, o) in out.iter_mut().enumerate() {
                        sum += x[i + head] as i128;
                        *o = narrow(sum).map_err(|_| fail(i))?;
                        sum -= x[i] as i128;
                    }
                } else {
                    // Zipped slices instead of indices: no bounds check inside the loop.
                    let mut sum = sum as i64;
                    for (o, (&entering, &leaving)) in out.iter_mut().zip(x[head..].iter().zip(x)) {
                        sum = sum.wrapping_add(entering);
                        *o = sum;
                        sum = sum.wrapping_sub(leaving);
                    }
                }
            }
            V_SHIFT => {
                let k = param as usize;
                out.copy_from_slice(self.input(1, start - k, hi - k));
            }
            V_SCALE => {
                let x = self.input(1, start, hi);
                if checked {
                    for (i, (o, &a)) in out.iter_mut().zip(x).enumerate() {
                        *o = a.checked_mul(param).ok_or(fail(i))?;
                    }
                } else {
                    out.iter_mut().zip(x).for_each(|(o, &a)| *o = a.wrapping_mul(param));
                }
            }
            V_ADD | V_SUB => {
                let (x, y) = (self.input(1, start, hi), self.input(2, start, hi));
                let (sx, sy) = (self.p.value(n[1] as usize)[4] as i32, self.p.value(n[2] as usize)[4] as i32);
                if sx == scale && sy == scale && !checked {
                    if op == V_ADD {
                        out.iter_mut().zip(x.iter().zip(y)).for_each(|(o, (&a, &b))| *o = a.wrapping_add(b));
                    } else {
                        out.iter_mut().zip(x.iter().zip(y)).for_each(|(o, (&a, &b))| *o = a.wrapping_sub(b));
                    }
                } else if sx == scale && sy == scale {
                    for (i, (o, (&a, &b))) in out.iter_mut().zip(x.iter().zip(y)).enumerate() {
                        let r = if op == V_ADD { a.checked_add(b) } else { a.checked_sub(b) };
                        *o = r.ok_or(fail(i))?;
                    }
                } else {
                    let fx = pow10((scale - sx) as u32).unwrap();
                    let fy = pow10((scale - sy) as u32).unwrap();
                    for (i, (o, (&a, &b))) in out.iter_mut().zip(x.iter().zip(y)).enumerate() {
                        let a = (a as i128).checked_mul(fx).ok_or(fail(i))?;
                        let b = (b as i128).checked_mul(fy).ok_or(fail(i))?;
                        *o = narrow(if op == V_ADD { a + b } else { a - b }).map_err(|_| fail(i))?;
                    }
                }
            }
            V_MUL => {
                let (x, y) = (self.input(1, start, hi), self.input(2, start, hi));
                if checked {
                    for (i, (o, (&a, &b))) in out.iter_mut().zip(x.iter().zip(y)).enumerate() {
                        *o = a.checked_mul(b).ok_or(fail(i))?;
                    }
                } else {
                    out.iter_mut().zip(x.iter().zip(y)).for_each(|(o, (&a, &b))| *o = a.wrapping_mul(b));
                }
            }
            _ => unreachable!("validated in Program::parse"),
        }
        Ok(())
    }
}

/// Evaluates the conditions over bars `lo..hi` into block rows (`BLOCK` words per condition, bar t at t - lo).
/// `bounds` holds every value node's magnitude bound when [`fits_unchecked`] proved them for this asset.
#[allow(clippy::too_many_arguments)]
fn evaluate_conds(p: &Program, layout: &Layout, cols: &AssetColumns, values: &[i64], conds: &mut [i64], lo: usize,
                  hi: usize, bounds: Option<&[u128]>) {
    for slot in 0..p.conds {
        let c = p.cond(slot);
        let (done, rest) = conds.split_at_mut(slot * BLOCK);
        let out = &mut rest[..hi - lo];
        // False during the warm-up.
        let start = (c[5] as usize).clamp(lo, hi);
        out[..start - lo].iter_mut().for_each(|v| *v = 0);
        let out = &mut out[start - lo..];
        let (a, b) = (c[1] as usize, c[2] as usize);
        match c[0] {
            C_AND => {
                let x = &done[a * BLOCK + (start - lo)..a * BLOCK + (hi - lo)];
                let y = &done[b * BLOCK + (start - lo)..b * BLOCK + (hi - lo)];
                for (o, (&l, &r)) in out.iter_mut().zip(x.iter().zip(y)) {
                    *o = l & r;
                }
            }
            op => {
                let (x, fx) = view(p, layout, cols, values, a, lo);
                let (y, fy) = view(p, layout, cols, values, b, lo);
                let (x, y) = (&x[start - fx..hi - fx], &y[start - fy..hi - fy]);
                let (sx, sy) = (p.value(a)[4] as i32, p.value(b)[4] as i32);
                let greater = op == C_GREATER;
                // The operand at the smaller scale is aligned up; when its bound proves the aligned value fits 64
                // bits, the comparison is one branch-free 64-bit loop (a strict x > y is y < x, so swap and flip).
                let up = pow10(sx.abs_diff(sy)).and_then(|f| i64::try_from(f).ok()).unwrap_or(0);
                let small = if sx < sy { a } else { b };
                let proven = bounds.is_some_and(|bd| up != 0 && bd[small].saturating_mul(up as u128) <= i64::MAX as u128);
                if sx == sy {
                    compare_rows(out, x, 1, y, greater);
                } else if proven && sx < sy {
                    compare_rows(out, x, up, y, greater);
                } else if proven {
                    compare_rows(out, y, up, x, !greater);
                } else {
                    // Align with one 64-bit multiply per bar; only a product that leaves 64 bits takes the exact
                    // 128-bit path.
                    let want = if greater { Ordering::Greater } else { Ordering::Less };
                    for (o, (&l, &r)) in out.iter_mut().zip(x.iter().zip(y)) {
                        let fast = if sx < sy { l.checked_mul(up).map(|a| a.cmp(&r)) } else { r.checked_mul(up).map(|b| l.cmp(&b)) };
                        let ord = match fast {
                            Some(ord) if up != 0 => ord,
                            _ => compare(l, sx, r, sy),
                        };
                        *o = (ord == want) as i64;
                    }
                }
            }
        }
    }
}

/// `out[i] = x[i] * up > y[i]` (or `<`) as 0/1, in 64 bits: the caller has proven that `x[i] * up` fits.
#[inline]
fn compare_rows(out: &mut [i64], x: &[i64], up: i64, y: &[i64], greater: bool) {
    let rows = out.iter_mut().zip(x.iter().zip(y));
    match (up == 1, greater) {
        (true, true) => rows.for_each(|(o, (&l, &r))| *o = (l > r) as i64),
        (true, false) => rows.for_each(|(o, (&l, &r))| *o = (l < r) as i64),
        (false, true) => rows.for_each(|(o, (&l, &r))| *o = (l.wrapping_mul(up) > r) as i64),
        (false, false) => rows.for_each(|(o, (&l, &r))| *o = (l.wrapping_mul(up) < r) as i64),
    }
}

/// Exact comparison of a at scale sa with b at scale sb.
#[inline]
pub fn compare(a: i64, sa: i32, b: i64, sb: i32) -> Ordering {
    match sa.cmp(&sb) {
        Ordering::Equal => a.cmp(&b),
        Ordering::Less => compare_aligned(a, (sb - sa) as u32, b),
        Ordering::Greater => compare_aligned(b, (sa - sb) as u32, a).reverse(),
    }
}

/// Compares a * 10^k with b. When a * 10^k leaves i128 its magnitude exceeds any i64, so its sign decides.
#[inline]
fn compare_aligned(a: i64, k: u32, b: i64) -> Ordering {
    match pow10(k).and_then(|f| (a as i128).checked_mul(f)) {
        Some(x) => x.cmp(&(b as i128)),
        None => a.cmp(&0),
    }
}

/// Returns, mean, variance, volatility, Sharpe, Sortino and drawdown (semantics.md, "Results").
fn metrics(v: &[i64], capital: i128, periods: i128, s: &mut Summary) -> Result<(), Failure> {
    let n = v.len();
    let err = |e: DecimalError, i: usize| Failure::metric(e, L_RETURNS, i);
    let ratio = |num: i128, den: i128, i: usize| -> Result<i128, Failure> {
        if den == 0 {
            return Err(err(DecimalError::DivisionByZero, i));
        }
        let scaled = num.checked_mul(RATIO_ONE).ok_or(err(DecimalError::Overflow, i))?;
        Ok(div_half_even(scaled, den))
    };
    let last = if n == 0 { capital } else { v[n - 1] as i128 };
    s.final_value = narrow(last).map_err(|e| err(e, n))?;
    s.total_return = narrow(ratio(last - capital, capital, n)?).map_err(|e| err(e, n))?;

    let mut sum: i128 = 0;
    let mut peak = capital;
    let mut drawdown: i128 = 0;
    let mut prev = capital;
    for (i, &value) in v.iter().enumerate() {
        let value = value as i128;
        if prev <= 0 {
            // The return divides by the previous value; `bar` names that session (the Java side words the message).
            return Err(Failure { status: STATUS_DIVISION_BY_ZERO, what: L_RETURNS, asset: -1, bar: i as i64 - 1 });
        }
        sum += ratio(value - prev, prev, i)?;
        prev = value;
        peak = peak.max(value);
        drawdown = drawdown.max(ratio(peak - value, peak, i)?);
    }
    s.max_drawdown = narrow(drawdown).map_err(|e| err(e, n))?;
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
        squares = d.checked_mul(d).and_then(|q| squares.checked_add(q)).ok_or(err(DecimalError::Overflow, i))?;
        if r < 0 {
            downside = r.checked_mul(r).and_then(|q| downside.checked_add(q)).ok_or(err(DecimalError::Overflow, i))?;
        }
    }
    let variance = if n < 2 { 0 } else { div_half_even(squares, (n as i128 - 1) * RATIO_ONE) };
    let downside_variance = div_half_even(downside, n as i128 * RATIO_ONE);
    let annual_mean = mean.checked_mul(periods).ok_or(err(DecimalError::Overflow, n))?;
    let volatility = sqrt12(variance * periods).map_err(|e| err(e, n))?;
    let downside_volatility = sqrt12(downside_variance * periods).map_err(|e| err(e, n))?;
    s.volatility = narrow(volatility).map_err(|e| err(e, n))?;
    s.sharpe = if volatility == 0 { 0 } else { narrow(ratio(annual_mean, volatility, n)?).map_err(|e| err(e, n))? };
    s.sortino = if downside_volatility == 0 {
        0
    } else {
        narrow(ratio(annual_mean, downside_volatility, n)?).map_err(|e| err(e, n))?
    };
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Header + nodes for: enter 100 when `close > 0`, exit to 0 when `close < 0`.
    fn always_long() -> Vec<i64> {
        let mut p = vec![0; HEADER_WORDS];
        p[H_VERSION] = PROGRAM_VERSION;
        p[H_VALUES] = 2;
        p[H_CONDS] = 2;
        p[H_ENTER_SLOT] = 0;
        p[H_EXIT_SLOT] = 1;
        p[H_ENTER_SHARES] = 100;
        p[H_EXIT_SHARES] = 0;
        p[H_CAPITAL] = 1_000_000_000;
        p[H_SLIPPAGE_BPS] = 5;
        p[H_VOLUME_PERCENT] = 10;
        p[H_COMMISSION] = 10;
        p[H_PERIODS] = 252;
        p.extend([V_FIELD, 0, 0, 4, 4, 0]);
        p.extend([V_CONST, 0, 0, 0, 0, 0]);
        p.extend([C_GREATER, 0, 1, 0, 0, 0]);
        p.extend([C_LESS, 0, 1, 0, 0, 0]);
        p
    }

    fn market<'a>(open: &'a [i64], close: &'a [i64], volume: &'a [i64], ends: &'a [i64]) -> Market<'a> {
        Market { open, high: close, low: open, close, volume, assets: 1, bars: open.len(), session_ends: ends }
    }

    #[test]
    fn partial_fills_carry_over_and_the_ledger_is_exact() {
        let prices = [1_000_000, 1_000_000, 1_010_000, 1_020_000];
        let volume = [500; 4];
        let ends = [0, 1, 2, 3];
        let program = always_long();
        let mut scratch = vec![0; scratch_words(&program, 4)];
        let mut values = [0; 4];
        let s = run(&program, &market(&prices, &prices, &volume, &ends), &mut scratch, &mut values).unwrap();
        // Bar 1 buys 50 (10% of 500) at 100.05, bar 2 the other 50 at 101.0505, each with 0.05 commission.
        assert_eq!(values, [1_000_000_000, 999_974_500, 1_000_448_750, 1_001_448_750]);
        assert_eq!((s.trades, s.shares, s.commissions), (2, 100, 1_000));
        assert_eq!(s.final_value, 1_001_448_750);
        assert_eq!(s.total_return, 1_448_750_000); // 0.00144875
        // Drawdown after session 1: (1e9 - 999_974_500) / 1e9 = 0.0000255
        assert_eq!(s.max_drawdown, 25_500_000);
    }

    #[test]
    fn fill_prices_round_half_even_against_the_trader() {
        // 100.10 * 1.0005 = 100.15005 -> tie at 4 places -> 100.1500 (even)
        let prices = [1_001_000, 1_001_000];
        let volume = [10_000; 2];
        let ends = [1];
        let program = always_long();
        let mut scratch = vec![0; scratch_words(&program, 2)];
        let mut values = [0; 1];
        run(&program, &market(&prices, &prices, &volume, &ends), &mut scratch, &mut values).unwrap();
        // cash = -(100 * 1_001_500 + 100 * 10), position worth 100 * 1_001_000
        assert_eq!(values[0], 1_000_000_000 - 100_150_000 - 1_000 + 100_100_000);
    }

    #[test]
    fn overflowing_node_names_slot_asset_and_bar() {
        // close * close with close = 10^6 dollars: (10^10)^2 does not fit i64.
        let mut p = always_long();
        p[H_VALUES] = 3;
        p[H_CONDS] = 2;
        p.truncate(HEADER_WORDS + 2 * NODE_WORDS);
        p.extend([V_MUL, 0, 0, 0, 8, 0]);
        p.extend([C_GREATER, 2, 1, 0, 0, 0]);
        p.extend([C_LESS, 2, 1, 0, 0, 0]);
        let prices = [1_000_000, 10_000_000_000];
        let volume = [100; 2];
        let ends = [1];
        let mut scratch = vec![0; scratch_words(&p, 2)];
        let mut values = [0; 1];
        let f = run(&p, &market(&prices, &prices, &volume, &ends), &mut scratch, &mut values).unwrap_err();
        assert_eq!(f, Failure { status: STATUS_OVERFLOW_NODE, what: 2, asset: 0, bar: 1 });
    }

    #[test]
    fn comparisons_align_scales_exactly() {
        assert_eq!(compare(15, 1, 150, 2), Ordering::Equal);
        assert_eq!(compare(15, 1, 151, 2), Ordering::Less);
        assert_eq!(compare(-15, 1, -151, 2), Ordering::Greater);
        // a * 10^30 leaves i64 but the comparison stays exact.
        assert_eq!(compare(i64::MAX, 0, i64::MAX, 30), Ordering::Greater);
        assert_eq!(compare(-1, 0, i64::MIN, 36), Ordering::Less);
    }

    #[test]
    fn malformed_programs_are_rejected() {
        let mut p = always_long();
        p[HEADER_WORDS + 2 * NODE_WORDS + 1] = 7; // comparison reads a slot that does not exist
        let mut values = [0; 1];
        let f = run(&p, &market(&[1], &[1], &[1], &[0]), &mut [0; 4], &mut values).unwrap_err();
        assert_eq!(f.status, STATUS_BAD_ARGUMENTS);
    }

    #[test]
    fn rolling_sums_and_shifts_continue_across_blocks() {
        // values: close, rollingSum(close, 20), shift(close, 300); more bars than three blocks
        let mut p = always_long();
        p[H_VALUES] = 4;
        p.truncate(HEADER_WORDS + 2 * NODE_WORDS);
        p.extend([V_ROLLING_SUM, 0, 0, 20, 4, 19]);
        p.extend([V_SHIFT, 0, 0, 300, 4, 300]);
        p.extend([C_GREATER, 0, 1, 0, 0, 0]);
        p.extend([C_LESS, 0, 1, 0, 0, 0]);
        let bars = 3 * BLOCK + 7;
        let close: Vec<i64> = (0..bars as i64).map(|b| 1_000_000 + (b * 7919 % 1000) * 100).collect();
        let volume = vec![100; bars];
        let ends = [bars as i64 - 1];
        let mut scratch = vec![0; scratch_words(&p, bars)];
        let mut values = [0; 1];
        run(&p, &market(&close, &close, &volume, &ends), &mut scratch, &mut values).unwrap();
        let layout = Layout::of(&Program::parse(&p).unwrap(), bars);
        // The rolling sum keeps its whole column; the shift only the last block.
        let (sum_at, sum_whole) = layout.rows[2];
        let (shift_at, shift_whole) = layout.rows[3];
        assert!(sum_whole && !shift_whole);
        for t in 19..bars {
            let naive: i64 = close[t - 19..=t].iter().sum();
            assert_eq!(scratch[sum_at + t], naive, "rolling sum at bar {t}");
        }
        let last = bars - bars % BLOCK;
        for t in last..bars {
            assert_eq!(scratch[shift_at + t - last], close[t - 300], "shift at bar {t}");
        }
    }

    #[test]
    fn overflow_checks_are_skipped_only_when_the_data_bounds_every_node() {
        // value nodes: close, 0, close*close
        let mut p = always_long();
        p[H_VALUES] = 3;
        p.truncate(HEADER_WORDS + 2 * NODE_WORDS);
        p.extend([V_MUL, 0, 0, 0, 8, 0]);
        p.extend([C_GREATER, 2, 1, 0, 0, 0]);
        p.extend([C_LESS, 2, 1, 0, 0, 0]);
        let prog = Program::parse(&p).unwrap();
        let mut bounds = [0u128; 3];
        let cols = |close: &'static [i64]| AssetColumns { fields: [close, close, close, close, close] };
        // 3037000499^2 < 2^63 - 1 < 3037000500^2
        assert!(fits_unchecked(&prog, &cols(&[1_000_000, -3_037_000_499]), &mut bounds));
        assert_eq!(bounds[2], 3_037_000_499u128 * 3_037_000_499);
        assert!(!fits_unchecked(&prog, &cols(&[1_000_000, 3_037_000_500]), &mut bounds));
    }

    #[test]
    fn proven_mixed_scale_comparisons_agree_with_the_exact_comparison() {
        // value nodes: close (scale 4), 0 (scale 0), 3 (scale 0); close > 3 and close < 0 align the constants up.
        let mut p = always_long();
        p[H_VALUES] = 3;
        p.truncate(HEADER_WORDS + 2 * NODE_WORDS);
        p.extend([V_CONST, 0, 0, 3, 0, 0]);
        p.extend([C_GREATER, 0, 2, 0, 0, 0]);
        p.extend([C_LESS, 2, 0, 0, 0, 0]);
        let close: Vec<i64> = (0..600).map(|b| 29_900 + (b * 37 % 200)).collect(); // around 3, equal to it at 30_000
        let prog = Program::parse(&p).unwrap();
        let layout = Layout::of(&prog, close.len());
        let cols = AssetColumns { fields: [&close, &close, &close, &close, &close] };
        let mut bounds = [0u128; 3];
        assert!(fits_unchecked(&prog, &cols, &mut bounds));
        let mut scratch = vec![0; layout.words];
        let (values, conds) = scratch.split_at_mut(layout.conds_at);
        for lo in (0..close.len()).step_by(BLOCK) {
            let hi = (lo + BLOCK).min(close.len());
            evaluate_values(&prog, &layout, &cols, values, 0, lo, hi, false).unwrap();
            evaluate_conds(&prog, &layout, &cols, values, conds, lo, hi, Some(&bounds));
            for t in lo..hi {
                let above = compare(close[t], 4, 3, 0) == Ordering::Greater;
                assert_eq!(conds[t - lo] != 0, above, "close > 3 at bar {t}");
                assert_eq!(conds[BLOCK + t - lo] != 0, above, "3 < close at bar {t}");
            }
        }
    }
}
