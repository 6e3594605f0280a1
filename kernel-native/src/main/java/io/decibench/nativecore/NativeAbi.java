package io.decibench.nativecore;

/**
 * Every word of the native core's ABI by name: the program {@link NativeProgram} encodes, the output header and
 * decision trace {@link NativeBacktest} reads, the status codes, and the single-operation codes of
 * {@link NativeDecimal}. Each constant mirrors the one of the same name in {@code rust/src/abi.rs}; the library
 * exports its own values ({@code decibench_layout_*}) and {@code NativeAbiTest} fails when any name or value differs.
 */
final class NativeAbi {
    /** Bumped whenever an exported signature or a buffer layout changes; Java refuses a library that disagrees. */
    static final int ABI_VERSION = 2;

    // ---- program header -------------------------------------------------------------------------------------------
    static final int PROGRAM_VERSION = 2;
    static final int HEADER_WORDS = 16;
    static final int H_VERSION = 0;
    /** {@link #ARITHMETIC_FIXED} or {@link #ARITHMETIC_F64}: how every value, constant, money and result word is held. */
    static final int H_ARITHMETIC = 1;
    static final int H_VALUES = 2;
    static final int H_CONDS = 3;
    static final int H_ENTER_SLOT = 4;
    static final int H_EXIT_SLOT = 5;
    /** {@link #TARGET_SHARES} or {@link #TARGET_VALUE}. */
    static final int H_ENTER_KIND = 6;
    /** Shares, or the money amount (fixed: unscaled at scale 4; f64: the double's bits). */
    static final int H_ENTER_TARGET = 7;
    static final int H_EXIT_KIND = 8;
    static final int H_EXIT_TARGET = 9;
    /** Starting cash (fixed: unscaled at scale 4; f64: the double's bits). */
    static final int H_CAPITAL = 10;
    static final int H_SLIPPAGE_BPS = 11;
    static final int H_VOLUME_PERCENT = 12;
    /** Commission per share (fixed: unscaled at scale 4; f64: the double's bits). */
    static final int H_COMMISSION = 13;
    static final int H_PERIODS = 14;
    static final int ARITHMETIC_FIXED = 0;
    static final int ARITHMETIC_F64 = 1;
    static final int TARGET_SHARES = 0;
    static final int TARGET_VALUE = 1;

    // ---- nodes: NODE_WORDS words each, value nodes first, then condition nodes, in the plan's slot order ----------
    static final int NODE_WORDS = 8;
    static final int N_OP = 0;
    /** Slot of the first input (value slot; condition slot for and/or/not). */
    static final int N_A = 1;
    /** Slot of the second input. */
    static final int N_B = 2;
    /** Field column, constant (fixed: unscaled; f64: bits), window, shift, factor or rounding mode. */
    static final int N_PARAM = 3;
    static final int N_ALPHA_NUM = 4;
    static final int N_ALPHA_DEN = 5;
    static final int N_SCALE = 6;
    static final int N_WARMUP = 7;
    static final int V_FIELD = 1;
    static final int V_CONST = 2;
    static final int V_ROLLING_SUM = 3;
    static final int V_SHIFT = 4;
    static final int V_SCALE = 5;
    static final int V_ADD = 6;
    static final int V_SUB = 7;
    static final int V_MUL = 8;
    static final int V_ROLLING_MAX = 9;
    static final int V_ROLLING_MIN = 10;
    static final int V_ABS = 11;
    static final int V_MIN = 12;
    static final int V_MAX = 13;
    static final int V_DIV = 14;
    static final int V_SQRT = 15;
    static final int V_ROUND = 16;
    static final int V_EMA = 17;
    static final int C_GREATER = 1;
    static final int C_LESS = 2;
    static final int C_AND = 3;
    static final int C_GREATER_EQUAL = 4;
    static final int C_LESS_EQUAL = 5;
    static final int C_OR = 6;
    static final int C_NOT = 7;
    static final int F_OPEN = 1;
    static final int F_HIGH = 2;
    static final int F_LOW = 3;
    static final int F_CLOSE = 4;
    static final int F_VOLUME = 5;
    static final int R_HALF_EVEN = 0;
    static final int R_HALF_UP = 1;
    static final int R_DOWN = 2;
    static final int R_FLOOR = 3;
    static final int R_CEILING = 4;

