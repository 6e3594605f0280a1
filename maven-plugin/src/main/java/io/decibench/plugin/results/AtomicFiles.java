package io.decibench.plugin.results;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Replaces files atomically: the content goes to a temp file in the target's folder, is forced to disk and then
 * renamed over the target, so a reader (or a crash) sees the old file or the new one, never a half-written one.
 * A {@link Batch} stages several files before renaming any, so a run that cannot write them all (a full disk)
 * changes none. Temp files a crashed writer left behind are removed by the next write of the same target.
 */
public final class AtomicFiles {

    /** A temp file older than this was left by a writer that died: no write takes that long. */
    static final Duration STALE_AFTER = Duration.ofMinutes(10);

    private static final String TEMP_SUFFIX = ".tmp";

    /** Writes the whole content of a file to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /** Atomically replaces (or creates) {@code target} with {@code bytes}, creating missing parent folders. */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    /**
     * Atomically replaces (or creates) {@code target} with what {@code content} writes. If {@code content}
     * throws, the target is untouched and the temp file is removed.
     */
    public static void write(Path target, Content content) throws IOException {
        try (Batch batch = new Batch()) {
            batch.stage(target, content);
            batch.commit();
        }
    }

    /**
     * Files written together: {@link #stage} writes each to its temp file (forced to disk), {@link #commit} renames
     * them all. If staging fails, {@link #close} removes the temp files and no target has changed.
     */
    public static final class Batch implements AutoCloseable {
        private final Map<Path, Path> staged = new LinkedHashMap<>();
        private boolean committed;

        /** Writes {@code content} to a temp file beside {@code target}; the target is unchanged until commit. */
        public void stage(Path target, Content content) throws IOException {
            Path absolute = target.toAbsolutePath();
            Path dir = absolute.getParent();
            Files.createDirectories(dir);
            removeStaleTemps(absolute);
            // Same folder as the target: a rename across file systems would not be atomic.
            Path temp = Files.createTempFile(dir, tempPrefix(absolute), TEMP_SUFFIX);
            staged.put(absolute, temp);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
                 OutputStream out = Channels.newOutputStream(channel)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            keepPermissions(temp, absolute);
        }

        /** Renames every staged file over its target, in staging order. */
        public void commit() throws IOException {
            for (Map.Entry<Path, Path> e : staged.entrySet()) {
                try {
                    Files.move(e.getValue(), e.getKey(), StandardCopyOption.ATOMIC_MOVE,
                            StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException notAtomic) {
                    Files.move(e.getValue(), e.getKey(), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            committed = true;
        }

        /** Removes the temp files of an uncommitted batch. */
        @Override
        public void close() throws IOException {
            if (committed) {
                return;
            }
            IOException first = null;
            for (Path temp : staged.values()) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    first = first == null ? e : first;
                }
            }
            if (first != null) {
                throw first;
            }
        }
    }

    private static String tempPrefix(Path target) {
        return "." + target.getFileName();
    }

    /**
     * Deletes temp files of {@code target} that a crashed writer left (older than {@link #STALE_AFTER}); a younger
     * one may belong to a build writing right now and stays.
     */
    static List<Path> removeStaleTemps(Path target) {
        List<Path> removed = new ArrayList<>();
        Instant cutoff = Instant.now().minus(STALE_AFTER);
        String prefix = tempPrefix(target);
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(target.getParent(),
                p -> {
                    String n = p.getFileName().toString();
                    return n.startsWith(prefix) && n.endsWith(TEMP_SUFFIX) && n.length() > prefix.length()
                            + TEMP_SUFFIX.length() && n.substring(prefix.length(), n.length() - TEMP_SUFFIX.length())
                            .chars().allMatch(Character::isDigit);
                })) {
            for (Path temp : temps) {
                FileTime modified = Files.getLastModifiedTime(temp);
                if (modified.toInstant().isBefore(cutoff) && Files.deleteIfExists(temp)) {
                    removed.add(temp);
                }
            }
        } catch (IOException e) {
            // Best effort: a leftover temp file is hidden and harmless, and the write itself may still succeed.
        }
        return removed;
    }

    /**
     * A temp file is created owner-only (0600); the file it replaces keeps its own mode, and a new file gets the
     * usual rw-r--r--, so baselines and results stay readable by the build's other users and tools.
     */
    private static void keepPermissions(Path temp, Path target) throws IOException {
        if (Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Set<PosixFilePermission> mode = Files.exists(target)
                    ? Files.getPosixFilePermissions(target) : PosixFilePermissions.fromString("rw-r--r--");
            Files.setPosixFilePermissions(temp, mode);
        }
    }
}
