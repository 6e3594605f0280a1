package io.decibench.plugin.results;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.decibench.plugin.stats.TargetVerdict;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryFileTest {

    @TempDir
    Path dir;

    @Test
    void appendsOneCompactLinePerRunAndReadsThemBack() throws Exception {
        HistoryFile history = new HistoryFile(dir.resolve("sub/" + HistoryFile.FILE_NAME));
        BenchmarkResults run = Fixtures.sampleRun();
        history.append(run);
        history.append(run);

        List<String> lines = Files.readAllLines(history.file());
        assertThat(lines).hasSize(2);
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        assertThat(first.get("timestamp").textValue()).isEqualTo("2026-11-26T22:00:00Z");
        assertThat(first.get("gitCommit").textValue()).isEqualTo("3f2a9c");
        assertThat(first.get("fingerprintId").textValue()).isEqualTo(run.fingerprint().id());

        HistoryFile.Contents read = history.read();
        assertThat(read.malformed()).isEmpty();
        assertThat(read.entries()).hasSize(2);
        HistoryEntry e = read.entries().get(0);
        assertThat(e.measurements()).hasSize(6);
        assertThat(e.measurements().get(0).mean()).isEqualTo(run.results().get(0).mean());
        assertThat(e.measurements().get(1).allocBytesPerOp()).isEqualTo(25_000_000.0);
        assertThat(e.overheads()).hasSize(4);
        assertThat(e.overheads().get(0).overheadCiLow()).isEqualTo(run.overheads().get(0).overheadCiLow());
        assertThat(e.overall()).extracting(HistoryEntry.OverheadPoint::mode)
                .containsExactly("decimal", "decimal-native");
        assertThat(e.verdict()).isEqualTo(new RunVerdict(TargetVerdict.MET, "decimal-native",
                List.of("daily", "hourly")));
    }

    @Test
    void malformedLinesAreReportedByNumberSkippedAndKept() throws Exception {
        Path file = dir.resolve(HistoryFile.FILE_NAME);
        HistoryFile history = new HistoryFile(file);
        history.append(Fixtures.sampleRun());
        // A hand edit / a crashed foreign writer left a broken, unterminated line.
        Files.writeString(file, "{\"timestamp\": broken", java.nio.file.StandardOpenOption.APPEND);
        history.append(Fixtures.sampleRun());

        HistoryFile.Contents read = history.read();
        assertThat(read.entries()).hasSize(2);
        assertThat(read.malformed()).extracting(HistoryFile.MalformedLine::lineNumber).containsExactly(2);
        assertThat(read.malformed().get(0).describe(file)).contains(file.toString()).contains("line 2");
        assertThat(Files.readAllLines(file, StandardCharsets.UTF_8)).hasSize(3)
                .element(1).isEqualTo("{\"timestamp\": broken");
    }

    @Test
    void aLineOfAnotherSchemaVersionIsReportedNotMisread() throws Exception {
        Path file = dir.resolve(HistoryFile.FILE_NAME);
        Files.writeString(file, "{\"schemaVersion\":9,\"timestamp\":\"2026-01-01T00:00:00Z\"}\n");
        HistoryFile.Contents read = new HistoryFile(file).read();
        assertThat(read.entries()).isEmpty();
        assertThat(read.malformed().get(0).problem()).contains("schemaVersion 9");
    }

    @Test
    void concurrentAppendsKeepEveryLine() throws Exception {
        HistoryFile history = new HistoryFile(dir.resolve(HistoryFile.FILE_NAME));
        BenchmarkResults run = Fixtures.sampleRun();
        int writers = 8;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(writers);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
            for (int i = 0; i < writers; i++) {
                done.add(pool.submit(() -> {
                    start.await();
                    history.append(run);
                    return null;
                }));
            }
            start.countDown();
            for (var f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        HistoryFile.Contents read = history.read();
        assertThat(read.entries()).hasSize(writers);
        assertThat(read.malformed()).isEmpty();
    }

    @Test
    void aMissingHistoryIsEmpty() throws Exception {
        HistoryFile.Contents read = new HistoryFile(dir.resolve("none.jsonl")).read();
        assertThat(read.entries()).isEmpty();
        assertThat(read.malformed()).isEmpty();
    }

    @Test
    void aLineWrittenBeforeResultsSchema2StillReads() throws Exception {
        Path file = dir.resolve(HistoryFile.FILE_NAME);
        Files.writeString(file, "{\"schemaVersion\":1,\"timestamp\":\"2026-01-01T00:00:00Z\",\"measurements\":"
                + "[{\"scenario\":\"daily\",\"mode\":\"float\",\"mean\":1.0,\"unit\":\"ms/op\",\"allocBytesPerOp\":null}],"
                + "\"overheads\":[],\"overall\":[],\"verdict\":{\"mode\":\"decimal-native\",\"verdict\":\"MET\"}}\n");

        HistoryFile.Contents read = new HistoryFile(file).read();

        assertThat(read.malformed()).isEmpty();
        HistoryEntry e = read.entries().get(0);
        assertThat(e.verdict()).isEqualTo(new RunVerdict(TargetVerdict.MET, "decimal-native", List.of()));
        assertThat(e.measurements().get(0).nsPerBar()).isNull();
    }
}
