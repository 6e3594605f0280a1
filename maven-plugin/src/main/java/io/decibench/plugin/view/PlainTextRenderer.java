package io.decibench.plugin.view;

import io.decibench.plugin.view.Block.Cell;
import io.decibench.plugin.view.Block.ItemList;
import io.decibench.plugin.view.Block.Paragraph;
import io.decibench.plugin.view.Block.Section;
import io.decibench.plugin.view.Block.Table;
import io.decibench.plugin.view.Block.Verbatim;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a {@link Document} as plain lines for the build log: section titles on their own line, paragraphs as
 * lines, tables as aligned columns indented by two spaces, every span as bare text; figures are left out (their
 * figures are in the tables).
 */
public final class PlainTextRenderer {

    private PlainTextRenderer() {
    }

    /** The lines of the document's blocks; the title is left out when blank. */
    public static List<String> lines(Document doc) {
        List<String> out = new ArrayList<>();
        if (doc.title() != null && !doc.title().isBlank()) {
            out.add(doc.title());
        }
        blocks(out, doc.blocks());
        return out;
    }

    /** The lines joined with line breaks, ending with one. */
    public static String text(Document doc) {
        return String.join("\n", lines(doc)) + "\n";
    }

    private static void blocks(List<String> out, List<Block> blocks) {
        // A figure has no plain-text form: its figures are in the tables beside it.
        for (Block b : blocks) {
            if (b instanceof Section s) {
                out.add(s.title());
                blocks(out, s.blocks());
            } else if (b instanceof Paragraph p) {
                out.add(inline(p.text()));
            } else if (b instanceof Table t) {
                table(out, t);
            } else if (b instanceof ItemList l) {
                l.items().forEach(i -> out.add("- " + inline(i)));
            } else if (b instanceof Verbatim v) {
                v.text().lines().forEach(line -> out.add("    " + line));
            }
        }
    }

    private static void table(List<String> out, Table t) {
        List<List<String>> all = new ArrayList<>();
        all.add(t.header());
        for (List<Cell> row : t.rows()) {
            all.add(row.stream().map(c -> inline(c.text()).replace('\n', ' ')).toList());
        }
        int[] width = new int[t.header().size()];
        for (List<String> row : all) {
            for (int i = 0; i < row.size(); i++) {
                width[i] = Math.max(width[i], row.get(i).length());
            }
        }
        for (List<String> row : all) {
            StringBuilder line = new StringBuilder("  ");
            for (int i = 0; i < row.size(); i++) {
                String c = row.get(i);
                line.append(c);
                if (i < row.size() - 1) {
                    line.append(" ".repeat(width[i] - c.length() + 2));
                }
            }
            out.add(line.toString().stripTrailing());
        }
    }

    /** The text without styling: a log line reads best bare. */
    static String inline(Text text) {
        return text.plain();
    }
}
