package io.decibench.plugin.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * The order in which forks run: rounds 1..runs, each scenario in turn, its modes in the order of a Williams design.
 * With k modes the design has 2k orders, taken in turn by the rounds: the k rows of a Williams square (row i starts
 * with mode i, then follows 0, 1, k-1, 2, k-2, ... shifted by i) each followed by its mirror image. Over 2k rounds
 * every mode runs in every position equally often and directly after every other mode equally often, so neither a
 * position effect (the first fork after a scenario change) nor a carry-over from one mode to the next favours a
 * mode; and every pair of rounds puts each mode at the same mean position, as ABC/CBA did for three modes.
 */
public final class ForkSchedule {

    /** The order name recorded in the results' settings. */
    public static final String ORDER = "williams";

    private ForkSchedule() {
    }

    public static List<ScheduledFork> williams(List<String> scenarios, List<String> modes, int runs) {
        return williams(scenarios, modes, runs, (scenario, mode) -> true, Slowdown.NONE);
    }

    /**
     * As {@link #williams(List, List, int)}, leaving out the cells a scenario does not implement ("n/a", the design
     * is then over that scenario's own modes) and marking the forks of slowed modes with their injected work.
     */
    public static List<ScheduledFork> williams(List<String> scenarios, List<String> modes, int runs,
                                               BiPredicate<String, String> supported, Slowdown slowdown) {
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be at least 1, was " + runs);
        }
        List<List<String>> modesOf = new ArrayList<>();
        int cells = 0;
        for (String scenario : scenarios) {
            List<String> own = modes.stream().filter(m -> supported.test(scenario, m)).toList();
            modesOf.add(own);
            cells += own.size();
        }
        int total = runs * cells;
        List<ScheduledFork> forks = new ArrayList<>(total);
        for (int round = 1; round <= runs; round++) {
            for (int s = 0; s < scenarios.size(); s++) {
                List<String> own = modesOf.get(s);
                int[] order = orders(own.size()).get((round - 1) % (2 * Math.max(1, own.size())));
                for (int position = 0; position < order.length; position++) {
                    String mode = own.get(order[position]);
                    forks.add(new ScheduledFork(forks.size() + 1, total, round, runs, position, scenarios.get(s),
                            mode, slowdown.of(mode)));
                }
            }
        }
        return List.copyOf(forks);
    }

    /** The 2k orders of k modes (indices): Williams square row i, its mirror, row i + 1, its mirror, ... */
    static List<int[]> orders(int k) {
        List<int[]> orders = new ArrayList<>(2 * k);
        if (k == 0) {
            orders.add(new int[0]);
            orders.add(new int[0]);
            return orders;
        }
        int[] first = new int[k];
        // 0, 1, k-1, 2, k-2, ...: consecutive differences 1, -2, 3, -4, ... hit every non-zero shift once mod k.
        for (int j = 0, lo = 0, hi = k; j < k; j++) {
            first[j] = j % 2 == 1 ? ++lo : j == 0 ? 0 : --hi;
        }
        for (int i = 0; i < k; i++) {
            int[] row = new int[k];
            int[] mirror = new int[k];
            for (int j = 0; j < k; j++) {
                row[j] = (first[j] + i) % k;
                mirror[k - 1 - j] = row[j];
            }
            orders.add(row);
            orders.add(mirror);
        }
        return orders;
    }
}
