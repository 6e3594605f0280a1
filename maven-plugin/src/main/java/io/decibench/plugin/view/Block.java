package io.decibench.plugin.view;

import java.util.List;

/** A block of a {@link Document}: a section, a paragraph, a table, a list, a figure or verbatim text. */
public sealed interface Block {

    /** A titled section; {@code id} is its anchor on the site. Nested sections are sub-sections. */
    record Section(String id, String title, List<Block> blocks) implements Block {
        public Section {
            blocks = List.copyOf(blocks);
        }
    }

    /** A paragraph of inline text. */
    record Paragraph(Text text) implements Block {
    }

    /** A table with a header row; every row has as many cells as the header. */
    record Table(List<String> header, List<List<Cell>> rows) implements Block {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
            for (List<Cell> row : rows) {
                if (row.size() != header.size()) {
                    throw new IllegalArgumentException("a row of " + header + " needs " + header.size()
                            + " cells, got " + row.size());
                }
            }
        }
    }

    /** A bullet list. */
    record ItemList(List<Text> items) implements Block {
        public ItemList {
            items = List.copyOf(items);
        }
    }

    /**
     * A chart as an SVG document with its caption. {@code name} names it in file outputs (Markdown writes it beside
     * the report as {@code <report>-<name>.svg}).
     */
    record Figure(String name, String svg, Text caption) implements Block {
    }

    /** Preformatted lines (commands to copy). */
    record Verbatim(String text) implements Block {
    }

    /** A table cell: inline text and the tone of a verdict. */
    record Cell(Text text, Tone tone) {

        public static Cell of(String plain) {
            return new Cell(Text.of(plain), Tone.NONE);
        }

        public static Cell of(Text text) {
            return new Cell(text, Tone.NONE);
        }

        public static Cell code(String code) {
            return new Cell(Text.code(code), Tone.NONE);
        }

        public static Cell verdict(String word, Tone tone) {
            return new Cell(Text.of(word), tone);
        }
    }
}
