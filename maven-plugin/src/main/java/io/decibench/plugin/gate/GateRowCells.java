package io.decibench.plugin.gate;

import io.decibench.plugin.view.Block.Cell;
import io.decibench.plugin.view.Format;
import io.decibench.plugin.view.Text;
import java.util.List;

/**
 * The one adapter from a gate row to what every check view shows (log table, step summary, JUnit XML, site page):
 * the row's names, its figures formatted once, its verdict and note. When the gate's rows change, this is the one
 * place the views follow.
 */
public record GateRowCells(String scenario, String mode, String metric, String baseline, String current,
                           String change, Verdict verdict, String note) {

    /** The header of a regression table, in the order of {@link #cells()}. */
    public static final List<String> HEADER =
            List.of("scenario", "mode", "metric", "baseline", "current", "change [CI]", "verdict", "note");

    /** The figures of a row. */
    public static GateRowCells of(GateRow r) {
        return new GateRowCells(r.scenario(), r.mode(), r.metric(), value(r.baseline(), r.unit()),
                value(r.current(), r.unit()), Format.fractionWithInterval(r.change(), r.changeCiLow(),
                r.changeCiHigh()), r.verdict(), r.note());
    }

    /** The table cells, the verdict toned. */
    public List<Cell> cells() {
        return List.of(Cell.code(scenario), Cell.code(mode), Cell.of(metric), Cell.of(baseline), Cell.of(current),
                Cell.of(change), Cell.verdict(verdict == null ? Format.MISSING : verdict.name(),
                        verdict == null ? io.decibench.plugin.view.Tone.NONE : verdict.tone()),
                Cell.of(note == null ? "" : note));
    }

    /** One line naming the row and its figures, e.g. {@code daily decimal time: baseline 10.00 ms/op, ...}. */
    public String describe() {
        return scenario + " " + mode + " " + metric + ": baseline " + baseline + ", current " + current + ", change "
                + change + (note == null ? "" : " (" + note + ")");
    }

    /** The row as text: names in code. */
    public Text name() {
        return Text.builder().code(scenario).plain(" ").code(mode).plain(" " + metric).build();
    }

    /**
     * A baseline or current value: a time or size with its unit, a ratio with four decimals (no unit), whole bytes
     * for allocation.
     */
    static String value(Double v, String unit) {
        if (v == null) {
            return Format.MISSING;
        }
        if (unit == null) {
            return Format.ratio(v);
        }
        return RegressionGate.ALLOC_UNIT.equals(unit) ? Format.count(Math.round(v)) + " " + unit : Format.time(v, unit);
    }
}
