// Damaged data is never measured: benchmark names the damaged file and the fix before any fork; the fix works.
def log = new File(basedir, 'build.log').text
def bundle = new File(basedir, 'target/decibench/bundles/profiling-hourly')

// 1: a flipped byte keeps the file's size: only the checksum finds it.
assert log.contains('Flipped one bit of')
assert log.contains("Bundle 'profiling-hourly' is damaged: checksum mismatch in " + new File(bundle, 'volume.i64').path
        + ': SHA-256 ')
assert log.contains('Fix: run `mvn decibench:setup-bundles`, which regenerates it.')
// 2: a truncated column.
assert log.contains("Bundle 'profiling-hourly' is damaged: column file " + new File(bundle, 'close.i64').path
        + ' is truncated or oversized')
// Both stopped benchmark before it started a fork.
assert !log.contains('fork 1/1')
assert !new File(basedir, 'target/decibench/forks').exists() || !new File(basedir, 'target/decibench/forks').list().any { it.endsWith('.log') }
assert !new File(basedir, 'target/decibench/benchmark-results.json').exists()
// 3: setup-bundles regenerated it, saying why.
assert log =~ /Bundle profiling-hourly: regenerated in \d+ ms \(column file .*close\.i64 is truncated or oversized/
assert new File(bundle, 'close.i64').length() == new File(bundle, 'open.i64').length()
return true
