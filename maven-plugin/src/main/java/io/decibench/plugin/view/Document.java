package io.decibench.plugin.view;

import io.decibench.plugin.view.Block.Cell;
import io.decibench.plugin.view.Block.Figure;
import io.decibench.plugin.view.Block.ItemList;
import io.decibench.plugin.view.Block.Paragraph;
import io.decibench.plugin.view.Block.Section;
import io.decibench.plugin.view.Block.Table;
import io.decibench.plugin.view.Block.Verbatim;
import java.util.ArrayList;
import java.util.List;

/**
 * A titled document of blocks, built once from the results model and rendered to every output format
 * ({@link MarkdownRenderer}, {@link PlainTextRenderer}, {@link SinkRenderer}).
 */
public record Document(String title, List<Block> blocks) {

    public Document {
        blocks = List.copyOf(blocks);
    }

    /** Collects the blocks of a document or section in order. */
    public static final class Builder {
        private final List<Block> blocks = new ArrayList<>();

        public Builder paragraph(Text text) {
            blocks.add(new Paragraph(text));
            return this;
        }

        public Builder paragraph(String plain) {
            return paragraph(Text.of(plain));
        }

        public Builder table(Table table) {
            blocks.add(table);
            return this;
        }

        public Builder list(List<Text> items) {
            if (!items.isEmpty()) {
                blocks.add(new ItemList(items));
            }
            return this;
        }

        public Builder figure(String name, String svg, Text caption) {
            blocks.add(new Figure(name, svg, caption));
            return this;
        }

        public Builder verbatim(String text) {
            blocks.add(new Verbatim(text));
            return this;
        }

        public Builder section(String id, String title, Builder content) {
            blocks.add(new Section(id, title, content.blocks));
            return this;
        }

        public Builder add(Block block) {
            blocks.add(block);
            return this;
        }

        public List<Block> blocks() {
            return List.copyOf(blocks);
        }

        public Document build(String title) {
            return new Document(title, blocks);
        }
    }

    /** A new block builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the rows of a table. */
    public static final class TableBuilder {
        private final List<String> header;
        private final List<List<Cell>> rows = new ArrayList<>();

        public TableBuilder(String... header) {
            this.header = List.of(header);
        }

        public TableBuilder(List<String> header) {
            this.header = List.copyOf(header);
        }

        public TableBuilder row(Cell... cells) {
            rows.add(List.of(cells));
            return this;
        }

        public TableBuilder row(List<Cell> cells) {
            rows.add(List.copyOf(cells));
            return this;
        }

        /** A row of plain cells. */
        public TableBuilder row(String... cells) {
            List<Cell> row = new ArrayList<>();
            for (String c : cells) {
                row.add(Cell.of(c));
            }
            rows.add(row);
            return this;
        }

        public boolean isEmpty() {
            return rows.isEmpty();
        }

        public Table build() {
            return new Table(header, rows);
        }
    }
}
