//! Every word of the native ABI by name: the program Java encodes, the output header the core writes, the status
//! codes and the decision trace. `io.decibench.nativecore.NativeAbi` mirrors each constant under the same name, and
//! [`LAYOUT`] exports them all (`decibench_layout_*`), so a Java test can read the library's own values and fail
//! when the two sides disagree.

/// Bumped whenever an exported signature or a buffer layout changes; Java refuses a library that disagrees.
pub const ABI_VERSION: i64 = 2;

// ---- program header ---------------------------------------------------------------------------------------------
pub const PROGRAM_VERSION: i64 = 2;
pub const HEADER_WORDS: usize = 16;
pub const H_VERSION: usize = 0;
/// [`ARITHMETIC_FIXED`] or [`ARITHMETIC_F64`]: how every value, constant, money word and result word is held.
pub const H_ARITHMETIC: usize = 1;
pub const H_VALUES: usize = 2;
pub const H_CONDS: usize = 3;
pub const H_ENTER_SLOT: usize = 4;
pub const H_EXIT_SLOT: usize = 5;
/// [`TARGET_SHARES`] or [`TARGET_VALUE`].
pub const H_ENTER_KIND: usize = 6;
/// Shares, or the money amount (fixed: unscaled at scale 4; f64: the double's bits).
pub const H_ENTER_TARGET: usize = 7;
pub const H_EXIT_KIND: usize = 8;
pub const H_EXIT_TARGET: usize = 9;
/// Starting cash (fixed: unscaled at scale 4; f64: the double's bits).
pub const H_CAPITAL: usize = 10;
pub const H_SLIPPAGE_BPS: usize = 11;
pub const H_VOLUME_PERCENT: usize = 12;
/// Commission per share (fixed: unscaled at scale 4; f64: the double's bits).
pub const H_COMMISSION: usize = 13;
pub const H_PERIODS: usize = 14;

pub const ARITHMETIC_FIXED: i64 = 0;
pub const ARITHMETIC_F64: i64 = 1;

pub const TARGET_SHARES: i64 = 0;
pub const TARGET_VALUE: i64 = 1;

// ---- nodes: NODE_WORDS words each, value nodes first, then condition nodes, in the plan's slot order --------------
pub const NODE_WORDS: usize = 8;
pub const N_OP: usize = 0;
/// Slot of the first input (value slot; condition slot for and/or/not).
pub const N_A: usize = 1;
/// Slot of the second input.
pub const N_B: usize = 2;
/// Field column, constant (fixed: unscaled; f64: bits), window, shift, factor or rounding mode.
pub const N_PARAM: usize = 3;
pub const N_ALPHA_NUM: usize = 4;
pub const N_ALPHA_DEN: usize = 5;
pub const N_SCALE: usize = 6;
pub const N_WARMUP: usize = 7;

pub const V_FIELD: i64 = 1;
pub const V_CONST: i64 = 2;
pub const V_ROLLING_SUM: i64 = 3;
pub const V_SHIFT: i64 = 4;
pub const V_SCALE: i64 = 5;
pub const V_ADD: i64 = 6;
pub const V_SUB: i64 = 7;
pub const V_MUL: i64 = 8;
pub const V_ROLLING_MAX: i64 = 9;
pub const V_ROLLING_MIN: i64 = 10;
pub const V_ABS: i64 = 11;
pub const V_MIN: i64 = 12;
pub const V_MAX: i64 = 13;
pub const V_DIV: i64 = 14;
pub const V_SQRT: i64 = 15;
pub const V_ROUND: i64 = 16;
pub const V_EMA: i64 = 17;

pub const C_GREATER: i64 = 1;
pub const C_LESS: i64 = 2;
pub const C_AND: i64 = 3;
pub const C_GREATER_EQUAL: i64 = 4;
pub const C_LESS_EQUAL: i64 = 5;
pub const C_OR: i64 = 6;
pub const C_NOT: i64 = 7;

pub const F_OPEN: i64 = 1;
pub const F_HIGH: i64 = 2;
pub const F_LOW: i64 = 3;
pub const F_CLOSE: i64 = 4;
pub const F_VOLUME: i64 = 5;

pub const R_HALF_EVEN: i64 = 0;
pub const R_HALF_UP: i64 = 1;
pub const R_DOWN: i64 = 2;
pub const R_FLOOR: i64 = 3;
pub const R_CEILING: i64 = 4;

