package io.decibench.plugin.profile;

import java.util.ArrayList;
import java.util.List;

/**
 * A table drawn two ways from the same cells: padded plain text for the build log and a Markdown pipe table for the
 * {@code .md} files. Columns whose cells are all numbers (percentages, counts, changes) are right-aligned.
 */
public record TextTable(List<String> headers, List<List<String>> rows) {

    public TextTable {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<String> row : rows) {
            if (row.size() != headers.size()) {
                throw new IllegalArgumentException("row " + row + " has " + row.size() + " cells, the table has "
                        + headers.size() + " columns");
            }
        }
    }

    private boolean numeric(int column) {
        return !rows.isEmpty() && rows.stream().allMatch(r -> r.get(column).matches("[-+]?[0-9].*"));
    }

    public List<String> plainLines() {
        int[] width = new int[headers.size()];
        for (int c = 0; c < width.length; c++) {
            width[c] = headers.get(c).length();
            for (List<String> row : rows) {
                width[c] = Math.max(width[c], row.get(c).length());
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add(plainRow(headers, width));
        StringBuilder rule = new StringBuilder();
        for (int c = 0; c < width.length; c++) {
            rule.append(c == 0 ? "" : "  ").append("-".repeat(width[c]));
        }
        lines.add(rule.toString());
        rows.forEach(r -> lines.add(plainRow(r, width)));
        return lines;
    }

    private String plainRow(List<String> cells, int[] width) {
        StringBuilder b = new StringBuilder();
        for (int c = 0; c < width.length; c++) {
            String cell = cells.get(c);
            String pad = " ".repeat(width[c] - cell.length());
            b.append(c == 0 ? "" : "  ").append(numeric(c) ? pad + cell : cell + pad);
        }
        return b.toString().stripTrailing();
    }

    public List<String> markdownLines() {
        List<String> lines = new ArrayList<>();
        lines.add(markdownRow(headers));
        StringBuilder rule = new StringBuilder("|");
        for (int c = 0; c < headers.size(); c++) {
            rule.append(numeric(c) ? "---:|" : "---|");
        }
        lines.add(rule.toString());
        rows.forEach(r -> lines.add(markdownRow(r)));
        return lines;
    }

    private static String markdownRow(List<String> cells) {
        StringBuilder b = new StringBuilder("|");
        for (String cell : cells) {
            // A pipe would split the cell and <init> would read as an HTML tag.
            b.append(' ').append(cell.replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")).append(" |");
        }
        return b.toString();
    }
}
