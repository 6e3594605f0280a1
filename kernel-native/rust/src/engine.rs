//! One backtest engine for both native arithmetics: the strategy program evaluated per asset in blocks of
//! [`BLOCK_BARS`] bars, the execution simulator fused with each block, then the metrics — exactly as the site's
//! Semantics page defines them. The engine owns everything that does not depend on the arithmetic (plan order,
//! blocks, rows, windows, warm-ups, targets, fills, sessions, decision traces, where an error is reported); an
//! [`Arithmetic`] supplies only the value operations, the ledger and the metrics. It is monomorphised for the
//! exact 64-bit fixed point ([`crate::fixed::Fixed`], `decimal-native`) and for `f64` ([`crate::float::Float`],
//! `float-native`), so the two modes run the same code around their arithmetic. Nothing here keeps state between
//! calls.

use crate::abi::*;
use crate::program::{Failure, Layout, Program, Row, Target};
use crate::decimal::Rounding;

/// Bars evaluated together: every node's slice of a block stays in cache while the next node reads it.
pub const BLOCK: usize = BLOCK_BARS;

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

/// The reported words: money and ratios as the arithmetic holds them (fixed: unscaled at scales 4 and 12; f64: bits).
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
    pub decisions: i64,
}

/// One asset's bundle columns, indexed by `F_* - 1`.
pub struct AssetColumns<'a> {
    pub fields: [&'a [i64]; 5],
}

/// A fault inside a node's slice: (index into the slice being computed, status).
pub type Fault = (usize, i64);

/// An 8-byte value type every bit pattern of which is valid, so the scratch's i64 words can hold it.
///
/// # Safety
/// Implementors must have the size and alignment of `i64` and accept every bit pattern.
pub unsafe trait Word: Copy + Default + PartialOrd + 'static {}
unsafe impl Word for i64 {}
unsafe impl Word for f64 {}

fn words_as<V: Word>(w: &mut [i64]) -> &mut [V] {
    // SAFETY: V has i64's size and alignment and every bit pattern is a valid V (trait contract).
    unsafe { std::slice::from_raw_parts_mut(w.as_mut_ptr() as *mut V, w.len()) }
}

fn words_as_bytes(w: &mut [i64]) -> &mut [u8] {
    // SAFETY: u8 has no alignment requirement and every byte is valid.
    unsafe { std::slice::from_raw_parts_mut(w.as_mut_ptr() as *mut u8, w.len() * 8) }
}

/// The value operations of one arithmetic, each over a slice of bars of one block. A `Fault`'s index is into the
/// output slice. `Hint` is what the arithmetic proved about a node for the current asset (fixed point: that its
/// values provably fit 64 bits, so the checks can go); operations run unchecked only where the hint says so.
pub trait Arithmetic {
    type V: Word;
    type Proof;
    type Ledger: Ledger;
    /// `ARITHMETIC_*` code of the programs this arithmetic runs.
    const CODE: i64;
    /// Whether bundle columns are already values (fixed point) or must be converted per block (f64).
    const FIELDS_IN_PLACE: bool;

    fn new_proof(p: &Program) -> Self::Proof;
    /// Proves what it can about every node for one asset's data.
    fn prove(proof: &mut Self::Proof, p: &Program, cols: &AssetColumns);
    fn in_place(raw: &[i64]) -> &[Self::V];
    fn field(raw: &[i64], price: bool, out: &mut [Self::V]);
    fn constant(word: i64) -> Self::V;

