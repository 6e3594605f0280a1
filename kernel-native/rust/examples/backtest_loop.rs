//! Runs one native backtest repeatedly outside the JVM, for load-independent instruction counts:
//! `valgrind --tool=callgrind target/release/examples/backtest_loop <dir> <scenario>-<arithmetic> <runs>`.
//! `<dir>` holds what `io.decibench.nativecore.bench.NativeLoopInput` wrote: the program, the session ends and
//! the bundle's columns, each as little-endian int64 words.

use decibench_native::engine::{self, Market};
use std::{env, fs, path::Path};

fn words(path: &Path) -> Vec<i64> {
    let bytes = fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    bytes.chunks_exact(8).map(|c| i64::from_le_bytes(c.try_into().unwrap())).collect()
}

fn main() {
    let args: Vec<String> = env::args().collect();
    let (dir, name, runs) = (Path::new(&args[1]), &args[2], args[3].parse::<usize>().unwrap());
    let program = words(&dir.join(format!("{name}.program")));
    let bundle = name.rsplit_once('-').unwrap().0;
    let meta = words(&dir.join(format!("{bundle}.shape")));
    let (assets, bars) = (meta[0] as usize, meta[1] as usize);
    let ends = words(&dir.join(format!("{bundle}.sessions")));
    let col = |c: &str| words(&dir.join(format!("{bundle}.{c}")));
    let (open, high, low, close, volume) = (col("open"), col("high"), col("low"), col("close"), col("volume"));
    let m = Market { open: &open, high: &high, low: &low, close: &close, volume: &volume, assets, bars,
        session_ends: &ends };
    let mut scratch = vec![0; engine::scratch_words(&program, bars)];
    let mut values = vec![0; ends.len()];
    let mut summary = None;
    for _ in 0..runs {
        summary = Some(engine::run(&program, &m, &mut scratch, &mut values, &mut []).expect("backtest"));
    }
    let s = summary.unwrap();
    println!("{name}: {} bars x {runs}, trades {}, final value word {}", assets * bars, s.trades, s.final_value);
}
