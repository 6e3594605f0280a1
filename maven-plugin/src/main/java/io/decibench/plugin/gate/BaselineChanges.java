package io.decibench.plugin.gate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Describes what a new baselines file changes against the previous one, one line per scenario x mode, in the values
 * {@code check} shows (geometric means of the samples).
 */
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
                parts.add("overhead ratio " + transition(value(o.ratioSamples()), value(row.ratioSamples()), null));
            }
            parts.add("time " + transition(value(o.timeSamples()), value(row.timeSamples()), row.unit()));
            if (row.allocBytesPerOp() != null || o.allocBytesPerOp() != null) {
                parts.add("alloc " + transition(o.allocBytesPerOp(), row.allocBytesPerOp(), RegressionGate.ALLOC_UNIT));
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
            parts.add("overhead ratio " + GateFormat.value(value(row.ratioSamples()), null));
        }
        parts.add("time " + GateFormat.value(value(row.timeSamples()), row.unit()));
        if (row.allocBytesPerOp() != null) {
            parts.add("alloc " + GateFormat.value(row.allocBytesPerOp(), RegressionGate.ALLOC_UNIT));
        }
        return parts;
    }

    /** The value check compares: the geometric mean of the samples (see ChangeEstimator); null without samples. */
    private static Double value(List<Double> samples) {
        double g = ChangeEstimator.geometricMean(samples);
        return Double.isNaN(g) ? null : g;
    }

    private static String transition(Double from, Double to, String unit) {
        String text = GateFormat.value(from, unit) + " -> " + GateFormat.value(to, unit);
        if (from != null && to != null && from > 0) {
            text += " (" + GateFormat.signedPercent(to / from - 1) + ")";
        }
        return text;
    }
}
