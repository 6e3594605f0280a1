package io.decibench.plugin.profile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns samples into a {@link Breakdown}. Self time goes to the executing frame only, so self shares add up to 100%;
 * total time counts a module or method once per sample however often it recurs on that stack, so nothing is counted
 * twice (the seed summed cumulative times and got more than 100%).
 */
public final class ProfileAggregator {
    private final ModuleRules rules;
    private final int topMethods;

    /** @param topMethods how many methods (and allocated classes) the top lists keep */
    public ProfileAggregator(ModuleRules rules, int topMethods) {
        if (topMethods < 1) {
            throw new IllegalArgumentException("topMethods must be at least 1, was " + topMethods);
        }
        this.rules = rules;
        this.topMethods = topMethods;
    }

    public Breakdown aggregate(RecordedSamples recorded) {
        Map<String, long[]> moduleCounts = new LinkedHashMap<>(); // [self, total]
        rules.moduleNames().forEach(m -> moduleCounts.put(m, new long[2]));
        Map<String, Long> methodSelf = new HashMap<>();
        Map<String, Long> methodTotal = new HashMap<>();
        long truncated = 0;
        Set<String> seenModules = new HashSet<>();
        Set<String> seenMethods = new HashSet<>();
        for (StackSample s : recorded.stacks()) {
            if (s.truncated()) {
                truncated++;
            }
            moduleCounts.get(rules.moduleOf(s.top()))[0]++;
            methodSelf.merge(s.top(), 1L, Long::sum);
            seenModules.clear();
            seenMethods.clear();
            for (String frame : s.frames()) {
                if (seenMethods.add(frame)) {
                    methodTotal.merge(frame, 1L, Long::sum);
                }
                if (seenModules.add(rules.moduleOf(frame))) {
                    moduleCounts.get(rules.moduleOf(frame))[1]++;
                }
            }
        }
        long n = recorded.stacks().size();
        List<ModuleShare> modules = new ArrayList<>();
        moduleCounts.forEach((name, c) -> modules.add(new ModuleShare(name, c[0], percent(c[0], n), c[1], percent(c[1], n))));
        // Stable order: most self time first, then the rules' order (the map's order) for ties.
        modules.sort(Comparator.comparingLong(ModuleShare::selfSamples).reversed());
        return new Breakdown(n, truncated, modules, top(methodSelf, n), top(methodTotal, n),
                recorded.allocations().stream().mapToLong(AllocationSample::bytes).sum(),
                allocations(recorded.allocations()));
    }

    private List<MethodShare> top(Map<String, Long> counts, long n) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(topMethods)
                .map(e -> new MethodShare(e.getKey(), rules.moduleOf(e.getKey()), e.getValue(), percent(e.getValue(), n)))
                .toList();
    }

    private List<AllocationShare> allocations(List<AllocationSample> samples) {
        Map<String, Long> bytes = new HashMap<>();
        long sum = 0;
        for (AllocationSample a : samples) {
            bytes.merge(a.className(), a.bytes(), Long::sum);
            sum += a.bytes();
        }
        long all = sum;
        return bytes.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(topMethods)
                .map(e -> new AllocationShare(e.getKey(), e.getValue(), percent(e.getValue(), all)))
                .toList();
    }

    static double percent(long part, long whole) {
        return whole == 0 ? 0.0 : 100.0 * part / whole;
    }
}
