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

    /** Renders the report and writes it and its charts beside {@code file} (UTF-8), all or nothing; returns the paths. */
    public static List<Path> write(Path file, BenchmarkResults r) throws IOException {
        try (AtomicFiles.Batch batch = new AtomicFiles.Batch()) {
            List<Path> written = stage(file, r, "mvn", batch);
            batch.commit();
            return written;
        }
    }

    /**
     * Stages the report and its chart files into {@code batch} (nothing is in place before the batch commits), so a
     * caller can publish them together with other files; returns the paths staged, the report first.
     *
     * @param mvn how Maven reaches the project, the start of the report's commands (e.g. {@code mvn -N -Pmain-job})
     */
    public static List<Path> stage(Path file, BenchmarkResults r, String mvn, AtomicFiles.Batch batch)
            throws IOException {
        Map<String, String> figures = new LinkedHashMap<>();
        byte[] markdown = render(r, mvn, figures).getBytes(StandardCharsets.UTF_8);
        List<Path> written = new ArrayList<>();
        batch.stage(file, out -> out.write(markdown));
        written.add(file);
        for (Map.Entry<String, String> f : figures.entrySet()) {
            Path svg = file.resolveSibling(f.getKey());
            byte[] bytes = f.getValue().getBytes(StandardCharsets.UTF_8);
            batch.stage(svg, out -> out.write(bytes));
            written.add(svg);
        }
        return written;
    }

    /** The report for one run, without its chart files. */
    public static String render(BenchmarkResults r) {
        return render(r, "mvn", new LinkedHashMap<>());
    }

    /** The report; each chart's file name and SVG are put into {@code figures}. */
    static String render(BenchmarkResults r, String mvn, Map<String, String> figures) {
        Document doc = ReportDocument.markdown(r, mvn);
        return MarkdownRenderer.render(doc, (Figure f) -> {
            String name = FILE_NAME.replace(".md", "") + "-" + f.name() + ".svg";
            figures.put(name, f.svg());
            return name;
        });
    }
}
