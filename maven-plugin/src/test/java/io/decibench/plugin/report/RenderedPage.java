package io.decibench.plugin.report;

import org.apache.maven.doxia.module.xhtml5.Xhtml5SinkFactory;
import org.apache.maven.doxia.sink.Sink;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Renders the report through Doxia's real XHTML5 sink, as the site does, and returns the HTML. */
public final class RenderedPage {

    private RenderedPage() {
    }

    public static String html(ReportData data) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Sink sink = new Xhtml5SinkFactory().createSink(out, "UTF-8");
        new OverheadReportRenderer(sink, data).render();
        sink.close();
        return out.toString(StandardCharsets.UTF_8);
    }
}
