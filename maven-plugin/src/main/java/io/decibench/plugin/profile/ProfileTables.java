package io.decibench.plugin.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The tables of a profile and of a comparison, built once and drawn for the build log ({@link TextTable#plainLines()})
 * or the Markdown files ({@link TextTable#markdownLines()}).
 */
public final class ProfileTables {

    private ProfileTables() {
    }

    /** What the build log shows for one profile: the module table and the top methods by self time. */
    public static List<String> consoleLines(Profile p, int methods) {
        List<String> lines = new ArrayList<>();
        lines.add(p.cell() + ": " + p.breakdown().samples() + " samples in " + p.durationSeconds() + " s");
        lines.addAll(modules(p.breakdown()).plainLines());
        lines.add("");
        lines.add("Top methods by self time:");
        lines.addAll(methods(p.breakdown().topSelf(), methods).plainLines());
        return lines;
    }

    public static TextTable modules(Breakdown b) {
        return new TextTable(List.of("module", "self %", "total %", "self samples"),
                b.modules().stream().map(m -> List.of(m.module(), pct(m.selfPercent()), pct(m.totalPercent()),
                        Long.toString(m.selfSamples()))).toList());
    }

    public static TextTable methods(List<MethodShare> methods, int limit) {
        return new TextTable(List.of("method", "module", "%", "samples"),
                methods.stream().limit(limit).map(m -> List.of(m.method(), m.module(), pct(m.percent()),
                        Long.toString(m.samples()))).toList());
    }

    public static TextTable allocations(List<AllocationShare> allocations, int limit) {
        return new TextTable(List.of("class", "bytes", "%"),
                allocations.stream().limit(limit).map(a -> List.of(a.className(), bytes(a.bytes()),
                        pct(a.percent()))).toList());
    }

    public static TextTable moduleChanges(CellComparison c) {
        return new TextTable(List.of("module", "self before", "self after", "change", "total before", "total after",
                "change "),
                c.modules().stream().map(m -> List.of(m.module(), pct(m.beforeSelfPercent()),
                        pct(m.afterSelfPercent()), pp(m.selfChange()), pct(m.beforeTotalPercent()),
                        pct(m.afterTotalPercent()), pp(m.totalChange()))).toList());
    }

    public static TextTable methodChanges(List<MethodChange> changes) {
        return new TextTable(List.of("method", "module", "self before", "self after", "change"),
                changes.stream().map(m -> List.of(m.method(), m.module(), pct(m.beforePercent()),
                        pct(m.afterPercent()), pp(m.change()))).toList());
    }

    static String pct(double percent) {
        return String.format(Locale.ROOT, "%.1f%%", percent);
    }

    static String pp(double points) {
        return String.format(Locale.ROOT, "%+.1f pp", points);
    }

    /** Binary units: a reader compares orders of magnitude, the JSON keeps the exact count. */
    static String bytes(long bytes) {
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB"};
        double v = bytes;
        int u = 0;
        while (Math.abs(v) >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return u == 0 ? bytes + " B" : String.format(Locale.ROOT, "%.1f %s", v, units[u]);
    }
}