// ---- output: OUT_HEADER_WORDS words, then one session value per session -------------------------------------------
pub const OUT_HEADER_WORDS: usize = 16;
pub const O_STATUS: usize = 0;
/// Where a failure happened: one of the `SRC_*` codes.
pub const O_ERR_SOURCE: usize = 1;
/// Value slot, ledger step (`L_*`) or argument check that failed.
pub const O_ERR_WHAT: usize = 2;
pub const O_ERR_ASSET: usize = 3;
/// The bar within the asset, or the session index for metric failures (asset -1).
pub const O_ERR_BAR: usize = 4;
/// Money words: fixed unscaled at scale 4, f64 bits.
pub const O_FINAL_VALUE: usize = 5;
pub const O_TRADES: usize = 6;
pub const O_SHARES: usize = 7;
pub const O_COMMISSIONS: usize = 8;
/// Ratio words: fixed unscaled at scale 12, f64 bits.
pub const O_TOTAL_RETURN: usize = 9;
pub const O_MAX_DRAWDOWN: usize = 10;
pub const O_VOLATILITY: usize = 11;
pub const O_SHARPE: usize = 12;
pub const O_SORTINO: usize = 13;
pub const O_SESSIONS: usize = 14;
/// Decision-trace triples the run produced (all of them, also those beyond the trace buffer's capacity).
pub const O_DECISIONS: usize = 15;

/// Words per decision-trace entry: asset, bar, new target.
pub const TRACE_WORDS: usize = 3;

pub const STATUS_OK: i64 = 0;
pub const STATUS_OVERFLOW_NODE: i64 = 1;
pub const STATUS_OVERFLOW_LEDGER: i64 = 2;
pub const STATUS_DIVISION_BY_ZERO: i64 = 3;
pub const STATUS_BAD_ARGUMENTS: i64 = 4;
pub const STATUS_NON_POSITIVE_VALUE: i64 = 5;
pub const STATUS_NEGATIVE_SQRT: i64 = 6;
/// A value target at a bar whose close is not positive: no share count can be sized from it.
pub const STATUS_NON_POSITIVE_CLOSE: i64 = 7;

pub const SRC_NONE: i64 = 0;
pub const SRC_VALUE: i64 = 1;
pub const SRC_LEDGER: i64 = 3;
pub const SRC_ENTER_TARGET: i64 = 4;
pub const SRC_EXIT_TARGET: i64 = 5;
pub const SRC_METRICS: i64 = 6;
pub const SRC_ARGUMENTS: i64 = 7;

pub const L_FILL_PRICE: i64 = 1;
pub const L_CASH: i64 = 2;
pub const L_POSITION: i64 = 3;
pub const L_COMMISSIONS: i64 = 4;
pub const L_PORTFOLIO_VALUE: i64 = 5;
pub const L_RETURNS: i64 = 6;
pub const L_SHARES_FILLED: i64 = 7;

// ---- single decimal operations (decibench_decimal, decibench_decimal_batch) ---------------------------------------
pub const OP_ADD: i64 = 1;
pub const OP_SUB: i64 = 2;
pub const OP_MUL: i64 = 3;
pub const OP_DIV: i64 = 4;
pub const OP_RESCALE: i64 = 5;
pub const BATCH_OP_WORDS: usize = 6;
pub const B_OP: usize = 0;
pub const B_A: usize = 1;
pub const B_SCALE_A: usize = 2;
pub const B_B: usize = 3;
pub const B_SCALE_B: usize = 4;
pub const B_SCALE_RESULT: usize = 5;
pub const BATCH_OUT_WORDS: usize = 2;
pub const B_STATUS: usize = 0;
pub const B_RESULT: usize = 1;

pub const DECIMAL_OK: i64 = 0;
pub const DECIMAL_OVERFLOW: i64 = 1;
pub const DECIMAL_DIVISION_BY_ZERO: i64 = 2;
pub const DECIMAL_BAD_SCALE: i64 = 3;
pub const DECIMAL_BAD_OP: i64 = 4;
/// Largest operand and result scale of the single operations.
pub const DECIMAL_MAX_SCALE: i64 = 18;

/// Largest node scale a program may use (powers of ten up to 10^36 and aligned values stay inside 128 bits).
pub const MAX_NODE_SCALE: i64 = 36;
/// Bars evaluated together per asset.
pub const BLOCK_BARS: usize = 256;

macro_rules! layout {
    ($($name:ident),* $(,)?) => {
        /// Every constant above by name, NUL-terminated for C and JNA.
        pub const LAYOUT: &[(&str, i64)] = &[$((concat!(stringify!($name), "\0"), $name as i64)),*];
    };
}