    /// The first bar of a rolling sum's window: `x` is the whole window.
    fn window_sum(x: &[Self::V], proof: &Self::Proof, slot: usize) -> Result<Self::V, i64>;
    /// `out[i] = carry = carry + (entering[i] - leaving[i])` (f64's order; exact in fixed point).
    fn roll(entering: &[Self::V], leaving: &[Self::V], carry: &mut Self::V, out: &mut [Self::V],
            proof: &Self::Proof, slot: usize) -> Result<(), Fault>;
    fn scale(x: &[Self::V], factor: i64, out: &mut [Self::V], proof: &Self::Proof, slot: usize) -> Result<(), Fault>;
    /// Add, subtract, min and max of two operands at scales `sx`, `sy`, result at the larger scale.
    #[allow(clippy::too_many_arguments)]
    fn combine(op: i64, x: &[Self::V], sx: i32, y: &[Self::V], sy: i32, out: &mut [Self::V], proof: &Self::Proof,
               slot: usize) -> Result<(), Fault>;
    fn mul(x: &[Self::V], y: &[Self::V], out: &mut [Self::V], proof: &Self::Proof, slot: usize) -> Result<(), Fault>;
    fn abs(x: &[Self::V], out: &mut [Self::V], proof: &Self::Proof, slot: usize) -> Result<(), Fault>;
    #[allow(clippy::too_many_arguments)]
    fn div(x: &[Self::V], sx: i32, y: &[Self::V], sy: i32, scale: i32, mode: Rounding, out: &mut [Self::V],
           proof: &Self::Proof, slot: usize) -> Result<(), Fault>;
    fn sqrt(x: &[Self::V], sx: i32, scale: i32, out: &mut [Self::V], proof: &Self::Proof, slot: usize)
            -> Result<(), Fault>;
    fn round(x: &[Self::V], sx: i32, scale: i32, mode: Rounding, out: &mut [Self::V], proof: &Self::Proof,
             slot: usize) -> Result<(), Fault>;
    /// The EMA from its state `carry` (`seed`: `x[0]` is the input's first defined bar and starts the state).
    #[allow(clippy::too_many_arguments)]
    fn ema(x: &[Self::V], sx: i32, scale: i32, alpha: (i64, i64), seed: bool, carry: &mut Self::V,
           out: &mut [Self::V], proof: &Self::Proof, slot: usize) -> Result<(), Fault>;
    /// `> < >= <=` as 0/1 bytes, exact (a comparison never overflows).
    #[allow(clippy::too_many_arguments)]
    fn compare(op: i64, x: &[Self::V], sx: i32, y: &[Self::V], sy: i32, out: &mut [u8], proof: &Self::Proof,
               cond: usize);
    /// `> < >= <=` of a row against a constant `c` at scale `sc`.
    #[allow(clippy::too_many_arguments)]
    fn compare_constant(op: i64, x: &[Self::V], sx: i32, c: Self::V, sc: i32, out: &mut [u8], proof: &Self::Proof,
                        cond: usize);
    /// Shares for a value target at a bar with this close (raw, scale 4); Err(status) when it cannot be sized.
    fn value_target(amount: i64, close: i64) -> Result<i64, i64>;
}

/// The money side of one arithmetic (the site's Semantics page, "Execution and ledger", "Results").
pub trait Ledger: Sized {
    fn new(p: &Program) -> Self;
    fn start_asset(&mut self);
    /// `qty` shares (negative: sell) at this bar's open (raw, scale 4); Err(ledger step) on overflow.
    fn fill(&mut self, open: i64, qty: i64) -> Result<(), i64>;
    /// Adds this asset's cash and position value at a session close to the session's flow word.
    fn mark(&mut self, flow: &mut i64, position: i64, close: i64) -> Result<(), i64>;
    /// Turns the flows into session values (capital added) and computes the metrics into `s`.
    fn finish(self, flows: &mut [i64], s: &mut Summary) -> Result<(), Failure>;
}

/// Scratch words a backtest of this program over `bars` bars per asset needs (0 for a malformed program).
pub fn scratch_words(program: &[i64], bars: usize) -> usize {
    match Program::parse(program) {
        Ok(p) => Layout::of(&p, bars, p.arithmetic == ARITHMETIC_FIXED).words,
        Err(_) => 0,
    }
}

