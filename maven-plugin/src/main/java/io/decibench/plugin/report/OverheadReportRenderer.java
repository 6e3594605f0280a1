package io.decibench.plugin.report;

import io.decibench.plugin.view.SinkRenderer;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.reporting.AbstractMavenReportRenderer;

/**
 * Draws the Decibench report page through the Doxia Sink: the {@link ReportDocument} of the report's inputs, rendered
 * by {@link SinkRenderer} (every text through {@link Sink#text}; only the charts' SVG, built and escaped by
 * {@link Svg}, as raw markup).
 */
public class OverheadReportRenderer extends AbstractMavenReportRenderer {

    /** The page title (also the report's name under Project Reports). */
    public static final String TITLE = ReportDocument.TITLE;

    private final ReportData data;
    private final String mvn;

    public OverheadReportRenderer(Sink sink, ReportData data) {
        this(sink, data, "mvn");
    }

    /** @param mvn how Maven reaches the project, for the page's commands (see {@link MavenCommand}) */
    public OverheadReportRenderer(Sink sink, ReportData data, String mvn) {
        super(sink);
        this.data = data;
        this.mvn = mvn;
    }

    @Override
    public String getTitle() {
        return TITLE;
    }

    @Override
    protected void renderBody() {
        SinkRenderer.render(ReportDocument.page(data, mvn), "decibench-report", sink);
    }
}
