//! Decibench's native decimal core: fixed-point decimals (`decimal`) and the whole-backtest loop (`backtest`),
//! exported through a small C ABI of primitive and pointer arguments for JNA direct mapping. No global state:
//! every call works only on the memory it is handed.

pub mod backtest;
pub mod decimal;

use decimal::DecimalError;
use std::slice;

/// Bumped whenever an exported signature or a buffer layout changes; Java refuses a library that disagrees.
pub const ABI_VERSION: i32 = 1;

pub const OP_ADD: i64 = 1;
pub const OP_SUB: i64 = 2;
pub const OP_MUL: i64 = 3;
pub const OP_DIV: i64 = 4;
pub const OP_RESCALE: i64 = 5;

pub const DECIMAL_OK: i32 = 0;
pub const DECIMAL_OVERFLOW: i32 = 1;
pub const DECIMAL_DIVISION_BY_ZERO: i32 = 2;
pub const DECIMAL_BAD_SCALE: i32 = 3;
pub const DECIMAL_BAD_OP: i32 = 4;

#[no_mangle]
pub extern "C" fn decibench_abi_version() -> i32 {
    ABI_VERSION
}

/// Does nothing; measures the cost of crossing the JNA boundary.
#[no_mangle]
pub extern "C" fn decibench_noop(x: i64) -> i64 {
    x
}

fn apply(op: i64, a: i64, sa: i32, b: i64, sb: i32, sr: i32) -> Result<i64, i32> {
    let r = match op {
        OP_ADD => decimal::add(a, sa, b, sb, sr),
        OP_SUB => decimal::sub(a, sa, b, sb, sr),
        OP_MUL => decimal::mul(a, sa, b, sb, sr),
        OP_DIV => decimal::div(a, sa, b, sb, sr),
        OP_RESCALE => decimal::rescale(a, sa, sr),
        _ => return Err(DECIMAL_BAD_OP),
    };
    r.map_err(|e| match e {
        DecimalError::Overflow => DECIMAL_OVERFLOW,
        DecimalError::DivisionByZero => DECIMAL_DIVISION_BY_ZERO,
        DecimalError::BadScale => DECIMAL_BAD_SCALE,
    })
}

/// One decimal operation; the result goes to `*out`, the status is returned.
///
/// # Safety
/// `out` must point to a writable i64.
#[no_mangle]
pub unsafe extern "C" fn decibench_decimal(op: i64, a: i64, sa: i32, b: i64, sb: i32, sr: i32, out: *mut i64) -> i32 {
    match apply(op, a, sa, b, sb, sr) {
        Ok(v) => {
            *out = v;
            DECIMAL_OK
        }
        Err(status) => status,
    }
}

/// `count` operations, each six words `[op, a, scale a, b, scale b, result scale]` in `ops`; each writes two words
/// `[status, result]` to `out`. Returns the number of operations that failed.
///
/// # Safety
/// `ops` must hold `6 * count` readable words and `out` `2 * count` writable words.
#[no_mangle]
pub unsafe extern "C" fn decibench_decimal_batch(ops: *const i64, out: *mut i64, count: i64) -> i64 {
    if count <= 0 {
        return 0;
    }
    let n = count as usize;
    let ops = slice::from_raw_parts(ops, n * 6);
    let out = slice::from_raw_parts_mut(out, n * 2);
    let mut failed = 0;
    for (o, r) in ops.chunks_exact(6).zip(out.chunks_exact_mut(2)) {
        match apply(o[0], o[1], o[2] as i32, o[3], o[4] as i32, o[5] as i32) {
            Ok(v) => {
                r[0] = DECIMAL_OK as i64;
                r[1] = v;
            }
            Err(s) => {
                r[0] = s as i64;
                r[1] = 0;
                failed += 1;
            }
        }
    }
    failed
}