/// Runs one whole backtest in the program's arithmetic. `session_values` receives V[s], one per session;
/// `trace`, when not empty, the decision triples (as many as fit; [`Summary::decisions`] counts them all).
pub fn run(program: &[i64], m: &Market, scratch: &mut [i64], session_values: &mut [i64], trace: &mut [i64])
           -> Result<Summary, Failure> {
    let p = Program::parse(program)?;
    match (p.arithmetic, trace.is_empty()) {
        (ARITHMETIC_FIXED, true) => dispatch::<crate::fixed::Fixed, false>(&p, m, scratch, session_values, trace),
        (ARITHMETIC_FIXED, false) => dispatch::<crate::fixed::Fixed, true>(&p, m, scratch, session_values, trace),
        (_, true) => dispatch::<crate::float::Float, false>(&p, m, scratch, session_values, trace),
        (_, false) => dispatch::<crate::float::Float, true>(&p, m, scratch, session_values, trace),
    }
}

/// Runs the engine compiled for AVX2 where the CPU has it (as HotSpot's C2 uses what the CPU offers), else for the
/// x86-64 baseline. Both arithmetics take the same path: the whole engine is inlined into each entry, so the choice
/// changes instruction selection only, never an operation or its order (no FMA, no reassociation).
fn dispatch<A: Arithmetic, const TRACE: bool>(p: &Program, m: &Market, scratch: &mut [i64], session_values: &mut [i64],
                                              trace: &mut [i64]) -> Result<Summary, Failure> {
    #[cfg(target_arch = "x86_64")]
    if std::is_x86_feature_detected!("avx2") {
        // SAFETY: the CPU supports AVX2, checked just above.
        return unsafe { run_avx2::<A, TRACE>(p, m, scratch, session_values, trace) };
    }
    run_in::<A, TRACE>(p, m, scratch, session_values, trace)
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn run_avx2<A: Arithmetic, const TRACE: bool>(p: &Program, m: &Market, scratch: &mut [i64],
                                                     session_values: &mut [i64], trace: &mut [i64])
                                                     -> Result<Summary, Failure> {
    run_in::<A, TRACE>(p, m, scratch, session_values, trace)
}

#[inline(always)]
fn run_in<A: Arithmetic, const TRACE: bool>(p: &Program, m: &Market, scratch: &mut [i64], session_values: &mut [i64],
                                             trace: &mut [i64]) -> Result<Summary, Failure> {
    let bars = m.bars;
    let total = m.assets.checked_mul(bars).ok_or(Failure::bad(6))?;
    let layout = Layout::of(p, bars, A::FIELDS_IN_PLACE);
    if [m.open.len(), m.high.len(), m.low.len(), m.close.len(), m.volume.len()].iter().any(|&l| l != total)
        || scratch.len() < layout.words
        || session_values.len() != m.session_ends.len()
    {
        return Err(Failure::bad(6));
    }
    if m.session_ends.windows(2).any(|w| w[0] >= w[1]) || m.session_ends.iter().any(|&e| e < 0 || e as usize >= bars) {
        return Err(Failure::bad(7));
    }
    let (value_words, rest) = scratch.split_at_mut(layout.value_words);
    let (index_words, cond_words) = rest.split_at_mut(layout.index_words);
    let values = words_as::<A::V>(value_words);
    let conds = &mut words_as_bytes(cond_words)[..layout.cond_bytes];
    let sim = Simulator {
        enter: p.target(H_ENTER_KIND, H_ENTER_TARGET),
        exit: p.target(H_EXIT_KIND, H_EXIT_TARGET),
        enter_slot: p.word(H_ENTER_SLOT) as usize,
        exit_slot: p.word(H_EXIT_SLOT) as usize,
        percent: p.word(H_VOLUME_PERCENT),
    };

    // Zero in both arithmetics (0.0's bits are 0).
    session_values.fill(0);
    let mut s = Summary::default();
    let mut ledger = A::Ledger::new(p);
    let mut proof = A::new_proof(p);
    let mut decisions = Decisions { trace, count: 0 };
    for asset in 0..m.assets {
        let range = asset * bars..(asset + 1) * bars;
        let cols = AssetColumns {
            fields: [&m.open[range.clone()], &m.high[range.clone()], &m.low[range.clone()],
                &m.close[range.clone()], &m.volume[range.clone()]],
        };
        A::prove(&mut proof, p, &cols);
        ledger.start_asset();
        let mut state = AssetState { asset, pos: 0, target: 0, session: 0 };
        for lo in (0..bars).step_by(BLOCK) {
            let hi = (lo + BLOCK).min(bars);
            // Issued before the block's strategy evaluation, so the lines arrive while it runs: the simulator reads
            // open and volume only on bars with a pending order, a pattern the hardware prefetcher does not follow.
            prefetch(&cols.fields[0][lo..hi]);
            prefetch(&cols.fields[4][lo..hi]);
            let mut block = Block { p, layout: &layout, cols: &cols, proof: &proof, asset, lo, limit: hi, failure: None };
            block.values::<A>(values, index_words);
            block.conds::<A>(values, conds);
            let limit = block.limit;
            let failure = block.failure;
            sim.run::<A, TRACE>(&cols, conds, lo, limit, m.session_ends, &mut state, &mut ledger, session_values,
                                &mut s, &mut decisions)?;
            if let Some(f) = failure {
                return Err(f);
            }
        }
    }
    ledger.finish(session_values, &mut s)?;
    s.decisions = decisions.count as i64;
    Ok(s)
}

struct Decisions<'t> {
    trace: &'t mut [i64],
    count: usize,
}

