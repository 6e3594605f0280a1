package io.decibench.plugin.view;

import io.decibench.plugin.view.Block.Cell;
import io.decibench.plugin.view.Block.Figure;
import io.decibench.plugin.view.Block.ItemList;
import io.decibench.plugin.view.Block.Paragraph;
import io.decibench.plugin.view.Block.Section;
import io.decibench.plugin.view.Block.Table;
import io.decibench.plugin.view.Block.Verbatim;
import java.util.List;
import java.util.function.Function;

/**
 * Renders a {@link Document} as GitHub-flavoured Markdown: sections as headings, code spans in backticks, tables
 * with escaped cells (a {@code |} in a name cannot break a row), figures as images of SVG files written beside the
 * Markdown.
 */
public final class MarkdownRenderer {

    private MarkdownRenderer() {
    }

    /** The document without its figures. */
    public static String render(Document doc) {
        return render(doc, f -> null);
    }

    /**
     * The document; {@code figureFile} gives the relative file each figure is linked as, or null to leave a figure
     * out (the caller writes the files).
     */
    public static String render(Document doc, Function<Figure, String> figureFile) {
        return render(doc, figureFile, 1);
    }

    /**
     * The document with its title at heading level {@code titleLevel} (a GitHub step summary collects the summaries
     * of several steps, so each starts at level 2), figures as {@link #render(Document, Function)} does.
     */
    public static String render(Document doc, Function<Figure, String> figureFile, int titleLevel) {
        StringBuilder out = new StringBuilder();
        if (doc.title() != null && !doc.title().isBlank()) {
            out.append("#".repeat(titleLevel)).append(' ').append(escape(doc.title())).append("\n\n");
        }
        blocks(out, doc.blocks(), titleLevel + 1, figureFile);
        // One trailing newline, whatever the last block was.
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == '\n') {
            end--;
        }
        return out.substring(0, end) + "\n";
    }

    private static void blocks(StringBuilder out, List<Block> blocks, int level, Function<Figure, String> figures) {
        for (Block b : blocks) {
            if (b instanceof Section s) {
                out.append("#".repeat(Math.min(level, 6))).append(' ').append(escape(s.title())).append("\n\n");
                blocks(out, s.blocks(), level + 1, figures);
            } else if (b instanceof Paragraph p) {
                out.append(inline(p.text())).append("\n\n");
            } else if (b instanceof Table t) {
                table(out, t);
            } else if (b instanceof ItemList l) {
                l.items().forEach(i -> out.append("- ").append(inline(i)).append('\n'));
                out.append('\n');
            } else if (b instanceof Figure f) {
                String file = figures.apply(f);
                if (file != null) {
                    out.append("![").append(escape(f.caption().plain())).append("](").append(file).append(")\n\n");
                }
            } else if (b instanceof Verbatim v) {
                out.append("```\n").append(v.text()).append("\n```\n\n");
            }
        }
    }

    private static void table(StringBuilder out, Table t) {
        out.append('|');
        t.header().forEach(h -> out.append(' ').append(cell(Text.of(h))).append(" |"));
        out.append("\n|");
        t.header().forEach(h -> out.append("---|"));
        out.append('\n');
        for (List<Cell> row : t.rows()) {
            out.append('|');
            row.forEach(c -> out.append(' ').append(cell(c.text())).append(" |"));
            out.append('\n');
        }
        out.append('\n');
    }

    /** A cell's text: inline Markdown with pipes escaped and line breaks flattened (a row is one line). */
    private static String cell(Text text) {
        return inline(text).replace("|", "\\|").replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }

    /** Inline Markdown of a text. */
    static String inline(Text text) {
        StringBuilder b = new StringBuilder();
        for (Text.Span s : text.spans()) {
            if (s.text().isEmpty()) {
                continue;
            }
            switch (s.style()) {
                case PLAIN -> b.append(escape(s.text()));
                case STRONG -> b.append("**").append(escape(s.text())).append("**");
                case CODE -> {
                    // A code span holding a backtick needs a longer fence (and padding) to stay one span.
                    String fence = s.text().contains("`") ? "``" : "`";
                    String pad = fence.length() > 1 ? " " : "";
                    b.append(fence).append(pad).append(s.text()).append(pad).append(fence);
                }
            }
        }
        return b.toString();
    }

    /** Escapes the characters that would start Markdown or HTML markup in plain text. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\', '`', '*' -> b.append('\\').append(c);
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