layout!(
    ABI_VERSION, PROGRAM_VERSION, HEADER_WORDS, H_VERSION, H_ARITHMETIC, H_VALUES, H_CONDS, H_ENTER_SLOT,
    H_EXIT_SLOT, H_ENTER_KIND, H_ENTER_TARGET, H_EXIT_KIND, H_EXIT_TARGET, H_CAPITAL, H_SLIPPAGE_BPS,
    H_VOLUME_PERCENT, H_COMMISSION, H_PERIODS, ARITHMETIC_FIXED, ARITHMETIC_F64, TARGET_SHARES, TARGET_VALUE,
    NODE_WORDS, N_OP, N_A, N_B, N_PARAM, N_ALPHA_NUM, N_ALPHA_DEN, N_SCALE, N_WARMUP,
    V_FIELD, V_CONST, V_ROLLING_SUM, V_SHIFT, V_SCALE, V_ADD, V_SUB, V_MUL, V_ROLLING_MAX, V_ROLLING_MIN, V_ABS,
    V_MIN, V_MAX, V_DIV, V_SQRT, V_ROUND, V_EMA,
    C_GREATER, C_LESS, C_AND, C_GREATER_EQUAL, C_LESS_EQUAL, C_OR, C_NOT,
    F_OPEN, F_HIGH, F_LOW, F_CLOSE, F_VOLUME,
    R_HALF_EVEN, R_HALF_UP, R_DOWN, R_FLOOR, R_CEILING,
    OUT_HEADER_WORDS, O_STATUS, O_ERR_SOURCE, O_ERR_WHAT, O_ERR_ASSET, O_ERR_BAR, O_FINAL_VALUE, O_TRADES, O_SHARES,
    O_COMMISSIONS, O_TOTAL_RETURN, O_MAX_DRAWDOWN, O_VOLATILITY, O_SHARPE, O_SORTINO, O_SESSIONS, O_DECISIONS,
    TRACE_WORDS,
    STATUS_OK, STATUS_OVERFLOW_NODE, STATUS_OVERFLOW_LEDGER, STATUS_DIVISION_BY_ZERO, STATUS_BAD_ARGUMENTS,
    STATUS_NON_POSITIVE_VALUE, STATUS_NEGATIVE_SQRT, STATUS_NON_POSITIVE_CLOSE,
    SRC_NONE, SRC_VALUE, SRC_LEDGER, SRC_ENTER_TARGET, SRC_EXIT_TARGET, SRC_METRICS, SRC_ARGUMENTS,
    L_FILL_PRICE, L_CASH, L_POSITION, L_COMMISSIONS, L_PORTFOLIO_VALUE, L_RETURNS, L_SHARES_FILLED,
    OP_ADD, OP_SUB, OP_MUL, OP_DIV, OP_RESCALE, BATCH_OP_WORDS, B_OP, B_A, B_SCALE_A, B_B, B_SCALE_B, B_SCALE_RESULT,
    BATCH_OUT_WORDS, B_STATUS, B_RESULT,
    DECIMAL_OK, DECIMAL_OVERFLOW, DECIMAL_DIVISION_BY_ZERO, DECIMAL_BAD_SCALE, DECIMAL_BAD_OP, DECIMAL_MAX_SCALE,
    MAX_NODE_SCALE, BLOCK_BARS,
);

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn layout_names_are_unique_and_terminated() {
        let names: HashSet<&str> = LAYOUT.iter().map(|(n, _)| *n).collect();
        assert_eq!(names.len(), LAYOUT.len());
        assert!(LAYOUT.iter().all(|(n, _)| n.ends_with('\0') && !n[..n.len() - 1].contains('\0')));
    }

    #[test]
    fn slots_of_one_record_are_distinct_and_inside_it() {
        let header = [H_VERSION, H_ARITHMETIC, H_VALUES, H_CONDS, H_ENTER_SLOT, H_EXIT_SLOT, H_ENTER_KIND,
            H_ENTER_TARGET, H_EXIT_KIND, H_EXIT_TARGET, H_CAPITAL, H_SLIPPAGE_BPS, H_VOLUME_PERCENT, H_COMMISSION,
            H_PERIODS];
        let node = [N_OP, N_A, N_B, N_PARAM, N_ALPHA_NUM, N_ALPHA_DEN, N_SCALE, N_WARMUP];
        let out = [O_STATUS, O_ERR_SOURCE, O_ERR_WHAT, O_ERR_ASSET, O_ERR_BAR, O_FINAL_VALUE, O_TRADES, O_SHARES,
            O_COMMISSIONS, O_TOTAL_RETURN, O_MAX_DRAWDOWN, O_VOLATILITY, O_SHARPE, O_SORTINO, O_SESSIONS,
            O_DECISIONS];
        for (slots, words) in [(&header[..], HEADER_WORDS), (&node[..], NODE_WORDS), (&out[..], OUT_HEADER_WORDS)] {
            let distinct: HashSet<usize> = slots.iter().copied().collect();
            assert_eq!(distinct.len(), slots.len());
            assert!(slots.iter().all(|&s| (0..words).contains(&s)));
        }
        let statuses = [STATUS_OK, STATUS_OVERFLOW_NODE, STATUS_OVERFLOW_LEDGER, STATUS_DIVISION_BY_ZERO,
            STATUS_BAD_ARGUMENTS, STATUS_NON_POSITIVE_VALUE, STATUS_NEGATIVE_SQRT, STATUS_NON_POSITIVE_CLOSE];
        assert_eq!(statuses.iter().collect::<HashSet<_>>().len(), statuses.len());
    }
}