impl Decisions<'_> {
    #[inline(never)]
    fn record(&mut self, asset: usize, bar: usize, target: i64) {
        let at = self.count * TRACE_WORDS;
        if at + TRACE_WORDS <= self.trace.len() {
            self.trace[at..at + TRACE_WORDS].copy_from_slice(&[asset as i64, bar as i64, target]);
        }
        self.count += 1;
    }
}

struct AssetState {
    asset: usize,
    pos: i64,
    target: i64,
    session: usize,
}

/// The execution simulator (the site's Semantics page, "Execution and ledger"): at bar t the order toward the
/// target standing since t-1 fills at t's open (volume-capped, the rest carries over), then the conditions at t's
/// close set the target, then a session close marks the portfolio.
struct Simulator {
    enter: Target,
    exit: Target,
    enter_slot: usize,
    exit_slot: usize,
    percent: i64,
}

impl Simulator {
    #[allow(clippy::too_many_arguments)]
    #[inline(always)]
    fn run<A: Arithmetic, const TRACE: bool>(&self, cols: &AssetColumns, conds: &[u8], lo: usize, hi: usize,
                                             session_ends: &[i64], st: &mut AssetState, ledger: &mut A::Ledger,
                                             flows: &mut [i64], s: &mut Summary, decisions: &mut Decisions)
                                             -> Result<(), Failure> {
        let (open, close, volume) = (cols.fields[0], cols.fields[3], cols.fields[4]);
        let enter = &conds[self.enter_slot * BLOCK..self.enter_slot * BLOCK + (hi - lo)];
        let exit = &conds[self.exit_slot * BLOCK..self.exit_slot * BLOCK + (hi - lo)];
        let asset = st.asset;
        let ledger_failure = |step: i64, t: usize| Failure {
            status: STATUS_OVERFLOW_LEDGER, source: SRC_LEDGER, what: step, asset: asset as i64, bar: t as i64,
        };
        // The state lives in locals for the block (registers), the next session close as one bar number.
        let (mut pos, mut target, mut session) = (st.pos, st.target, st.session);
        let end_of = |session: usize| session_ends.get(session).map_or(usize::MAX, |&e| e as usize);
        let mut next_end = end_of(session);
        for (i, (&en, &ex)) in enter.iter().zip(exit).enumerate() {
            let t = lo + i;
            if target != pos && t >= 1 {
                let want = target as i128 - pos as i128;
                // 64-bit on the hot path (an unfillable order is re-checked every bar); 128-bit if it overflows.
                let cap = match volume[t].checked_mul(self.percent) {
                    Some(v) => (v / 100) as i128,
                    None => volume[t] as i128 * self.percent as i128 / 100,
                };
                let qty = want.signum() * want.abs().min(cap.max(0));
                if qty != 0 {
                    let qty = i64::try_from(qty).map_err(|_| ledger_failure(L_POSITION, t))?;
                    ledger.fill(open[t], qty).map_err(|step| ledger_failure(step, t))?;
                    s.trades += 1;
                    s.shares = qty.checked_abs().and_then(|q| s.shares.checked_add(q))
                        .ok_or(ledger_failure(L_SHARES_FILLED, t))?;
                    pos = pos.checked_add(qty).ok_or(ledger_failure(L_POSITION, t))?;
                }
            }
            if en | ex != 0 {
                let (chosen, source) = if en != 0 { (self.enter, SRC_ENTER_TARGET) } else { (self.exit, SRC_EXIT_TARGET) };
                let shares = match chosen {
                    Target::Shares(n) => n,
                    Target::Value(amount) => A::value_target(amount, close[t]).map_err(|status| Failure {
                        status, source, what: 0, asset: asset as i64, bar: t as i64,
                    })?,
                };
                if TRACE && shares != target {
                    decisions.record(asset, t, shares);
                }
                target = shares;
            }
            if t == next_end {
                ledger.mark(&mut flows[session], pos, close[t]).map_err(|step| ledger_failure(step, t))?;
                session += 1;
                next_end = end_of(session);
            }
        }
        (st.pos, st.target, st.session) = (pos, target, session);
        Ok(())
    }
}