/// Scratch words `decibench_backtest` needs for this program and bar count.
///
/// # Safety
/// `program` must hold `program_len` readable words.
#[no_mangle]
pub unsafe extern "C" fn decibench_scratch_words(program: *const i64, program_len: i64, bars: i32) -> i64 {
    if program.is_null() || program_len <= 0 || bars < 0 {
        return -1;
    }
    backtest::scratch_words(slice::from_raw_parts(program, program_len as usize), bars as usize) as i64
}

/// Runs one whole backtest. Columns are asset-major i64 (`assets * bars` words each), `session_ends` holds
/// `sessions` bar indices, `out` receives the 16-word header (see `backtest::O_*`) followed by the `sessions`
/// portfolio values. Returns the status (also in `out[0]`).
///
/// # Safety
/// Every pointer must hold the number of words its length argument says.
#[no_mangle]
pub unsafe extern "C" fn decibench_backtest(
    program: *const i64, program_len: i64,
    open: *const i64, high: *const i64, low: *const i64, close: *const i64, volume: *const i64,
    assets: i32, bars: i32,
    session_ends: *const i64, sessions: i32,
    scratch: *mut i64, scratch_len: i64,
    out: *mut i64, out_len: i64,
) -> i64 {
    let header = backtest::OUT_HEADER_WORDS;
    if out.is_null() || out_len < header as i64 {
        return backtest::STATUS_BAD_ARGUMENTS;
    }
    let out = slice::from_raw_parts_mut(out, out_len as usize);
    out.iter_mut().take(header).for_each(|v| *v = 0);
    let fail = |out: &mut [i64], f: backtest::Failure| {
        out[backtest::O_STATUS] = f.status;
        out[backtest::O_ERR_WHAT] = f.what;
        out[backtest::O_ERR_ASSET] = f.asset;
        out[backtest::O_ERR_BAR] = f.bar;
        f.status
    };
    if program.is_null() || program_len <= 0 || assets < 0 || bars < 0 || sessions < 0 || scratch_len < 0
        || out_len < (header + sessions as usize) as i64
        || [open, high, low, close, volume, session_ends].iter().any(|p| p.is_null() && assets > 0)
        || (scratch.is_null() && scratch_len > 0)
    {
        return fail(out, backtest::Failure { status: backtest::STATUS_BAD_ARGUMENTS, what: 0, asset: -1, bar: -1 });
    }
    let total = assets as usize * bars as usize;
    let col = |p: *const i64| if total == 0 { &[][..] } else { slice::from_raw_parts(p, total) };
    let market = backtest::Market {
        open: col(open), high: col(high), low: col(low), close: col(close), volume: col(volume),
        assets: assets as usize,
        bars: bars as usize,
        session_ends: if sessions == 0 { &[] } else { slice::from_raw_parts(session_ends, sessions as usize) },
    };
    let program = slice::from_raw_parts(program, program_len as usize);
    let scratch: &mut [i64] = if scratch_len == 0 { &mut [] } else { slice::from_raw_parts_mut(scratch, scratch_len as usize) };
    let (head, values) = out.split_at_mut(header);
    match backtest::run(program, &market, scratch, &mut values[..sessions as usize]) {
        Ok(s) => {
            head[backtest::O_FINAL_VALUE] = s.final_value;
            head[backtest::O_TRADES] = s.trades;
            head[backtest::O_SHARES] = s.shares;
            head[backtest::O_COMMISSIONS] = s.commissions;
            head[backtest::O_TOTAL_RETURN] = s.total_return;
            head[backtest::O_MAX_DRAWDOWN] = s.max_drawdown;
            head[backtest::O_VOLATILITY] = s.volatility;
            head[backtest::O_SHARPE] = s.sharpe;
            head[backtest::O_SORTINO] = s.sortino;
            head[backtest::O_SESSIONS] = sessions as i64;
            backtest::STATUS_OK
        }
        Err(f) => fail(head, f),
    }
}
