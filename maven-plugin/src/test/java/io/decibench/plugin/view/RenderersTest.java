package io.decibench.plugin.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.decibench.plugin.view.Block.Cell;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.maven.doxia.module.xhtml5.Xhtml5SinkFactory;
import org.apache.maven.doxia.sink.Sink;
import org.junit.jupiter.api.Test;

/** One document rendered to Markdown, plain text and the Sink: the same content, each format's own escaping. */
class RenderersTest {

    private static Document doc() {
        Document.Builder section = Document.builder()
                .paragraph(Text.builder().plain("Run ").code("mvn verify").plain(" — a <b>|c*d* [x](y)").build())
                .table(new Document.TableBuilder("name", "verdict")
                        .row(Cell.code("a|b"), Cell.verdict("MET", Tone.GOOD))
                        .row(Cell.of("line\nbreak"), Cell.verdict("MISSED", Tone.BAD)).build())
                .list(List.of(Text.of("one"), Text.builder().plain("two ").code("x`y").build()))
                .figure("chart", "<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>", Text.of("the chart"))
                .verbatim("mvn site\nmvn decibench:report");
        return Document.builder().paragraph(Text.builder().strong("Verdict: MET").build())
                .section("sec", "Section", section).build("Title");
    }

    @Test
    void markdownEscapesMarkupAndPipesAndFencesCodeSpans() {
        String md = MarkdownRenderer.render(doc(), f -> "report-" + f.name() + ".svg");
        assertThat(md).startsWith("# Title\n\n**Verdict: MET**\n\n## Section\n\n");
        assertThat(md).contains("Run `mvn verify` — a &lt;b&gt;|c\\*d\\* [x](y)");
        assertThat(md).contains("| name | verdict |\n|---|---|\n| `a\\|b` | MET |\n| line break | MISSED |");
        assertThat(md).contains("- two `` x`y ``");
        assertThat(md).contains("![the chart](report-chart.svg)");
        assertThat(md).contains("```\nmvn site\nmvn decibench:report\n```");
        assertThat(MarkdownRenderer.render(doc())).doesNotContain("![");
        assertThat(MarkdownRenderer.render(doc(), f -> null, 2)).startsWith("## Title\n\n").contains("### Section");
    }

    @Test
    void plainTextAlignsTablesAndDropsStylingAndFigures() {
        List<String> lines = PlainTextRenderer.lines(doc());
        assertThat(lines).containsSubsequence("Title", "Verdict: MET", "Section",
                "Run mvn verify — a <b>|c*d* [x](y)", "  name        verdict", "  a|b         MET",
                "  line break  MISSED", "- one", "- two x`y", "    mvn site", "    mvn decibench:report");
        assertThat(lines).noneSatisfy(l -> assertThat(l).contains("svg"));
    }

    @Test
    void theSinkGetsEscapedTextCodeAndColouredVerdicts() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Sink sink = new Xhtml5SinkFactory().createSink(out, "UTF-8");
        SinkRenderer.render(doc(), "top", sink);
        sink.close();
        String html = out.toString(StandardCharsets.UTF_8);

        assertThat(html).contains("<a id=\"top\"></a>").contains("<a id=\"sec\"></a>");
        assertThat(html).contains("<code>mvn verify</code>").contains("&lt;b&gt;").doesNotContain("<b>|");
        assertThat(html).contains("<span class=\"label label-success\">MET</span>")
                .contains("<span class=\"label label-important\">MISSED</span>");
        assertThat(html).contains("<div class=\"decibench-chart decibench-chart\"><svg");
        assertThat(html).contains("<b>Verdict: MET</b>");
    }

    @Test
    void aTableRowMustHaveACellPerColumn() {
        assertThatThrownBy(() -> new Document.TableBuilder("a", "b").row("only one").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs 2 cells");
    }
}
