package io.decibench.kernel.bundle;

/**
 * What {@link BundleStore#ensure} did with a bundle.
 *
 * @param reason why an existing bundle was regenerated; empty otherwise
 */
public record EnsureOutcome(String bundle, Status status, String reason) {

    public enum Status {
        /** There was no bundle; it was generated. */
        GENERATED,
        /** The bundle matched its spec and its checksums verified; it was kept. */
        UP_TO_DATE,
        /** The bundle was corrupt, truncated or did not match its spec; it was generated again. */
        REGENERATED
    }

    @Override
    public String toString() {
        return status + " " + bundle + (reason.isEmpty() ? "" : " (" + reason + ")");
    }
}