/// Starts loading `column` into cache (a hint only).
#[inline(always)]
fn prefetch(column: &[i64]) {
    #[cfg(target_arch = "x86_64")]
    for line in column.chunks(8) {
        // SAFETY: a prefetch is only a hint and the address lies inside the slice (SSE is part of every x86-64).
        unsafe { std::arch::x86_64::_mm_prefetch::<{ std::arch::x86_64::_MM_HINT_T0 }>(line.as_ptr() as *const i8) };
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = column;
}

/// One block of one asset being evaluated. On a fault the earliest failing bar wins (the user's first bad bar,
/// not the first node in evaluation order): later nodes and the simulator still run, but only before that bar; at
/// one bar, value nodes (in plan order) come before targets and the ledger. Conditions cannot fail.
struct Block<'a, 'p, P> {
    p: &'a Program<'p>,
    layout: &'a Layout,
    cols: &'a AssetColumns<'a>,
    proof: &'a P,
    asset: usize,
    lo: usize,
    limit: usize,
    failure: Option<Failure>,
}

/// Node `slot`'s values as `(slice, first)`: bar `t` is at `slice[t - first]`.
#[inline(always)]
fn view<'v, A: Arithmetic>(layout: &Layout, cols: &AssetColumns<'v>, values: &'v [A::V], slot: usize, lo: usize,
                           bars: usize) -> (&'v [A::V], usize) {
    match layout.rows[slot] {
        Row::InPlace(field) => (A::in_place(cols.fields[field]), 0),
        Row::Whole(at) => (&values[at..at + bars], 0),
        Row::Block(at) => (&values[at..at + BLOCK], lo),
    }
}

impl<P> Block<'_, '_, P> {
    fn fail(&mut self, status: i64, source: i64, what: usize, bar: usize) {
        self.limit = bar;
        self.failure = Some(Failure { status, source, what: what as i64, asset: self.asset as i64, bar: bar as i64 });
    }

