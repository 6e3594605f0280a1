package io.decibench.plugin.view;

import java.util.ArrayList;
import java.util.List;

/**
 * A run of inline text whose parts are plain, code (a command, a file or mode name: monospace on the site, backticks
 * in Markdown and logs) or strong. Built from parts, never parsed from marked-up strings.
 */
public record Text(List<Span> spans) {

    /** How a span is set. */
    public enum Style { PLAIN, CODE, STRONG }

    /** One part of a text. */
    public record Span(String text, Style style) {
        public Span {
            text = text == null ? "" : text;
        }
    }

    public Text {
        spans = List.copyOf(spans);
    }

    /** Plain text. */
    public static Text of(String plain) {
        return new Text(List.of(new Span(plain, Style.PLAIN)));
    }

    /** A code span. */
    public static Text code(String code) {
        return new Text(List.of(new Span(code, Style.CODE)));
    }

    /** An empty text. */
    public static Text empty() {
        return new Text(List.of());
    }

    /** A builder: {@code Text.builder().plain("Run ").code("mvn verify").plain(".").build()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** This text followed by another. */
    public Text append(Text other) {
        List<Span> all = new ArrayList<>(spans);
        all.addAll(other.spans);
        return new Text(all);
    }

    /** The characters without any styling. */
    public String plain() {
        StringBuilder b = new StringBuilder();
        spans.forEach(s -> b.append(s.text()));
        return b.toString();
    }

    /** Whether there are no characters. */
    public boolean isEmpty() {
        return spans.stream().allMatch(s -> s.text().isEmpty());
    }

    /** Collects the spans of a text. */
    public static final class Builder {
        private final List<Span> spans = new ArrayList<>();

        public Builder plain(String text) {
            spans.add(new Span(text, Style.PLAIN));
            return this;
        }

        public Builder code(String text) {
            spans.add(new Span(text, Style.CODE));
            return this;
        }

        public Builder strong(String text) {
            spans.add(new Span(text, Style.STRONG));
            return this;
        }

        public Builder text(Text text) {
            spans.addAll(text.spans());
            return this;
        }

        /** Code spans for each name, separated by ", " (e.g. the scenarios an overall figure covers). */
        public Builder codes(List<String> names) {
            for (int i = 0; i < names.size(); i++) {
                if (i > 0) {
                    plain(", ");
                }
                code(names.get(i));
            }
            return this;
        }

        public Text build() {
            return new Text(spans);
        }
    }
}