    // ---- output: OUT_HEADER_WORDS words, then one session value per session ---------------------------------------
    static final int OUT_HEADER_WORDS = 16;
    static final int O_STATUS = 0;
    /** Where a failure happened: one of the SRC_* codes. */
    static final int O_ERR_SOURCE = 1;
    /** Value slot, ledger step (L_*) or argument check that failed. */
    static final int O_ERR_WHAT = 2;
    static final int O_ERR_ASSET = 3;
    /** The bar within the asset, or the session index for metric failures (asset -1). */
    static final int O_ERR_BAR = 4;
    /** Money words: fixed unscaled at scale 4, f64 bits. */
    static final int O_FINAL_VALUE = 5;
    static final int O_TRADES = 6;
    static final int O_SHARES = 7;
    static final int O_COMMISSIONS = 8;
    /** Ratio words: fixed unscaled at scale 12, f64 bits. */
    static final int O_TOTAL_RETURN = 9;
    static final int O_MAX_DRAWDOWN = 10;
    static final int O_VOLATILITY = 11;
    static final int O_SHARPE = 12;
    static final int O_SORTINO = 13;
    static final int O_SESSIONS = 14;
    /** Decision-trace triples the run produced (all of them, also those beyond the trace buffer's capacity). */
    static final int O_DECISIONS = 15;
    /** Words per decision-trace entry: asset, bar, new target. */
    static final int TRACE_WORDS = 3;
    static final int STATUS_OK = 0;
    static final int STATUS_OVERFLOW_NODE = 1;
    static final int STATUS_OVERFLOW_LEDGER = 2;
    static final int STATUS_DIVISION_BY_ZERO = 3;
    static final int STATUS_BAD_ARGUMENTS = 4;
    static final int STATUS_NON_POSITIVE_VALUE = 5;
    static final int STATUS_NEGATIVE_SQRT = 6;
    /** A value target at a bar whose close is not positive: no share count can be sized from it. */
    static final int STATUS_NON_POSITIVE_CLOSE = 7;
    static final int SRC_NONE = 0;
    static final int SRC_VALUE = 1;
    static final int SRC_LEDGER = 3;
    static final int SRC_ENTER_TARGET = 4;
    static final int SRC_EXIT_TARGET = 5;
    static final int SRC_METRICS = 6;
    static final int SRC_ARGUMENTS = 7;
    static final int L_FILL_PRICE = 1;
    static final int L_CASH = 2;
    static final int L_POSITION = 3;
    static final int L_COMMISSIONS = 4;
    static final int L_PORTFOLIO_VALUE = 5;
    static final int L_RETURNS = 6;
    static final int L_SHARES_FILLED = 7;

    // ---- single decimal operations (decibench_decimal, decibench_decimal_batch) -----------------------------------
    static final int OP_ADD = 1;
    static final int OP_SUB = 2;
    static final int OP_MUL = 3;
    static final int OP_DIV = 4;
    static final int OP_RESCALE = 5;
    static final int BATCH_OP_WORDS = 6;
    static final int B_OP = 0;
    static final int B_A = 1;
    static final int B_SCALE_A = 2;
    static final int B_B = 3;
    static final int B_SCALE_B = 4;
    static final int B_SCALE_RESULT = 5;
    static final int BATCH_OUT_WORDS = 2;
    static final int B_STATUS = 0;
    static final int B_RESULT = 1;
    static final int DECIMAL_OK = 0;
    static final int DECIMAL_OVERFLOW = 1;
    static final int DECIMAL_DIVISION_BY_ZERO = 2;
    static final int DECIMAL_BAD_SCALE = 3;
    static final int DECIMAL_BAD_OP = 4;
    /** Largest operand and result scale of the single operations. */
    static final int DECIMAL_MAX_SCALE = 18;
    /** Largest node scale a program may use (powers of ten up to 10^36 and aligned values stay inside 128 bits). */
    static final int MAX_NODE_SCALE = 36;
    /** Bars evaluated together per asset. */
    static final int BLOCK_BARS = 256;

    private NativeAbi() {
    }
}
