package io.decibench.plugin.profile;

import java.util.List;

/**
 * Two profile sets compared cell by cell ({@code profiles/compare-<before>-vs-<after>/compare.json}).
 *
 * @param unmatched cells profiled under only one of the labels, e.g. {@code "hourly / decimal: only in before"}
 */
public record ProfileComparison(int schemaVersion, String before, String after, String createdAt,
                                List<CellComparison> cells, List<String> unmatched) {
    public static final int SCHEMA_VERSION = 1;

    public ProfileComparison {
        cells = List.copyOf(cells);
        unmatched = List.copyOf(unmatched);
    }
}
