package io.decibench.plugin.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextTableTest {
    private final TextTable table = new TextTable(List.of("method", "module", "%"), List.of(
            List.of("a.B.<init>", "java.math arithmetic", "71.4%"),
            List.of("c.D.run", "other", "+2.0 pp")));

    @Test
    void plainTextPadsTextLeftAndNumbersRight() {
        assertThat(table.plainLines()).containsExactly(
                "method      module                      %",
                "----------  --------------------  -------",
                "a.B.<init>  java.math arithmetic    71.4%",
                "c.D.run     other                 +2.0 pp");
    }

    @Test
    void markdownAlignsNumbersRightAndEscapesWhatWouldBreakTheTable() {
        TextTable piped = new TextTable(List.of("module", "%"), List.of(List.of("a|b", "1.0%")));

        assertThat(table.markdownLines()).containsExactly(
                "| method | module | % |",
                "|---|---|---:|",
                "| a.B.&lt;init&gt; | java.math arithmetic | 71.4% |",
                "| c.D.run | other | +2.0 pp |");
        assertThat(piped.markdownLines().get(2)).isEqualTo("| a\\|b | 1.0% |");
    }

    @Test
    void aRowWithTheWrongNumberOfCellsIsRejected() {
        assertThatThrownBy(() -> new TextTable(List.of("a", "b"), List.of(List.of("1"))))
                .hasMessageContaining("has 1 cells, the table has 2 columns");
    }
}
