package io.decibench.kernel.bundle;

import java.nio.file.Path;

/**
 * What is wrong with a bundle on disk, without the fix: {@link BundleStore#ensure} turns it into the reason it
 * regenerates, {@link BundleStore#open} into a {@link BundleException} that adds the command that fixes it.
 */
final class BundleDefect extends Exception {
    private final transient Path file;

    BundleDefect(String what, Path file) {
        super(what);
        this.file = file;
    }

    BundleDefect(String what, Path file, Throwable cause) {
        super(what, cause);
        this.file = file;
    }

    Path file() {
        return file;
    }
}
