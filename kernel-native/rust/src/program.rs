//! The program Java encodes from an `ExprPlan` (layout in [`crate::abi`]): parsed and checked once per call, so a
//! malformed program is rejected with a status, never a panic across the FFI, and evaluation can index without
//! re-checking.

use crate::abi::*;
use crate::decimal::Rounding;

/// What went wrong and where; becomes the output header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Failure {
    pub status: i64,
    pub source: i64,
    pub what: i64,
    pub asset: i64,
    pub bar: i64,
}

impl Failure {
    pub fn bad(what: i64) -> Self {
        Failure { status: STATUS_BAD_ARGUMENTS, source: SRC_ARGUMENTS, what, asset: -1, bar: -1 }
    }
}

/// A target the rule asks for: a share count, or a money amount (fixed: unscaled at scale 4; f64: bits).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Shares(i64),
    Value(i64),
}

pub struct Program<'a> {
    words: &'a [i64],
    pub values: usize,
    pub conds: usize,
    pub arithmetic: i64,
}

impl<'a> Program<'a> {
    pub fn parse(words: &'a [i64]) -> Result<Self, Failure> {
        if words.len() < HEADER_WORDS || words[H_VERSION] != PROGRAM_VERSION {
            return Err(Failure::bad(1));
        }
        let (values, conds, arithmetic) = (words[H_VALUES], words[H_CONDS], words[H_ARITHMETIC]);
        if values < 0 || conds < 1 || values > i32::MAX as i64 || conds > i32::MAX as i64 {
            return Err(Failure::bad(2));
        }
        if arithmetic != ARITHMETIC_FIXED && arithmetic != ARITHMETIC_F64 {
            return Err(Failure::bad(8));
        }
        let (values, conds) = (values as usize, conds as usize);
        if words.len() != HEADER_WORDS + (values + conds) * NODE_WORDS {
            return Err(Failure::bad(3));
        }
        let p = Program { words, values, conds, arithmetic };
        for i in 0..values {
            if !p.value_ok(i) {
                return Err(Failure::bad(10 + i as i64));
            }
        }
        for i in 0..conds {
            if !p.cond_ok(i) {
                return Err(Failure::bad(1_000_000 + i as i64));
            }
        }
        if !in_range(words[H_ENTER_SLOT], conds) || !in_range(words[H_EXIT_SLOT], conds) {
            return Err(Failure::bad(4));
        }
        let kinds_ok = [H_ENTER_KIND, H_EXIT_KIND].iter().all(|&k| words[k] == TARGET_SHARES || words[k] == TARGET_VALUE);
        if !kinds_ok {
            return Err(Failure::bad(9));
        }
        let positive = |word: i64| if arithmetic == ARITHMETIC_F64 { f64::from_bits(word as u64) > 0.0 } else { word > 0 };
        let non_negative =
            |word: i64| if arithmetic == ARITHMETIC_F64 { f64::from_bits(word as u64) >= 0.0 } else { word >= 0 };
        if words[H_VOLUME_PERCENT] < 0 || words[H_SLIPPAGE_BPS] < 0 || words[H_SLIPPAGE_BPS] > 10_000
            || words[H_PERIODS] < 1 || !positive(words[H_CAPITAL]) || !non_negative(words[H_COMMISSION])
        {
            return Err(Failure::bad(5));
        }
        Ok(p)
    }

    /// Inputs precede their node (ExprPlan's order), so one forward pass evaluates everything; scales and warm-ups
    /// agree with the inputs, so evaluation never reads before a defined bar or aligns by a negative power of ten.
    fn value_ok(&self, i: usize) -> bool {
        let n = self.value(i);
        let (op, param, scale, warmup) = (n[N_OP], n[N_PARAM], n[N_SCALE], n[N_WARMUP]);
        if !(0..=MAX_NODE_SCALE).contains(&scale) || warmup < 0 {
            return false;
        }
        let one = in_range(n[N_A], i);
        let two = one && in_range(n[N_B], i);
        // Scale and warm-up of input k (only read once the slot is known to be in range).
        let s = |k: usize| self.value(n[k] as usize)[N_SCALE];
        let w = |k: usize| self.value(n[k] as usize)[N_WARMUP];
        let covers = |k: usize, extra: i64| w(k).checked_add(extra).is_some_and(|need| warmup >= need);
        let window = (1..=i32::MAX as i64).contains(&param);
        match op {
            V_FIELD => (F_OPEN..=F_VOLUME).contains(&param) && scale == if param == F_VOLUME { 0 } else { 4 },
            V_CONST => true,
            V_ROLLING_SUM | V_ROLLING_MAX | V_ROLLING_MIN => {
                one && window && scale == s(N_A) && covers(N_A, param - 1)
            }
            V_SHIFT => one && window && scale == s(N_A) && covers(N_A, param),
            V_SCALE | V_ABS => one && scale == s(N_A) && covers(N_A, 0),
            V_ADD | V_SUB | V_MIN | V_MAX => {
                two && scale == s(N_A).max(s(N_B)) && covers(N_A, 0) && covers(N_B, 0)
            }
            V_MUL => two && scale == s(N_A) + s(N_B) && covers(N_A, 0) && covers(N_B, 0),
            V_DIV => two && Rounding::from_code(param).is_some() && covers(N_A, 0) && covers(N_B, 0),
            V_SQRT => one && s(N_A) <= 2 * scale && covers(N_A, 0),
            V_ROUND => one && Rounding::from_code(param).is_some() && covers(N_A, 0),
            V_EMA => {
                let (a, d) = (n[N_ALPHA_NUM], n[N_ALPHA_DEN]);
                one && window && 1 <= a && a <= d && d <= 1_000_000 && covers(N_A, param - 1)
            }
            _ => false,
        }
    }

