package io.decibench.plugin.view;

import io.decibench.plugin.view.Block.Cell;
import io.decibench.plugin.view.Block.Figure;
import io.decibench.plugin.view.Block.ItemList;
import io.decibench.plugin.view.Block.Paragraph;
import io.decibench.plugin.view.Block.Section;
import io.decibench.plugin.view.Block.Table;
import io.decibench.plugin.view.Block.Verbatim;
import java.util.List;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.doxia.sink.impl.SinkEventAttributeSet;

/**
 * Renders a {@link Document} through a Doxia {@link Sink}: every text goes through {@link Sink#text} (escaped);
 * only two things are raw markup: the figures' SVG (built and escaped by the chart code) and the span around a
 * verdict, whose class comes from a fixed switch, never from data.
 */
public final class SinkRenderer {

    private final Sink sink;

    private SinkRenderer(Sink sink) {
        this.sink = sink;
    }

    /** Renders the document as a level-1 section with anchor {@code id}, its sections nested below it. */
    public static void render(Document doc, String id, Sink sink) {
        new SinkRenderer(sink).section(new Section(id, doc.title(), doc.blocks()), 1);
    }

    private void blocks(List<Block> blocks, int level) {
        for (Block b : blocks) {
            if (b instanceof Section s) {
                section(s, level);
            } else if (b instanceof Paragraph p) {
                sink.paragraph();
                inline(p.text());
                sink.paragraph_();
            } else if (b instanceof Table t) {
                table(t);
            } else if (b instanceof ItemList l) {
                sink.list();
                for (Text item : l.items()) {
                    sink.listItem();
                    inline(item);
                    sink.listItem_();
                }
                sink.list_();
            } else if (b instanceof Figure f) {
                sink.division(new SinkEventAttributeSet(SinkEventAttributeSet.CLASS,
                        "decibench-chart decibench-" + f.name()));
                sink.rawText(f.svg());
                sink.division_();
                sink.paragraph();
                inline(f.caption());
                sink.paragraph_();
            } else if (b instanceof Verbatim v) {
                sink.verbatim();
                sink.text(v.text());
                sink.verbatim_();
            }
        }
    }

    private void section(Section s, int level) {
        int l = Math.min(level, 6);
        sink.section(l, null);
        if (s.id() != null) {
            sink.anchor(s.id());
            sink.anchor_();
        }
        sink.sectionTitle(l, null);
        sink.text(s.title());
        sink.sectionTitle_(l);
        blocks(s.blocks(), level + 1);
        sink.section_(l);
    }

    private void table(Table t) {
        sink.table();
        sink.tableRows(null, false);
        sink.tableRow();
        for (String h : t.header()) {
            sink.tableHeaderCell();
            sink.text(h);
            sink.tableHeaderCell_();
        }
        sink.tableRow_();
        for (List<Cell> row : t.rows()) {
            sink.tableRow();
            for (Cell c : row) {
                sink.tableCell();
                cell(c);
                sink.tableCell_();
            }
            sink.tableRow_();
        }
        sink.tableRows_();
        sink.table_();
    }

    /** A verdict as a coloured label (the skin's Bootstrap classes), any other cell as its text. */
    private void cell(Cell c) {
        String css = switch (c.tone()) {
            case GOOD -> "label label-success";
            case WARNING -> "label label-warning";
            case BAD -> "label label-important";
            case NONE -> null;
        };
        if (css == null) {
            inline(c.text());
            return;
        }
        // Doxia's XHTML5 sink drops a class on inline text, so the span is raw markup with a fixed class.
        sink.rawText("<span class=\"" + css + "\">");
        inline(c.text());
        sink.rawText("</span>");
    }

    private void inline(Text text) {
        for (Text.Span s : text.spans()) {
            if (s.text().isEmpty()) {
                continue;
            }
            switch (s.style()) {
                case PLAIN -> sink.text(s.text());
                case CODE -> {
                    sink.monospaced();
                    sink.text(s.text());
                    sink.monospaced_();
                }
                case STRONG -> {
                    sink.bold();
                    sink.text(s.text());
                    sink.bold_();
                }
            }
        }
    }
}
