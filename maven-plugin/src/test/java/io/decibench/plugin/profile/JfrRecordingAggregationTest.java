package io.decibench.plugin.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import io.decibench.kernel.bench.ProfileLoop;
import jdk.jfr.Configuration;
import jdk.jfr.Event;
import jdk.jfr.Name;
import jdk.jfr.Recording;
import jdk.jfr.StackTrace;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Records this JVM with Java Flight Recorder while two known workloads run on their own threads, then checks that the
 * reader and the aggregation find them: the method that spins must top self time, the BigDecimal one must put
 * java.math on top.
 */
class JfrRecordingAggregationTest {
    private static final String SPIN_THREAD = "decibench-test-spin";
    private static final String DECIMAL_THREAD = "decibench-test-decimal";
    private static final String SPIN = JfrRecordingAggregationTest.class.getName() + ".spin";
    private static final ModuleRules RULES = ModuleRules.withUserRules(
            List.of(new ModuleRule("test workload", JfrRecordingAggregationTest.class.getName())));

    @TempDir
    static Path dir;
    static Path recording;

    @BeforeAll
    static void record() throws Exception {
        recording = dir.resolve("workloads.jfr");
        try (Recording r = new Recording(Configuration.getConfiguration("profile"))) {
            // A shorter period than the profile settings' 10 ms gives enough samples in a short test.
            r.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(2));
            r.start();
            runFor(SPIN_THREAD, () -> sink += spin(200_000));
            runFor(DECIMAL_THREAD, () -> sink += decimalWork(2_000).hashCode());
            r.stop();
            r.dump(recording);
        }
    }

    static volatile long sink;

    /** Runs {@code work} repeatedly on a thread of that name for about a second: long enough for many samples. */
    private static void runFor(String threadName, Runnable work) throws InterruptedException {
        Thread t = new Thread(() -> {
            long end = System.nanoTime() + Duration.ofMillis(1200).toNanos();
            while (System.nanoTime() < end) {
                work.run();
            }
        }, threadName);
        t.start();
        t.join();
    }

    /** A tight loop with no calls: all its samples must land on this very method. */
    static long spin(int n) {
        long x = n;
        for (int i = 0; i < n; i++) {
            x = x * 6364136223846793005L + 1442695040888963407L;
            x ^= x >>> 29;
        }
        return x;
    }

    /** Money-style BigDecimal arithmetic: nearly all of its time is inside java.math. */
    static BigDecimal decimalWork(int n) {
        BigDecimal cash = new BigDecimal("100000.0000");
        BigDecimal price = new BigDecimal("101.2345");
        BigDecimal slip = new BigDecimal("1.0005");
        for (int i = 0; i < n; i++) {
            BigDecimal fill = price.multiply(slip).setScale(4, RoundingMode.HALF_EVEN);
            cash = cash.subtract(fill.multiply(BigDecimal.valueOf(100 + i % 7)));
            price = price.add(BigDecimal.valueOf(i % 3 - 1, 2));
        }
        return cash;
    }

    private static Breakdown breakdownOf(String thread) throws IOException {
        RecordedSamples samples = new JfrSampleReader(thread::equals).read(recording);
        return new ProfileAggregator(RULES, 20).aggregate(samples);
    }

    @Test
    void theSpinningMethodTopsSelfTime() throws IOException {
        Breakdown b = breakdownOf(SPIN_THREAD);

        assertThat(b.samples()).as("execution samples of the spinning thread").isGreaterThan(20);
        assertThat(b.topSelf().get(0).method()).isEqualTo(SPIN);
        assertThat(b.topSelf().get(0).percent()).isGreaterThan(80.0);
        assertThat(b.modules().get(0).module()).isEqualTo("test workload");
        assertSharesAreConsistent(b);
    }

    @Test
    void bigDecimalWorkPutsJavaMathOnTopAndAllocatesBigDecimals() throws IOException {
        Breakdown b = breakdownOf(DECIMAL_THREAD);

        assertThat(b.samples()).as("execution samples of the BigDecimal thread").isGreaterThan(20);
        assertThat(b.modules().get(0).module()).isEqualTo(ModuleRules.JAVA_MATH);
        // Which frame tops self time depends on what C2 inlined into the workload loop (one run in many puts the
        // caller first); a java.math method is always among the first three.
        assertThat(b.topSelf().subList(0, Math.min(3, b.topSelf().size()))).extracting(m -> m.method())
                .anySatisfy(m -> assertThat(m).startsWith("java.math."));
        // Every sample of this thread runs inside the workload, counted once per sample however deep.
        assertThat(b.module("test workload").orElseThrow().totalPercent()).isGreaterThan(90.0);
        assertThat(b.allocations()).extracting(AllocationShare::className).contains("java.math.BigDecimal");
        assertSharesAreConsistent(b);
    }

    @Test
    void methodsAreKeyedByClassAndMethodOnly() throws IOException {
        Breakdown b = breakdownOf(SPIN_THREAD);

        assertThat(b.topSelf()).extracting(MethodShare::method).doesNotHaveDuplicates()
                .allSatisfy(m -> assertThat(m).doesNotContain(":").doesNotContain("line"));
        assertThat(b.topTotal()).extracting(MethodShare::method).doesNotHaveDuplicates();
    }

    @Test
    void theThreadFilterKeepsOtherThreadsOut() throws IOException {
        RecordedSamples spinOnly = new JfrSampleReader(SPIN_THREAD::equals).read(recording);
        RecordedSamples all = JfrSampleReader.allThreads().read(recording);

        assertThat(spinOnly.stacks()).allSatisfy(s -> assertThat(s.frames()).doesNotContain(
                JfrRecordingAggregationTest.class.getName() + ".decimalWork"));
        assertThat(all.stacks().size()).isGreaterThan(spinOnly.stacks().size());
    }

    @Test
    void aMissingOrCorruptRecordingIsReportedWithItsPath() throws IOException {
        Path missing = dir.resolve("missing.jfr");
        assertThatThrownBy(() -> JfrSampleReader.allThreads().read(missing))
                .isInstanceOf(IOException.class).hasMessageContaining(missing.toString());

        Path corrupt = Files.writeString(dir.resolve("corrupt.jfr"), "not a recording");
        assertThatThrownBy(() -> JfrSampleReader.allThreads().read(corrupt))
                .isInstanceOf(IOException.class).hasMessageContaining(corrupt.toString());
    }

    /** Same name as the profiling loop's window event: the reader knows events by name. */
    @Name(ProfileLoop.WINDOW_EVENT)
    @StackTrace(false)
    static final class TestWindow extends Event {
    }

    @Test
    void onlySamplesInsideTheLoopsWindowCount() throws Exception {
        Path windowed = dir.resolve("windowed.jfr");
        try (Recording r = new Recording(Configuration.getConfiguration("profile"))) {
            r.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(2));
            r.start();
            runFor(SPIN_THREAD, () -> sink += spin(200_000));
            TestWindow window = new TestWindow();
            window.begin();
            runFor(DECIMAL_THREAD, () -> sink += decimalWork(2_000).hashCode());
            window.end();
            window.commit();
            r.stop();
            r.dump(windowed);
        }

        RecordedSamples samples = JfrSampleReader.allThreads().read(windowed);

        assertThat(samples.stacks()).as("samples inside the window").isNotEmpty()
                .noneSatisfy(s -> assertThat(s.frames()).contains(SPIN));
        assertThat(samples.stacks()).anySatisfy(s -> assertThat(s.frames()).contains(
                JfrRecordingAggregationTest.class.getName() + ".decimalWork"));
    }

    @Test
    void lambdaClassNamesLoseTheirRunSpecificSuffix() {
        assertThat(JfrSampleReader.normalise("a.B$$Lambda$14/0x0000000800c03000")).isEqualTo("a.B$$Lambda");
        assertThat(JfrSampleReader.normalise("a.B$$Lambda/0x0000000800c03000")).isEqualTo("a.B$$Lambda");
        assertThat(JfrSampleReader.normalise("a.B$$Lambda$112+0x00007fcc5c0c9288.1810458830")).isEqualTo("a.B$$Lambda");
        assertThat(JfrSampleReader.normalise("java.lang.invoke.LambdaForm$DMH+0x00007f3afc133800.1367937032"))
                .isEqualTo("java.lang.invoke.LambdaForm$DMH");
        assertThat(JfrSampleReader.normalise("a.B$Inner")).isEqualTo("a.B$Inner");
    }

    @Test
    void arrayClassNamesReadAsJava() {
        assertThat(JfrSampleReader.normalise("[B")).isEqualTo("byte[]");
        assertThat(JfrSampleReader.normalise("[[J")).isEqualTo("long[][]");
        assertThat(JfrSampleReader.normalise("[Ljava.math.BigDecimal;")).isEqualTo("java.math.BigDecimal[]");
        assertThat(JfrSampleReader.normalise("java.math.BigDecimal[]")).isEqualTo("java.math.BigDecimal[]");
    }

    private static void assertSharesAreConsistent(Breakdown b) {
        assertThat(b.modules().stream().mapToDouble(ModuleShare::selfPercent).sum()).isCloseTo(100.0, within(1e-9));
        assertThat(b.modules().stream().mapToLong(ModuleShare::selfSamples).sum()).isEqualTo(b.samples());
        for (ModuleShare m : b.modules()) {
            assertThat(m.totalPercent()).as(m.module()).isGreaterThanOrEqualTo(m.selfPercent()).isLessThanOrEqualTo(100.0);
        }
        for (MethodShare top : b.topSelf()) {
            MethodShare total = b.topTotal().stream().filter(t -> t.method().equals(top.method())).findFirst()
                    .orElse(null);
            if (total != null) {
                assertThat(total.samples()).as(top.method()).isGreaterThanOrEqualTo(top.samples());
            }
        }
    }
}
