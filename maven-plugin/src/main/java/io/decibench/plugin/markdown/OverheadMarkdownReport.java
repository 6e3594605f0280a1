package io.decibench.plugin.markdown;

import io.decibench.plugin.report.ReportDocument;
import io.decibench.plugin.results.AtomicFiles;
import io.decibench.plugin.results.BenchmarkResults;
import io.decibench.plugin.view.Block.Figure;
import io.decibench.plugin.view.Document;
import io.decibench.plugin.view.MarkdownRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes overhead-report.md: the {@link ReportDocument} of a run as Markdown, its charts as SVG files beside it
 * ({@code overhead-report-<chart>.svg}, linked as images so the report shows them wherever Markdown is rendered).
 */
public final class OverheadMarkdownReport {

    /** The file name under the results directory. */
    public static final String FILE_NAME = "overhead-report.md";

    private OverheadMarkdownReport() {
    }

    /** Renders the report and writes it and its charts atomically beside {@code file} (UTF-8); returns the paths. */
    public static List<Path> write(Path file, BenchmarkResults r) throws IOException {
        Map<String, String> figures = new LinkedHashMap<>();
        String markdown = render(r, figures);
        List<Path> written = new ArrayList<>();
        AtomicFiles.write(file, markdown.getBytes(StandardCharsets.UTF_8));
        written.add(file);
        for (Map.Entry<String, String> f : figures.entrySet()) {
            Path svg = file.resolveSibling(f.getKey());
            AtomicFiles.write(svg, f.getValue().getBytes(StandardCharsets.UTF_8));
            written.add(svg);
        }
        return written;
    }

    /** The report for one run, without its chart files. */
    public static String render(BenchmarkResults r) {
        return render(r, new LinkedHashMap<>());
    }

    /** The report; each chart's file name and SVG are put into {@code figures}. */
    static String render(BenchmarkResults r, Map<String, String> figures) {
        Document doc = ReportDocument.markdown(r);
        return MarkdownRenderer.render(doc, (Figure f) -> {
            String name = FILE_NAME.replace(".md", "") + "-" + f.name() + ".svg";
            figures.put(name, f.svg());
            return name;
        });
    }
}