    #[inline(always)]
    fn values<A: Arithmetic<Proof = P>>(&mut self, values: &mut [A::V], indices: &mut [i64]) {
        let bars = self.cols.fields[0].len();
        for slot in 0..self.p.values {
            let (at, len, first) = match self.layout.rows[slot] {
                Row::InPlace(_) => continue,
                Row::Whole(at) => (at, bars, 0),
                Row::Block(at) => (at, BLOCK, self.lo),
            };
            let from = self.p.eval_from(slot);
            let start = from.max(self.lo);
            if start >= self.limit {
                continue;
            }
            // Inputs live in earlier rows, carries and queues after every row: split the scratch around this row.
            let (done, rest) = values.split_at_mut(at);
            let (row, tail) = rest.split_at_mut(len);
            let tail_at = at + len;
            let out = &mut row[start - first..self.limit - first];
            let r = self.value::<A>(slot, done, tail, tail_at, indices, out, start, start == from);
            if let Err((i, status)) = r {
                self.fail(status, SRC_VALUE, slot, start + i);
            }
        }
    }

    /// Computes node `slot` over bars `start..limit` into `out`. `first_bar`: `start` is the node's first bar
    /// for this asset, where state (sums, EMA, queues) starts afresh.
    #[allow(clippy::too_many_arguments)]
    #[inline(always)]
    fn value<A: Arithmetic<Proof = P>>(&self, slot: usize, done: &[A::V], tail: &mut [A::V], tail_at: usize,
                                       indices: &mut [i64], out: &mut [A::V], start: usize, first_bar: bool)
                                       -> Result<(), Fault> {
        let p = self.p;
        let n = p.value(slot);
        let (op, param) = (n[N_OP], n[N_PARAM]);
        let bars = self.cols.fields[0].len();
        let hi = self.limit;
        let input = |k: usize, from: usize, to: usize| {
            let (x, first) = view::<A>(self.layout, self.cols, done, n[k] as usize, self.lo, bars);
            &x[from - first..to - first]
        };
        let sx = if op == V_FIELD || op == V_CONST { 0 } else { p.scale(n[N_A] as usize) };
        let sy = if (V_ADD..=V_MUL).contains(&op) || (V_MIN..=V_DIV).contains(&op) { p.scale(n[N_B] as usize) } else { 0 };
        let scale = n[N_SCALE] as i32;
        let proof = self.proof;
        let carry = self.layout.carry_at + slot - tail_at;
        match op {
            V_FIELD => {
                let raw = &self.cols.fields[(param - F_OPEN) as usize][start..hi];
                A::field(raw, param != F_VOLUME, out);
                Ok(())
            }
            V_CONST => {
                out.fill(A::constant(param));
                Ok(())
            }
            V_ROLLING_SUM => {
                let w = param as usize;
                let mut sum = tail[carry];
                let mut from = start;
                if first_bar {
                    // The first defined bar sums its whole window; the input keeps its whole column.
                    sum = A::window_sum(input(N_A, start + 1 - w, start + 1), proof, slot).map_err(|e| (0, e))?;
                    out[0] = sum;
                    from += 1;
                }
                let skip = from - start;
                let r = A::roll(input(N_A, from, hi), input(N_A, from - w, hi - w), &mut sum, &mut out[skip..], proof,
                                slot).map_err(|(i, e)| (i + skip, e));
                tail[carry] = sum;
                r
            }
            V_SHIFT => {
                let k = param as usize;
                out.copy_from_slice(input(N_A, start - k, hi - k));
                Ok(())
            }
            V_SCALE => A::scale(input(N_A, start, hi), param, out, proof, slot),
            V_ADD | V_SUB | V_MIN | V_MAX => {
                A::combine(op, input(N_A, start, hi), sx, input(N_B, start, hi), sy, out, proof, slot)
            }
            V_MUL => A::mul(input(N_A, start, hi), input(N_B, start, hi), out, proof, slot),
            V_ABS => A::abs(input(N_A, start, hi), out, proof, slot),
            V_DIV => {
                let mode = Rounding::from_code(param).expect("validated");
                A::div(input(N_A, start, hi), sx, input(N_B, start, hi), sy, scale, mode, out, proof, slot)
            }
            V_SQRT => A::sqrt(input(N_A, start, hi), sx, scale, out, proof, slot),
            V_ROUND => {
                let mode = Rounding::from_code(param).expect("validated");
                A::round(input(N_A, start, hi), sx, scale, mode, out, proof, slot)
            }
            V_EMA => {
                let alpha = (n[N_ALPHA_NUM], n[N_ALPHA_DEN]);
                let mut e = tail[carry];
                let r = A::ema(input(N_A, start, hi), sx, scale, alpha, first_bar, &mut e, out, proof, slot);
                tail[carry] = e;
                r
            }
            V_ROLLING_MAX | V_ROLLING_MIN => {
                let (values_at, index_at, capacity) = self.layout.queues[slot];
                let queue = Queue {
                    values: &mut tail[values_at - tail_at..values_at - tail_at + capacity],
                    state: &mut indices[index_at..index_at + capacity + 2],
                };
                queue.run(input(N_A, start, hi), start, param as usize, op == V_ROLLING_MAX, first_bar, out);
                Ok(())
            }
            _ => unreachable!("validated in Program::parse"),
        }
    }

