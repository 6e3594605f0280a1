package io.decibench.plugin.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * The order in which forks run: rounds 1..runs, each scenario in turn, its modes ABC on odd rounds and CBA on even
 * rounds. Interleaving spreads slow machine drift over every mode, and reversing the order cancels the first-fork /
 * last-fork position effect in pairs of rounds.
 */
public final class ForkSchedule {

    private ForkSchedule() {
    }

    public static List<ScheduledFork> counterbalanced(List<String> scenarios, List<String> modes, int runs) {
        return counterbalanced(scenarios, modes, runs, (scenario, mode) -> true);
    }

    /**
     * As {@link #counterbalanced(List, List, int)}, leaving out the cells a scenario does not implement ("n/a"); the
     * remaining modes keep their ABC / CBA order.
     */
    public static List<ScheduledFork> counterbalanced(List<String> scenarios, List<String> modes, int runs,
                                                      BiPredicate<String, String> supported) {
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be at least 1, was " + runs);
        }
        int cells = 0;
        for (String scenario : scenarios) {
            cells += (int) modes.stream().filter(m -> supported.test(scenario, m)).count();
        }
        int total = runs * cells;
        List<ScheduledFork> forks = new ArrayList<>(total);
        for (int round = 1; round <= runs; round++) {
            for (String scenario : scenarios) {
                List<String> order = new ArrayList<>(modes.stream().filter(m -> supported.test(scenario, m)).toList());
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
