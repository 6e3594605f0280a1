package io.decibench.plugin.gate;

import java.util.List;

/**
 * How the forks of one machine scatter, on the log scale: per scenario x mode its level, its fork-to-fork noise and its
 * own session offset, plus the offset every cell of a session shares (the machine's speed on that occasion) and the
 * drift every mode of a scenario shares within one round. {@link GateSimulator} draws whole runs from it;
 * {@code calibrate} measures it.
 *
 * @param machineSessionSd sd of the offset shared by every cell of a session (cancels in a ratio)
 * @param roundSd          sd of the drift shared by the modes of one scenario within one round (cancels in a ratio)
 */
public record NoiseModel(List<Cell> cells, double machineSessionSd, double roundSd) {

    /**
     * One scenario x mode.
     *
     * @param level     its typical time per operation (ms)
     * @param forkSd    sd of one fork's log value around its session's level
     * @param sessionSd sd of the cell's own session offset (beyond the machine's)
     */
    public record Cell(String scenario, String mode, double level, double forkSd, double sessionSd) {
    }

    public NoiseModel {
        cells = List.copyOf(cells);
    }

    /** The scenarios, in the order of their first cell. */
    public List<String> scenarios() {
        return cells.stream().map(Cell::scenario).distinct().toList();
    }

    /** The modes, in the order of their first cell. */
    public List<String> modes() {
        return cells.stream().map(Cell::mode).distinct().toList();
    }
}