    #[inline(always)]
    fn conds<A: Arithmetic<Proof = P>>(&mut self, values: &[A::V], conds: &mut [u8]) {
        let bars = self.cols.fields[0].len();
        let lo = self.lo;
        for slot in 0..self.p.conds {
            let c = self.p.cond(slot);
            let (done, rest) = conds.split_at_mut(slot * BLOCK);
            let hi = self.limit;
            let out = &mut rest[..hi - lo];
            // False during the warm-up, whatever the parts say.
            let start = (c[N_WARMUP] as usize).clamp(lo, hi);
            out[..start - lo].fill(0);
            let out = &mut out[start - lo..];
            let (a, b) = (c[N_A] as usize, c[N_B] as usize);
            let part = |k: usize| &done[k * BLOCK + (start - lo)..k * BLOCK + (hi - lo)];
            match c[N_OP] {
                C_AND => out.iter_mut().zip(part(a).iter().zip(part(b))).for_each(|(o, (&l, &r))| *o = l & r),
                C_OR => out.iter_mut().zip(part(a).iter().zip(part(b))).for_each(|(o, (&l, &r))| *o = l | r),
                C_NOT => out.iter_mut().zip(part(a)).for_each(|(o, &l)| *o = l ^ 1),
                op => {
                    let (x, fx) = view::<A>(self.layout, self.cols, values, a, lo, bars);
                    let (y, fy) = view::<A>(self.layout, self.cols, values, b, lo, bars);
                    let (x, y) = (&x[start - fx..hi - fx], &y[start - fy..hi - fy]);
                    let (sa, sb) = (self.p.scale(a), self.p.scale(b));
                    // Against a constant the comparison needs one value, not a row (`c > x` is `x < c`).
                    let constant = |k: usize| {
                        let n = self.p.value(k);
                        (n[N_OP] == V_CONST).then(|| A::constant(n[N_PARAM]))
                    };
                    match (constant(a), constant(b)) {
                        (_, Some(c)) => A::compare_constant(op, x, sa, c, sb, out, self.proof, slot),
                        (Some(c), None) => A::compare_constant(flip(op), y, sb, c, sa, out, self.proof, slot),
                        (None, None) => A::compare(op, x, sa, y, sb, out, self.proof, slot),
                    }
                }
            }
        }
    }
}

