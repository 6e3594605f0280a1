package io.decibench.kernel.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.decibench.kernel.calendar.XnysCalendar;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BundleGeneratorTest {
    /** Two assets, one week of hourly bars including the 2024-07-03 early close and the July 4 holiday. */
    static final BundleSpec TINY = new BundleSpec("tiny", Frequency.HOURLY, 2,
            LocalDate.of(2024, 7, 1), LocalDate.of(2024, 7, 5), 42L);

    /**
     * Pinned so that any change to the generator (PRNG, draw order, rounding, math) is caught: bundles are a contract,
     * and users' baselines were measured on them. Change it only together with a manifest format version bump.
     */
    static final String TINY_CLOSE_SHA256 = "2246389f2153060f5fd1604f4e98019330b085b017d9377b8e56acc19397180d";

    private final XnysCalendar calendar = new XnysCalendar();

    static Stream<BundleSpec> presets() {
        return Presets.ALL.stream();
    }

    private BundleGenerator generator(BundleSpec spec) {
        return new BundleGenerator(spec, Timeline.of(calendar, spec.frequency(), spec.start(), spec.end()));
    }

    @Test
    void sameSpecGivesIdenticalBytes(@TempDir Path a, @TempDir Path b) throws IOException {
        BundleWriter.write(a, generator(TINY));
        BundleWriter.write(b, generator(TINY));
        List<String> files = Stream.concat(Stream.of(BundleManifest.FILE_NAME),
                Stream.of(Column.values()).map(Column::fileName)).toList();
        for (String file : files) {
            assertThat(Files.readAllBytes(a.resolve("tiny").resolve(file)))
                    .as(file).isEqualTo(Files.readAllBytes(b.resolve("tiny").resolve(file)));
        }
    }

    @Test
    void closeColumnOfTinySpecIsPinned(@TempDir Path dir) throws Exception {
        BundleWriter.write(dir, generator(TINY));
        byte[] close = Files.readAllBytes(dir.resolve("tiny").resolve(Column.CLOSE.fileName()));
        assertThat(close).hasSize(2 * (3 * 7 + 4) * Long.BYTES); // 3 full sessions + the July 3 early close, 2 assets
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(close)))
                .isEqualTo(TINY_CLOSE_SHA256);
    }

    @Test
    void differentSeedsGiveDifferentPrices() {
        BundleSpec other = new BundleSpec("tiny", Frequency.HOURLY, 2, TINY.start(), TINY.end(), 43L);
        assertThat(generator(other).generate(0).column(Column.CLOSE))
                .isNotEqualTo(generator(TINY).generate(0).column(Column.CLOSE));
        assertThat(generator(TINY).generate(1).column(Column.CLOSE))
                .isNotEqualTo(generator(TINY).generate(0).column(Column.CLOSE));
    }

    @ParameterizedTest
    @MethodSource("presets")
    void everyBarOfEveryPresetIsValid(BundleSpec spec) {
        BundleGenerator generator = generator(spec);
        for (int asset = 0; asset < spec.assets(); asset++) {
            BundleGenerator.AssetBars bars = generator.generate(asset);
            long[] open = bars.column(Column.OPEN);
            long[] high = bars.column(Column.HIGH);
            long[] low = bars.column(Column.LOW);
            long[] close = bars.column(Column.CLOSE);
            long[] volume = bars.column(Column.VOLUME);
            List<String> invalid = new ArrayList<>();
            for (int b = 0; b < open.length && invalid.size() < 5; b++) {
                boolean ok = low[b] > 0 && low[b] <= Math.min(open[b], close[b])
                        && high[b] >= Math.max(open[b], close[b]) && volume[b] > 0
                        && open[b] % 100 == 0 && high[b] % 100 == 0 && low[b] % 100 == 0 && close[b] % 100 == 0
                        && (b == 0 || open[b] == close[b - 1]);
                if (!ok) {
                    invalid.add("bar " + b + ": o=" + open[b] + " h=" + high[b] + " l=" + low[b] + " c=" + close[b]
                            + " v=" + volume[b] + (b > 0 ? " previous c=" + close[b - 1] : ""));
                }
            }
            assertThat(invalid).as(spec.name() + " asset " + asset
                    + ": 0 < low <= min(open, close), max(open, close) <= high, volume > 0, prices on the 0.01 tick,"
                    + " open = previous close").isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("volatilitySpecs")
    void perBarVolatilityMatchesTheAnnualSigmaScaledToTheBar(BundleSpec spec) {
        BundleGenerator generator = generator(spec);
        for (int asset = 0; asset < spec.assets(); asset++) {
            long[] close = generator.generate(asset).column(Column.CLOSE);
            double expected = generator.barSigma(generator.parameters(asset).annualSigma());
            assertThat(logReturnSd(close)).as(spec.name() + " asset " + asset)
                    .isCloseTo(expected, within(expected * 0.15));
        }
    }

    static Stream<BundleSpec> volatilitySpecs() {
        return Stream.of(Presets.PROFILING_DAILY, Presets.PROFILING_MINUTE);
    }

    @Test
    void aFewPercentOfMinuteBarsTradeUnderAThousandShares() {
        BundleGenerator generator = generator(Presets.PROFILING_MINUTE);
        long small = 0;
        long total = 0;
        for (int asset = 0; asset < Presets.PROFILING_MINUTE.assets(); asset++) {
            for (long v : generator.generate(asset).column(Column.VOLUME)) {
                small += v < 1000 ? 1 : 0;
                total++;
            }
        }
        assertThat((double) small / total).isBetween(0.01, 0.15);
    }

    @Test
    void dailyVolumesLieInTheUsualRange() {
        BundleGenerator generator = generator(Presets.PROFILING_DAILY);
        long[] volume = generator.generate(0).column(Column.VOLUME);
        double meanLog = 0;
        for (long v : volume) {
            meanLog += Math.log(v) / volume.length;
        }
        assertThat(Math.exp(meanLog)).isBetween(1e6, 1e7);
    }

    private static double logReturnSd(long[] close) {
        int n = close.length - 1;
        double sum = 0;
        double sumSq = 0;
        for (int i = 1; i < close.length; i++) {
            double r = Math.log((double) close[i] / close[i - 1]);
            sum += r;
            sumSq += r * r;
        }
        double mean = sum / n;
        return Math.sqrt((sumSq - n * mean * mean) / (n - 1));
    }
}
