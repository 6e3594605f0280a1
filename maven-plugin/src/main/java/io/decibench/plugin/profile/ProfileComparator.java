package io.decibench.plugin.profile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares two {@link ProfileSet}s: for every scenario x mode profiled under both labels, each module's share change
 * and the methods that gained and lost the most self time. Shares, not sample counts, are compared, so profiles of
 * different lengths compare fairly.
 */
public final class ProfileComparator {
    private final int topMethods;

    /** @param topMethods how many gainers and how many losers each cell keeps */
    public ProfileComparator(int topMethods) {
        if (topMethods < 1) {
            throw new IllegalArgumentException("topMethods must be at least 1, was " + topMethods);
        }
        this.topMethods = topMethods;
    }

    public ProfileComparison compare(ProfileSet before, ProfileSet after, String createdAt) {
        List<CellComparison> cells = new ArrayList<>();
        List<String> unmatched = new ArrayList<>();
        for (Profile b : before.profiles()) {
            after.profile(b.scenario(), b.mode()).ifPresentOrElse(
                    a -> cells.add(compare(b, a)),
                    () -> unmatched.add(b.cell() + ": only in " + before.label()));
        }
        for (Profile a : after.profiles()) {
            if (before.profile(a.scenario(), a.mode()).isEmpty()) {
                unmatched.add(a.cell() + ": only in " + after.label());
            }
        }
        return new ProfileComparison(ProfileComparison.SCHEMA_VERSION, before.label(), after.label(), createdAt,
                cells, unmatched);
    }

    CellComparison compare(Profile before, Profile after) {
        Breakdown b = before.breakdown();
        Breakdown a = after.breakdown();
        Set<String> moduleNames = new LinkedHashSet<>();
        b.modules().forEach(m -> moduleNames.add(m.module()));
        a.modules().forEach(m -> moduleNames.add(m.module()));
        List<ModuleChange> modules = new ArrayList<>();
        for (String name : moduleNames) {
            ModuleShare mb = b.module(name).orElse(new ModuleShare(name, 0, 0, 0, 0));
            ModuleShare ma = a.module(name).orElse(new ModuleShare(name, 0, 0, 0, 0));
            modules.add(new ModuleChange(name, mb.selfPercent(), ma.selfPercent(), ma.selfPercent() - mb.selfPercent(),
                    mb.totalPercent(), ma.totalPercent(), ma.totalPercent() - mb.totalPercent()));
        }
        // Biggest movers first, so the table opens with what changed.
        modules.sort(Comparator.comparingDouble((ModuleChange m) -> Math.abs(m.selfChange())).reversed());

        Map<String, MethodShare> beforeMethods = byMethod(b.topSelf());
        Map<String, MethodShare> afterMethods = byMethod(a.topSelf());
        Set<String> methods = new LinkedHashSet<>(beforeMethods.keySet());
        methods.addAll(afterMethods.keySet());
        List<MethodChange> changes = new ArrayList<>();
        for (String m : methods) {
            MethodShare mb = beforeMethods.get(m);
            MethodShare ma = afterMethods.get(m);
            double pb = mb == null ? 0 : mb.percent();
            double pa = ma == null ? 0 : ma.percent();
            changes.add(new MethodChange(m, (ma != null ? ma : mb).module(), pb, pa, pa - pb));
        }
        List<MethodChange> gained = changes.stream().filter(c -> c.change() > 0)
                .sorted(Comparator.comparingDouble(MethodChange::change).reversed()
                        .thenComparing(MethodChange::method))
                .limit(topMethods).toList();
        List<MethodChange> lost = changes.stream().filter(c -> c.change() < 0)
                .sorted(Comparator.comparingDouble(MethodChange::change).thenComparing(MethodChange::method))
                .limit(topMethods).toList();
        return new CellComparison(before.scenario(), before.mode(), b.samples(), a.samples(), modules, gained, lost);
    }

    private static Map<String, MethodShare> byMethod(List<MethodShare> shares) {
        Map<String, MethodShare> map = new LinkedHashMap<>();
        shares.forEach(s -> map.put(s.method(), s));
        return map;
    }
}
