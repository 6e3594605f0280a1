package io.decibench.plugin.gate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Describes what a new baselines file changes against the previous one, one line per scenario x mode. */
public final class BaselineChanges {

    private BaselineChanges() {
    }

    /** Lines such as {@code daily decimal: overhead ratio 1.4000 -> 1.3800 (-1.4%), time 10.2 -> 10.1 ms/op}. */
    public static List<String> describe(Optional<Baselines> previous, Baselines next) {
        List<String> lines = new ArrayList<>();
        for (BaselineRow row : next.rows()) {
            Optional<BaselineRow> old = previous.flatMap(p -> p.row(row.scenario(), row.mode()));
            String name = row.scenario() + " " + row.mode() + ": ";
            if (old.isEmpty()) {
                lines.add(name + "new (" + String.join(", ", values(row)) + ")");
                continue;
            }
            BaselineRow o = old.get();
            List<String> parts = new ArrayList<>();
            if (row.overheadRatio() != null || o.overheadRatio() != null) {
                parts.add("overhead ratio " + transition(o.overheadRatio(), row.overheadRatio(), null));
            }
            parts.add("time " + transition(o.timeMean(), row.timeMean(), row.unit()));
            if (row.allocBytesPerOp() != null || o.allocBytesPerOp() != null) {
                parts.add("alloc " + transition(o.allocBytesPerOp(), row.allocBytesPerOp(), "B/op"));
            }
            lines.add(name + String.join(", ", parts));
        }
        previous.ifPresent(p -> p.rows().stream()
                .filter(o -> next.row(o.scenario(), o.mode()).isEmpty())
                .forEach(o -> lines.add(o.scenario() + " " + o.mode() + ": removed (not in the latest results)")));
        return lines;
    }

    private static List<String> values(BaselineRow row) {
        List<String> parts = new ArrayList<>();
        if (row.overheadRatio() != null) {
            parts.add("overhead ratio " + format(row.overheadRatio(), null));
        }
        parts.add("time " + format(row.timeMean(), row.unit()));
        if (row.allocBytesPerOp() != null) {
            parts.add("alloc " + format(row.allocBytesPerOp(), "B/op"));
        }
        return parts;
    }

    private static String transition(Double from, Double to, String unit) {
        String text = format(from, unit) + " -> " + format(to, unit);
        if (from != null && to != null && from > 0) {
            text += String.format(Locale.ROOT, " (%+.1f%%)", (to / from - 1) * 100);
        }
        return text;
    }

    private static String format(Double v, String unit) {
        if (v == null) {
            return "-";
        }
        return unit == null ? String.format(Locale.ROOT, "%.4f", v) : String.format(Locale.ROOT, "%.4g %s", v, unit);
    }
}
