package io.decibench.plugin.bench;

import io.decibench.plugin.results.DecisionFlip;
import io.decibench.plugin.results.Exactness;
import io.decibench.plugin.results.ModeExactness;
import io.decibench.plugin.results.ModeInfo;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Compares the plain runs of one scenario (see the site's "Results format" page): the exact modes must agree bit for
 * bit with each other — claimed only when two or more ran; each binary-float mode is compared with the exact
 * reference, its decisions (target transitions) apart from its rounding drift. A decision flip is a bar at which
 * the mode's standing target departs from the reference's; the rounding drift is the drift over the sessions before
 * the first flip, where both ledgers still hold the same positions, and it must stay within 1e-6 relative.
 */
public final class ExactnessComparison {

    /** Relative tolerance a binary-float ledger must meet where its decisions match the exact one's. */
    public static final BigDecimal TOLERANCE = new BigDecimal("1e-6");

    /** How many flips are listed (all are counted). */
    public static final int LISTED_FLIPS = 5;

    private ExactnessComparison() {
    }

    /**
     * @param runs   the scenario's runs, one per mode, in run order
     * @param modes  what each mode is (exact or not)
     * @param layout the scenario's bundle (symbols, sessions), or null when unknown: flips are then located by
     *               asset index and bar only, and the rounding drift is known only when nothing flipped
     */
    public static Exactness of(String scenario, List<ProbeRun> runs, Function<String, ModeInfo> modes,
                               BundleLayout layout) {
        List<ProbeRun> own = runs.stream().filter(r -> r.scenario().equals(scenario)).toList();
        List<ProbeRun> exact = own.stream().filter(r -> modes.apply(r.mode()).exact()).toList();
        ProbeRun reference = exact.stream().filter(r -> r.decisions() != null).findFirst()
                .orElse(exact.isEmpty() ? null : exact.get(0));
        List<String> compared = exact.size() < 2 ? List.of() : exact.stream().map(ProbeRun::mode).toList();
        Boolean agree = exact.size() < 2 ? null : exact.stream().allMatch(r -> sameLedger(r, reference));

        List<ModeExactness> entries = new ArrayList<>();
        for (ProbeRun r : own) {
            boolean isExact = modes.apply(r.mode()).exact();
            if (isExact || reference == null) {
                Boolean matches = !isExact || r == reference ? null : sameLedger(r, reference);
                entries.add(entry(r, isExact, matches, null, null, null, null, null, List.of()));
            } else {
                entries.add(binaryFloat(r, reference, layout));
            }
        }
        return new Exactness(scenario, reference == null ? null : reference.mode(), compared, agree, entries);
    }

    private static ModeExactness binaryFloat(ProbeRun r, ProbeRun ref, BundleLayout layout) {
        String driftFinal = plain(r.finalValue().subtract(ref.finalValue()).abs());
        boolean sessions = !r.sessionValues().isEmpty() && r.sessionValues().size() == ref.sessionValues().size();
        String driftMax = sessions ? plain(maxDrift(r.sessionValues(), ref.sessionValues(), r.sessionValues().size()))
                : null;
        List<DecisionFlip> flips = null;
        int firstFlipBar = Integer.MAX_VALUE;
        if (r.decisions() != null && ref.decisions() != null) {
            List<Flip> all = flips(r.decisions(), ref.decisions());
            all.sort(Comparator.comparingInt(Flip::bar).thenComparingInt(Flip::asset));
            flips = new ArrayList<>();
            for (Flip f : all) {
                LocalDate session = layout == null ? null : layout.session(f.bar());
                flips.add(new DecisionFlip(layout == null ? "asset " + f.asset() : layout.symbol(f.asset()), f.bar(),
                        session == null ? null : session.toString(), f.target(), f.referenceTarget()));
            }
            firstFlipBar = all.isEmpty() ? Integer.MAX_VALUE : all.get(0).bar();
        }
        // Sessions before the first flip's session: both ledgers still hold the same positions there.
        Integer matchedSessions = null;
        if (sessions && flips != null) {
            if (flips.isEmpty()) {
                matchedSessions = r.sessionValues().size();
            } else if (layout != null) {
                matchedSessions = Math.max(0, layout.sessionIndex(firstFlipBar));
            }
        }
        String rounding = matchedSessions == null || matchedSessions == 0 ? null
                : plain(maxDrift(r.sessionValues(), ref.sessionValues(), matchedSessions));
        Boolean within;
        if (flips == null) {
            // Without decision traces only the final values can be compared.
            within = withinTolerance(r.finalValue(), ref.finalValue());
        } else if (matchedSessions == null || matchedSessions == 0) {
            within = null;
        } else {
            within = true;
            for (int i = 0; i < matchedSessions; i++) {
                within &= withinTolerance(r.sessionValues().get(i), ref.sessionValues().get(i));
            }
        }
        return entry(r, false, null, driftFinal, driftMax, rounding, within,
                flips == null ? null : flips.size(),
                flips == null ? List.of() : flips.subList(0, Math.min(LISTED_FLIPS, flips.size())));
    }

    private static ModeExactness entry(ProbeRun r, boolean exact, Boolean matches, String driftFinal, String driftMax,
                                       String rounding, Boolean within, Integer flipCount, List<DecisionFlip> flips) {
        return new ModeExactness(r.mode(), exact, plain(r.finalValue()), r.sessionValuesSha256(), r.trades(),
                r.sharesFilled(), plain(r.commissions()), matches, driftFinal, driftMax, rounding, within, flipCount,
                flips);
    }

    /** Whether two runs reported the same ledger: every number, the session values, (if both have them) decisions. */
    private static boolean sameLedger(ProbeRun a, ProbeRun b) {
        return a.finalValue().compareTo(b.finalValue()) == 0
                && Objects.equals(a.sessionValuesSha256(), b.sessionValuesSha256())
                && bothOrEqual(a.trades(), b.trades()) && bothOrEqual(a.sharesFilled(), b.sharesFilled())
                && (a.commissions() == null || b.commissions() == null
                || a.commissions().compareTo(b.commissions()) == 0)
                && (a.decisions() == null || b.decisions() == null || a.decisions().equals(b.decisions()));
    }

    private static boolean bothOrEqual(Long a, Long b) {
        return a == null || b == null || a.equals(b);
    }

    private static boolean withinTolerance(BigDecimal value, BigDecimal exact) {
        BigDecimal drift = value.subtract(exact).abs();
        if (exact.signum() == 0) {
            return drift.signum() == 0;
        }
        return drift.divide(exact.abs(), MathContext.DECIMAL64).compareTo(TOLERANCE) <= 0;
    }

    private static BigDecimal maxDrift(List<BigDecimal> values, List<BigDecimal> exact, int sessions) {
        BigDecimal max = BigDecimal.ZERO;
        for (int i = 0; i < sessions; i++) {
            max = max.max(values.get(i).subtract(exact.get(i)).abs());
        }
        return max;
    }

    private record Flip(int asset, int bar, long target, long referenceTarget) {
    }

    /** The bars at which the standing targets of the two traces go from equal to different, per asset. */
    static List<Flip> flips(List<Decision> mode, List<Decision> reference) {
        Map<Integer, TreeMap<Integer, Long>> a = byAsset(mode);
        Map<Integer, TreeMap<Integer, Long>> b = byAsset(reference);
        TreeMap<Integer, Boolean> assets = new TreeMap<>();
        a.keySet().forEach(k -> assets.put(k, true));
        b.keySet().forEach(k -> assets.put(k, true));
        List<Flip> out = new ArrayList<>();
        for (int asset : assets.keySet()) {
            TreeMap<Integer, Long> ma = a.getOrDefault(asset, new TreeMap<>());
            TreeMap<Integer, Long> mb = b.getOrDefault(asset, new TreeMap<>());
            TreeMap<Integer, Boolean> bars = new TreeMap<>();
            ma.keySet().forEach(k -> bars.put(k, true));
            mb.keySet().forEach(k -> bars.put(k, true));
            long cur = 0;
            long ref = 0;
            for (int bar : bars.keySet()) {
                boolean wasEqual = cur == ref;
                cur = ma.getOrDefault(bar, cur);
                ref = mb.getOrDefault(bar, ref);
                if (wasEqual && cur != ref) {
                    out.add(new Flip(asset, bar, cur, ref));
                }
            }
        }
        return out;
    }

    /** asset -> bar -> the target set at that bar (the last transition wins if a trace repeats a bar). */
    private static Map<Integer, TreeMap<Integer, Long>> byAsset(List<Decision> decisions) {
        Map<Integer, TreeMap<Integer, Long>> m = new TreeMap<>();
        for (Decision d : decisions) {
            m.computeIfAbsent(d.asset(), k -> new TreeMap<>()).put(d.bar(), d.target());
        }
        return m;
    }

    private static String plain(BigDecimal v) {
        return v == null ? null : v.toPlainString();
    }
}
