package io.decibench.plugin.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The order in which forks run: rounds 1..runs, each scenario in turn, its modes ABC on odd rounds and CBA on even
 * rounds. Interleaving spreads slow machine drift over every mode, and reversing the order cancels the first-fork /
 * last-fork position effect in pairs of rounds.
 */
public final class ForkSchedule {

    private ForkSchedule() {
    }

    public static List<ScheduledFork> counterbalanced(List<String> scenarios, List<String> modes, int runs) {
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be at least 1, was " + runs);
        }
        int total = runs * scenarios.size() * modes.size();
        List<ScheduledFork> forks = new ArrayList<>(total);
        for (int round = 1; round <= runs; round++) {
            for (String scenario : scenarios) {
                List<String> order = new ArrayList<>(modes);
                if (round % 2 == 0) {
                    Collections.reverse(order);
                }
                for (int position = 0; position < order.size(); position++) {
                    forks.add(new ScheduledFork(forks.size() + 1, total, round, runs, position, scenario,
                            order.get(position)));
                }
            }
        }
        return List.copyOf(forks);
    }
}
