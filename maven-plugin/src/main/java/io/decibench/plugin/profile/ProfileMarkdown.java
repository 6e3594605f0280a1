package io.decibench.plugin.profile;

import java.util.ArrayList;
import java.util.List;

/** Renders {@code profile.md} (a label's profiles) and {@code compare.md} (a comparison) from the same tables the log prints. */
public final class ProfileMarkdown {
    /** Rows of the method and allocation tables in the Markdown (the JSON keeps more). */
    static final int ROWS = 15;

    private ProfileMarkdown() {
    }

    public static String render(ProfileSet set) {
        List<String> out = new ArrayList<>();
        out.add("# Profile `" + set.label() + "`");
        out.add("");
        out.add("Recorded " + set.createdAt() + " on " + set.jdk() + " with Java Flight Recorder (settings=profile)."
                + " Self % counts the samples whose executing frame is in a module (the modules add up to 100%);"
                + " total % counts the samples with the module anywhere on the stack, once per sample.");
        for (Profile p : set.profiles()) {
            Breakdown b = p.breakdown();
            out.add("");
            out.add("## " + p.cell());
            out.add("");
            out.add(b.samples() + " execution samples over " + p.durationSeconds() + " s after " + p.warmupSeconds()
                    + " s of warm-up; recording `" + p.recording() + "`."
                    + (b.truncatedSamples() > 0 ? " " + b.truncatedSamples()
                    + " stacks were truncated by the recorder's depth limit." : ""));
            section(out, "Modules", ProfileTables.modules(b));
            section(out, "Top methods by self time", ProfileTables.methods(b.topSelf(), ROWS));
            section(out, "Top methods by total time", ProfileTables.methods(b.topTotal(), ROWS));
            if (b.allocations().isEmpty()) {
                out.add("");
                out.add("### Allocation by class");
                out.add("");
                out.add("No allocation samples were recorded.");
            } else {
                section(out, "Allocation by class (" + ProfileTables.bytes(b.allocatedBytes()) + " sampled)",
                        ProfileTables.allocations(b.allocations(), ROWS));
            }
        }
        return String.join("\n", out) + "\n";
    }

    public static String render(ProfileComparison c) {
        List<String> out = new ArrayList<>();
        out.add("# Profile comparison: `" + c.before() + "` vs `" + c.after() + "`");
        out.add("");
        out.add("Shares are percentages of each profile's own samples, changes are in percentage points (pp),"
                + " so profiles of different lengths compare fairly.");
        for (CellComparison cell : c.cells()) {
            out.add("");
            out.add("## " + cell.scenario() + " / " + cell.mode());
            out.add("");
            out.add(cell.beforeSamples() + " samples before, " + cell.afterSamples() + " after.");
            section(out, "Modules", ProfileTables.moduleChanges(cell));
            methodSection(out, "Methods that gained self time", cell.gained());
            methodSection(out, "Methods that lost self time", cell.lost());
        }
        if (!c.unmatched().isEmpty()) {
            out.add("");
            out.add("## Not compared");
            out.add("");
            c.unmatched().forEach(u -> out.add("- " + u));
        }
        return String.join("\n", out) + "\n";
    }

    private static void methodSection(List<String> out, String title, List<MethodChange> changes) {
        if (changes.isEmpty()) {
            out.add("");
            out.add("### " + title);
            out.add("");
            out.add("None.");
        } else {
            section(out, title, ProfileTables.methodChanges(changes));
        }
    }

    private static void section(List<String> out, String title, TextTable table) {
        out.add("");
        out.add("### " + title);
        out.add("");
        out.addAll(table.markdownLines());
    }
}