    /// A condition's warm-up covers its operands' or parts', so it never reads a value that is not yet defined.
    fn cond_ok(&self, i: usize) -> bool {
        let c = self.cond(i);
        let warmup = c[N_WARMUP];
        let (a, b) = (c[N_A], c[N_B]);
        match c[N_OP] {
            C_GREATER | C_LESS | C_GREATER_EQUAL | C_LESS_EQUAL => {
                in_range(a, self.values) && in_range(b, self.values)
                    && warmup >= self.value(a as usize)[N_WARMUP].max(self.value(b as usize)[N_WARMUP])
            }
            C_AND | C_OR => {
                in_range(a, i) && in_range(b, i)
                    && warmup >= self.cond(a as usize)[N_WARMUP].max(self.cond(b as usize)[N_WARMUP])
            }
            C_NOT => in_range(a, i) && warmup >= self.cond(a as usize)[N_WARMUP],
            _ => false,
        }
    }

    pub fn word(&self, h: usize) -> i64 {
        self.words[h]
    }

    /// The `NODE_WORDS` words of value node `i`.
    pub fn value(&self, i: usize) -> &'a [i64] {
        let at = HEADER_WORDS + i * NODE_WORDS;
        &self.words[at..at + NODE_WORDS]
    }

    /// The `NODE_WORDS` words of condition node `i`.
    pub fn cond(&self, i: usize) -> &'a [i64] {
        let at = HEADER_WORDS + (self.values + i) * NODE_WORDS;
        &self.words[at..at + NODE_WORDS]
    }

    pub fn scale(&self, slot: usize) -> i32 {
        self.value(slot)[N_SCALE] as i32
    }

    pub fn warmup(&self, slot: usize) -> usize {
        self.value(slot)[N_WARMUP] as usize
    }

    /// The first bar a value node computes: its warm-up, except for nodes whose state runs from their input's first
    /// defined bar (EMA, rolling max and min) and for fields, which are defined everywhere.
    pub fn eval_from(&self, slot: usize) -> usize {
        let n = self.value(slot);
        match n[N_OP] {
            V_EMA | V_ROLLING_MAX | V_ROLLING_MIN => self.warmup(n[N_A] as usize),
            _ => n[N_WARMUP] as usize,
        }
    }

    pub fn target(&self, kind: usize, word: usize) -> Target {
        if self.words[kind] == TARGET_VALUE {
            Target::Value(self.words[word])
        } else {
            Target::Shares(self.words[word])
        }
    }
}

pub fn in_range(slot: i64, limit: usize) -> bool {
    slot >= 0 && (slot as usize) < limit
}

/// Where a value node's values live for the current asset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    /// A bundle column read in place (fixed point: prices are already unscaled at scale 4).
    InPlace(usize),
    /// One block (`BLOCK_BARS` words at this offset), bar t at `t - lo`.
    Block(usize),
    /// The whole column (`bars` words), bar t at `t`: a later node reads it at earlier bars.
    Whole(usize),
}

/// The scratch plan of one program and bar count. Values (the arithmetic's 8-byte type) come first: the rows, one
/// carry word per node (a rolling sum's or EMA's value at the previous bar) and the rolling max/min queues' values;
/// then the queues' bar indices with their head and length (i64); then one byte per bar of a block per condition.
/// Only the inputs of shifts and rolling sums keep whole columns, so the working set stays in cache.
pub struct Layout {
    pub rows: Vec<Row>,
    pub carry_at: usize,
    /// Per value slot: (values offset, index offset, capacity) of its queue, for rolling max and min.
    pub queues: Vec<(usize, usize, usize)>,
    pub value_words: usize,
    pub index_words: usize,
    pub cond_bytes: usize,
    pub words: usize,
}

impl Layout {
    pub fn of(p: &Program, bars: usize, fields_in_place: bool) -> Self {
        let mut whole = vec![false; p.values];
        for slot in 0..p.values {
            let n = p.value(slot);
            if n[N_OP] == V_ROLLING_SUM || n[N_OP] == V_SHIFT {
                whole[n[N_A] as usize] = true;
            }
        }
        let mut rows = Vec::with_capacity(p.values);
        let mut at = 0;
        for (slot, &keep) in whole.iter().enumerate() {
            let n = p.value(slot);
            rows.push(if n[N_OP] == V_FIELD && fields_in_place {
                Row::InPlace((n[N_PARAM] - F_OPEN) as usize)
            } else if keep {
                at += bars;
                Row::Whole(at - bars)
            } else {
                at += BLOCK_BARS;
                Row::Block(at - BLOCK_BARS)
            });
        }
        let carry_at = at;
        at += p.values;
        let mut index_at = 0;
        let mut queues = vec![(0, 0, 0); p.values];
        for (slot, q) in queues.iter_mut().enumerate() {
            let n = p.value(slot);
            if n[N_OP] == V_ROLLING_MAX || n[N_OP] == V_ROLLING_MIN {
                // At most one entry per bar of the window, and never more than the asset has bars.
                let capacity = (n[N_PARAM] as usize).min(bars).max(1);
                *q = (at, index_at, capacity);
                at += capacity;
                index_at += capacity + 2;
            }
        }
        let cond_bytes = p.conds * BLOCK_BARS;
        Layout {
            rows,
            carry_at,
            queues,
            value_words: at,
            index_words: index_at,
            cond_bytes,
            words: at + index_at + cond_bytes.div_ceil(8),
        }
    }
}