/// The comparison with its operands swapped: `a > b` is `b < a`.
fn flip(op: i64) -> i64 {
    match op {
        C_GREATER => C_LESS,
        C_LESS => C_GREATER,
        C_GREATER_EQUAL => C_LESS_EQUAL,
        _ => C_GREATER_EQUAL,
    }
}

/// The monotonic queue of a rolling max (min): bar indices and values whose value is larger (smaller) than every
/// later one in the window, so its front is the window's extreme. Among equal values the latest is kept (a newer
/// equal value pops an older one), as the Java engines' queues do; this is visible only in binary float, where
/// +0.0 and -0.0 are equal with different bits.
struct Queue<'q, V> {
    values: &'q mut [V],
    /// Ring indices (bars) followed by head and length.
    state: &'q mut [i64],
}

impl<V: Word> Queue<'_, V> {
    #[inline(always)]
    fn run(self, x: &[V], start: usize, window: usize, max: bool, first_bar: bool, out: &mut [V]) {
        let capacity = self.values.len();
        let (ring, hl) = self.state.split_at_mut(capacity);
        if first_bar {
            hl[0] = 0;
            hl[1] = 0;
        }
        let (mut head, mut len) = (hl[0] as usize, hl[1] as usize);
        for (i, (&v, o)) in x.iter().zip(out.iter_mut()).enumerate() {
            let t = start + i;
            // The oldest entry leaves when it falls out of the window (t - window + 1 ..= t).
            if len > 0 && ring[head] as usize + window <= t {
                head = if head + 1 == capacity { 0 } else { head + 1 };
                len -= 1;
            }
            while len > 0 {
                let back = (head + len - 1) % capacity;
                let dominated = if max { self.values[back] <= v } else { self.values[back] >= v };
                if !dominated {
                    break;
                }
                len -= 1;
            }
            let at = (head + len) % capacity;
            ring[at] = t as i64;
            self.values[at] = v;
            len += 1;
            *o = self.values[head];
        }
        hl[0] = head as i64;
        hl[1] = len as i64;
    }
}

/// Test access to one node's values over every bar of a one-asset market (bars before its first evaluated bar keep
/// the type's default), evaluated block by block exactly as [`run`] does.
#[cfg(test)]
pub(crate) fn node_values<A: Arithmetic>(program: &[i64], fields: [&[i64]; 5], slot: usize)
                                         -> Result<(Vec<A::V>, Vec<Vec<u8>>), Failure> {
    let p = Program::parse(program)?;
    let bars = fields[0].len();
    let layout = Layout::of(&p, bars, A::FIELDS_IN_PLACE);
    let mut scratch = vec![0i64; layout.words];
    let (value_words, rest) = scratch.split_at_mut(layout.value_words);
    let (index_words, cond_words) = rest.split_at_mut(layout.index_words);
    let values = words_as::<A::V>(value_words);
    let conds = &mut words_as_bytes(cond_words)[..layout.cond_bytes];
    let cols = AssetColumns { fields };
    let mut proof = A::new_proof(&p);
    A::prove(&mut proof, &p, &cols);
    let mut got = vec![A::V::default(); bars];
    let mut cond_rows = vec![vec![0u8; bars]; p.conds];
    for lo in (0..bars).step_by(BLOCK) {
        let hi = (lo + BLOCK).min(bars);
        let mut block = Block { p: &p, layout: &layout, cols: &cols, proof: &proof, asset: 0, lo, limit: hi, failure: None };
        block.values::<A>(values, index_words);
        block.conds::<A>(values, conds);
        if let Some(f) = block.failure {
            return Err(f);
        }
        let (x, first) = view::<A>(&layout, &cols, values, slot, lo, bars);
        let from = p.eval_from(slot).max(lo);
        for t in from..hi {
            got[t] = x[t - first];
        }
        for (c, row) in cond_rows.iter_mut().enumerate() {
            row[lo..hi].copy_from_slice(&conds[c * BLOCK..c * BLOCK + hi - lo]);
        }
    }
    Ok((got, cond_rows))
}
