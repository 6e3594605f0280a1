package io.decibench.plugin.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.decibench.plugin.results.ForkSample;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Parses JSON captured from real JMH 1.37 runs (-f 1 -prof gc -rf json) of a BacktestBenchmark.run stand-in. */
class JmhJsonParserTest {

    private final JmhJsonParser parser = new JmhJsonParser();

    private static String resource(String name) throws IOException {
        try (InputStream in = JmhJsonParserTest.class.getResourceAsStream("/jmh/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static ScheduledFork fork(String scenario, String mode) {
        return new ScheduledFork(7, 45, 2, 5, 1, scenario, mode);
    }

    @Test
    void reads_iterations_unit_and_allocation_of_a_real_jmh_result() throws IOException {
        ForkSample s = parser.parse(resource("decimal-daily-3-iterations.json"), "test", fork("daily", "decimal"));

        assertThat(s.scenario()).isEqualTo("daily");
        assertThat(s.mode()).isEqualTo("decimal");
        assertThat(s.round()).isEqualTo(2);
        assertThat(s.position()).isEqualTo(1);
        assertThat(s.unit()).isEqualTo("ms/op");
        assertThat(s.iterations()).containsExactly(0.06096563633597078, 0.06066925437815376, 0.060161361966824645);
        assertThat(s.allocBytesPerOp()).isEqualTo(137.74384270323446);
    }

    @Test
    void records_the_jvm_the_fork_ran_as_jmh_recorded_it() throws IOException {
        ForkSample s = parser.parse(resource("decimal-daily-3-iterations.json"), "test", fork("daily", "decimal"));

        assertThat(s.vm().jvmArgs()).containsExactly("-Xmx512m");
        assertThat(s.vm().jdkVersion()).isEqualTo("17.0.15");
        assertThat(s.vm().vmName()).isEqualTo("OpenJDK 64-Bit Server VM");
        assertThat(s.vm().vmVersion()).isEqualTo("17.0.15+6-Debian-1deb12u1");
        assertThat(s.vm().compiler()).isNull();
        assertThat(s.withCompiler("HotSpot 64-Bit Tiered Compilers, TieredStopAtLevel=4").vm().compiler())
                .isEqualTo("HotSpot 64-Bit Tiered Compilers, TieredStopAtLevel=4");
    }

    @Test
    void a_single_iteration_result_with_nan_errors_still_parses() throws IOException {
        ForkSample s = parser.parse(resource("float-daily-1-iteration-nan.json"), "test", fork("daily", "float"));

        assertThat(s.iterations()).hasSize(1);
        assertThat(s.iterations().get(0)).isPositive();
        assertThat(s.unit()).isEqualTo("ms/op");
    }

    @Test
    void nan_allocation_becomes_nan_and_infinities_are_understood() throws IOException {
        String json = resource("decimal-daily-3-iterations.json")
                .replaceFirst("(\"gc.alloc.rate.norm\" : \\{\\s*\"score\" : )[0-9.]+", "$1\"NaN\"");
        assertThat(json).contains("\"score\" : \"NaN\"");

        assertThat(parser.parse(json, "test", fork("daily", "decimal")).allocBytesPerOp()).isNaN();
        assertThat(JmhJsonParser.number(JsonNodeFactory.instance.textNode("+INF"))).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(JmhJsonParser.number(JsonNodeFactory.instance.textNode("-INF"))).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(JmhJsonParser.number(JsonNodeFactory.instance.numberNode(2.5))).isEqualTo(2.5);
    }

    @Test
    void a_nan_measured_iteration_is_rejected_with_the_file_name() throws IOException {
        String json = resource("decimal-daily-3-iterations.json").replace("0.06066925437815376,", "\"NaN\",");

        assertThatThrownBy(() -> parser.parse(json, "forks/007.json", fork("daily", "decimal")))
                .isInstanceOf(ForkFailedException.class)
                .hasMessageContaining("forks/007.json").hasMessageContaining("NaN");
    }

    @Test
    void a_result_for_another_mode_is_rejected() throws IOException {
        assertThatThrownBy(() -> parser.parse(resource("decimal-daily-3-iterations.json"), "x.json",
                fork("daily", "float")))
                .isInstanceOf(ForkFailedException.class).hasMessageContaining("expected daily / float");
    }

    @Test
    void broken_json_names_file_and_line() {
        assertThatThrownBy(() -> parser.parse("[\n{ \"benchmark\" : ", "x.json", fork("daily", "float")))
                .isInstanceOf(ForkFailedException.class).hasMessageContaining("x.json").hasMessageContaining("line 2");
    }

    @Test
    void a_missing_result_file_says_so() {
        assertThatThrownBy(() -> parser.parse(Path.of("does/not/exist.json"), fork("daily", "float")))
                .isInstanceOf(ForkFailedException.class).hasMessageContaining("exist.json");
    }
}
