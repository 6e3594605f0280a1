//! Decibench's native core: one backtest engine ([`engine`]) in two arithmetics — exact 64-bit fixed point
//! ([`fixed`], mode `decimal-native`) and `f64` ([`float`], mode `float-native`) — plus single fixed-point decimal
//! operations ([`decimal`]), exported through a small C ABI of primitive and pointer arguments for JNA direct
//! mapping. Every word of that ABI is named in [`abi`]. No global state: every call works only on the memory it is
//! handed.

pub mod abi;
pub mod decimal;
pub mod engine;
pub mod fixed;
pub mod float;
pub mod program;

#[cfg(test)]
mod engine_tests;

use abi::*;
use decimal::DecimalError;
use std::slice;

#[no_mangle]
pub extern "C" fn decibench_abi_version() -> i32 {
    ABI_VERSION as i32
}

/// Number of named ABI constants (see [`abi::LAYOUT`]).
#[no_mangle]
pub extern "C" fn decibench_layout_count() -> i32 {
    LAYOUT.len() as i32
}

/// The name of ABI constant `i` as a NUL-terminated string in static memory, or null when out of range.
#[no_mangle]
pub extern "C" fn decibench_layout_name(i: i32) -> *const u8 {
    usize::try_from(i).ok().and_then(|i| LAYOUT.get(i)).map_or(std::ptr::null(), |(name, _)| name.as_ptr())
}

/// The value of ABI constant `i` (0 when out of range).
#[no_mangle]
pub extern "C" fn decibench_layout_value(i: i32) -> i64 {
    usize::try_from(i).ok().and_then(|i| LAYOUT.get(i)).map_or(0, |(_, v)| *v)
}

/// Does nothing; measures the cost of crossing the JNA boundary.
#[no_mangle]
pub extern "C" fn decibench_noop(x: i64) -> i64 {
    x
}

fn apply(op: i64, a: i64, sa: i32, b: i64, sb: i32, sr: i32) -> Result<i64, i64> {
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
            DECIMAL_OK as i32
        }
        Err(status) => status as i32,
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
    let ops = slice::from_raw_parts(ops, n * BATCH_OP_WORDS);
    let out = slice::from_raw_parts_mut(out, n * BATCH_OUT_WORDS);
    let mut failed = 0;
    for (o, r) in ops.chunks_exact(BATCH_OP_WORDS).zip(out.chunks_exact_mut(BATCH_OUT_WORDS)) {
        match apply(o[B_OP], o[B_A], o[B_SCALE_A] as i32, o[B_B], o[B_SCALE_B] as i32, o[B_SCALE_RESULT] as i32) {
            Ok(v) => {
                r[B_STATUS] = DECIMAL_OK;
                r[B_RESULT] = v;
            }
            Err(s) => {
                r[B_STATUS] = s;
                r[B_RESULT] = 0;
                failed += 1;
            }
        }
    }
    failed
}

/// Scratch words `decibench_backtest` needs for this program and bar count (-1: bad arguments, 0: bad program).
///
/// # Safety
/// `program` must hold `program_len` readable words.
#[no_mangle]
pub unsafe extern "C" fn decibench_scratch_words(program: *const i64, program_len: i64, bars: i32) -> i64 {
    if program.is_null() || program_len <= 0 || bars < 0 {
        return -1;
    }
    engine::scratch_words(slice::from_raw_parts(program, program_len as usize), bars as usize) as i64
}

/// Runs one whole backtest in the program's arithmetic (`H_ARITHMETIC`). Columns are asset-major i64
/// (`assets * bars` words each), `session_ends` holds `sessions` bar indices, `out` receives the
/// `OUT_HEADER_WORDS`-word header (`O_*`) followed by the `sessions` portfolio values. `trace` (null in the measured
/// path) receives up to `trace_len / TRACE_WORDS` decision triples `asset, bar, new target`; `out[O_DECISIONS]`
/// counts all of them. Returns the status (also in `out[O_STATUS]`).
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
    trace: *mut i64, trace_len: i64,
) -> i64 {
    let header = OUT_HEADER_WORDS;
    if out.is_null() || out_len < header as i64 {
        return STATUS_BAD_ARGUMENTS;
    }
    let out = slice::from_raw_parts_mut(out, out_len as usize);
    out[..header].fill(0);
    let fail = |out: &mut [i64], f: program::Failure| {
        out[O_STATUS] = f.status;
        out[O_ERR_SOURCE] = f.source;
        out[O_ERR_WHAT] = f.what;
        out[O_ERR_ASSET] = f.asset;
        out[O_ERR_BAR] = f.bar;
        f.status
    };
    if program.is_null() || program_len <= 0 || assets < 0 || bars < 0 || sessions < 0 || scratch_len < 0
        || trace_len < 0
        || out_len < (header + sessions as usize) as i64
        || [open, high, low, close, volume, session_ends].iter().any(|p| p.is_null() && assets > 0)
        || (scratch.is_null() && scratch_len > 0)
        || (trace.is_null() && trace_len > 0)
    {
        return fail(out, program::Failure::bad(0));
    }
    let total = assets as usize * bars as usize;
    let col = |p: *const i64| if total == 0 { &[][..] } else { slice::from_raw_parts(p, total) };
    let market = engine::Market {
        open: col(open), high: col(high), low: col(low), close: col(close), volume: col(volume),
        assets: assets as usize,
        bars: bars as usize,
        session_ends: if sessions == 0 { &[] } else { slice::from_raw_parts(session_ends, sessions as usize) },
    };
    let program = slice::from_raw_parts(program, program_len as usize);
    let scratch: &mut [i64] = if scratch_len == 0 { &mut [] } else { slice::from_raw_parts_mut(scratch, scratch_len as usize) };
    let trace: &mut [i64] = if trace_len == 0 { &mut [] } else { slice::from_raw_parts_mut(trace, trace_len as usize) };
    let (head, values) = out.split_at_mut(header);
    match engine::run(program, &market, scratch, &mut values[..sessions as usize], trace) {
        Ok(s) => {
            head[O_FINAL_VALUE] = s.final_value;
            head[O_TRADES] = s.trades;
            head[O_SHARES] = s.shares;
            head[O_COMMISSIONS] = s.commissions;
            head[O_TOTAL_RETURN] = s.total_return;
            head[O_MAX_DRAWDOWN] = s.max_drawdown;
            head[O_VOLATILITY] = s.volatility;
            head[O_SHARPE] = s.sharpe;
            head[O_SORTINO] = s.sortino;
            head[O_SESSIONS] = sessions as i64;
            head[O_DECISIONS] = s.decisions;
            STATUS_OK
        }
        Err(f) => fail(head, f),
    }
}
