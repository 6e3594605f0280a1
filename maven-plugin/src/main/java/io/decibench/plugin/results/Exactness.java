package io.decibench.plugin.results;

import java.util.List;
import java.util.Optional;

/**
 * How the modes of one scenario agree, from one plain run per mode: the exact modes must agree bit for bit (claimed
 * only when at least two ran, naming those compared); each binary-float mode is compared with the exact
 * {@code reference}: its decision flips and its drift. See the site's "Results format" page.
 *
 * @param reference          the exact mode every other mode is compared with; null when no exact mode ran
 * @param exactModesCompared the exact modes whose results were compared with each other
 * @param exactModesAgree    whether they agree bit for bit; null when fewer than two exact modes ran
 * @param modes              one entry per mode that ran, in run order
 */
public record Exactness(String scenario, String reference, List<String> exactModesCompared, Boolean exactModesAgree,
                        List<ModeExactness> modes) {

    public Exactness {
        exactModesCompared = exactModesCompared == null ? List.of() : List.copyOf(exactModesCompared);
        modes = modes == null ? List.of() : List.copyOf(modes);
    }

    /** The entry of one mode. */
    public Optional<ModeExactness> mode(String mode) {
        return modes.stream().filter(m -> m.mode().equals(mode)).findFirst();
    }
}
