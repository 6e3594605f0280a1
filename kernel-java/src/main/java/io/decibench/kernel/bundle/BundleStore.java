package io.decibench.kernel.bundle;

import io.decibench.kernel.calendar.XnysCalendar;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The bundles under one directory, each in a folder named after it: generates them when missing or damaged
 * ({@link #ensure}), verifies them and opens them memory-mapped ({@link #open}).
 */
public final class BundleStore {
    private static final String SETUP_FIX = "run `mvn decibench:setup-bundles`";
    private static final ConcurrentHashMap<Path, Object> LOCKS = new ConcurrentHashMap<>();

    private final Path dir;
    private final XnysCalendar calendar;

    public BundleStore(Path dir) {
        this(dir, new XnysCalendar());
    }

    public BundleStore(Path dir, XnysCalendar calendar) {
        this.dir = dir.toAbsolutePath().normalize();
        this.calendar = calendar;
    }

    public Path dir() {
        return dir;
    }

    /** The folder of a bundle; the name is validated so that it can never point outside {@link #dir()}. */
    public Path folder(String name) {
        Path folder = dir.resolve(BundleSpec.requireValidName(name)).normalize();
        if (!dir.equals(folder.getParent())) {
            throw new BundleException("Bundle name '" + name + "' escapes the bundle directory " + dir, folder);
        }
        return folder;
    }

    /**
     * Makes sure the bundle of {@code spec} exists, matches the spec and verifies: keeps it when it does, (re)generates
     * it otherwise and says why.
     */
    public EnsureOutcome ensure(BundleSpec spec) {
        Path folder = folder(spec.name());
        // Parallel module builds (mvn -T) may ensure the same bundle at once: one generates, the others then keep it.
        synchronized (LOCKS.computeIfAbsent(folder, f -> new Object())) {
            return ensureLocked(spec, folder);
        }
    }

    private EnsureOutcome ensureLocked(BundleSpec spec, Path folder) {
        Timeline timeline = Timeline.of(calendar, spec.frequency(), spec.start(), spec.end());
        long columnBytes = (long) timeline.barsPerAsset() * spec.assets() * Long.BYTES;
        if (columnBytes > Integer.MAX_VALUE) {
            throw new BundleException("Bundle '" + spec.name() + "' would have " + (columnBytes / Long.BYTES)
                    + " bars; at most " + (Integer.MAX_VALUE / Long.BYTES) + " fit (each column is mapped as one "
                    + "buffer). Fix: use fewer assets or a shorter span in the plugin's <bundles> configuration.", folder);
        }
        BundleManifest expected = BundleManifest.expected(spec, timeline);
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            BundleWriter.write(dir, new BundleGenerator(spec, timeline));
            return new EnsureOutcome(spec.name(), EnsureOutcome.Status.GENERATED, "");
        }
        try {
            BundleManifest actual = ManifestJson.read(folder.resolve(BundleManifest.FILE_NAME));
            List<String> differences = ManifestJson.differences(actual, expected);
            if (!differences.isEmpty()) {
                throw new BundleDefect("its manifest does not match the configuration: "
                        + String.join("; ", differences), folder.resolve(BundleManifest.FILE_NAME));
            }
            checkFiles(folder, actual, true);
            return new EnsureOutcome(spec.name(), EnsureOutcome.Status.UP_TO_DATE, "");
        } catch (BundleDefect defect) {
            requireOnlyBundleFiles(folder, defect);
            BundleWriter.write(dir, new BundleGenerator(spec, timeline));
            return new EnsureOutcome(spec.name(), EnsureOutcome.Status.REGENERATED, defect.getMessage());
        }
    }

    /**
     * Refuses to regenerate into a folder that holds anything Decibench did not write (or is not a plain folder):
     * regenerating replaces the whole folder, and a user's file in it must never go with it. An up-to-date bundle
     * with a stray file is simply kept.
     */
    private static void requireOnlyBundleFiles(Path folder, BundleDefect defect) {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            throw new BundleException(folder + " is not a Decibench bundle (it is a file or a link, not a folder), so"
                    + " Decibench will not replace it; nothing was changed. Fix: move it away, or point"
                    + " decibench.bundleDirectory to a folder of its own.", folder);
        }
        List<String> foreign;
        try (Stream<Path> entries = Files.list(folder)) {
            foreign = entries.filter(p -> !BundleWriter.fileNames().contains(p.getFileName().toString())
                            || !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new BundleException("Cannot list bundle folder " + folder + ": " + e + ". Fix: check its"
                    + " permissions, then run `mvn decibench:setup-bundles` again.", folder, e);
        }
        if (!foreign.isEmpty()) {
            List<String> shown = foreign.size() > 5 ? foreign.subList(0, 5) : foreign;
            throw new BundleException("Folder " + folder + " is not a Decibench bundle: it holds "
                    + String.join(", ", shown) + (foreign.size() > shown.size() ? " and " + (foreign.size()
                    - shown.size()) + " more" : "") + ", which Decibench did not write, so it will not regenerate"
                    + " the bundle there (" + defect.getMessage() + "); nothing was deleted. Fix: move your files"
                    + " out of " + folder + ", or point decibench.bundleDirectory to a folder of its own.", folder);
        }
    }

    /**
     * Checks every column file's size and SHA-256 against the manifest.
     *
     * @throws BundleException naming the file that is missing, truncated or corrupt, and how to fix it
     */
    public void verify(String name) {
        Path folder = existingFolder(name);
        try {
            BundleManifest m = ManifestJson.read(folder.resolve(BundleManifest.FILE_NAME));
            checkManifest(name, m, folder.resolve(BundleManifest.FILE_NAME));
            checkFiles(folder, m, true);
        } catch (BundleDefect defect) {
            throw damaged(name, defect);
        }
    }

    /**
     * Opens a bundle: memory-maps each column read-only (zero copy) after checking the file sizes (not the checksums:
     * see {@link #verify}), and rebuilds the session structure from the XNYS calendar.
     *
     * @throws BundleException when the bundle is missing, its manifest is malformed or a column file is missing or
     *                         has the wrong size; the message names the file and the command that fixes it
     */
    public Bundle open(String name) {
        Path folder = existingFolder(name);
        try {
            Path manifestFile = folder.resolve(BundleManifest.FILE_NAME);
            BundleManifest m = ManifestJson.read(manifestFile);
            Timeline timeline = checkManifest(name, m, manifestFile);
            Frequency frequency = parseFrequency(m, manifestFile);
            checkFiles(folder, m, false);
            Map<Column, ByteBuffer> columns = new EnumMap<>(Column.class);
            for (Column c : Column.values()) {
                columns.put(c, map(folder.resolve(c.fileName())));
            }
            List<LocalDate> sessions = timeline.sessions();
            return new Bundle(m.name(), frequency, m.symbols(), timeline.barsPerAsset(), timeline.sessionEnds(),
                    sessions.toArray(LocalDate[]::new), columns);
        } catch (BundleDefect defect) {
            throw damaged(name, defect);
        }
    }

    /**
     * Checks that a manifest is of this format, describes the bundle of that name and agrees with the XNYS calendar
     * and with itself, so that column files of the declared size hold exactly the bars the kernels will read.
     *
     * @return the manifest's timeline
     */
    private Timeline checkManifest(String name, BundleManifest m, Path manifestFile) throws BundleDefect {
        if (m.formatVersion() != BundleManifest.FORMAT_VERSION) {
            throw new BundleDefect("Manifest " + manifestFile + " has format version " + m.formatVersion()
                    + ", this Decibench reads version " + BundleManifest.FORMAT_VERSION, manifestFile);
        }
        if (!name.equals(m.name())) {
            throw new BundleDefect("Manifest " + manifestFile + " describes bundle '" + m.name()
                    + "', not '" + name + "' (was the folder renamed?)", manifestFile);
        }
        Frequency frequency = parseFrequency(m, manifestFile);
        Timeline timeline = Timeline.of(calendar, frequency, date(m.firstSession(), manifestFile),
                date(m.lastSession(), manifestFile));
        if (timeline.sessions().size() != m.sessions() || timeline.barsPerAsset() != m.barsPerAsset()
                || m.symbols().size() != m.assets() || m.barCount() != (long) m.barsPerAsset() * m.assets()) {
            throw new BundleDefect("Manifest " + manifestFile + " is inconsistent: it declares " + m.sessions()
                    + " sessions, " + m.barsPerAsset() + " bars per asset, " + m.assets() + " assets ("
                    + m.symbols().size() + " symbols) and " + m.barCount() + " bars, the XNYS calendar gives "
                    + timeline.sessions().size() + " sessions and " + timeline.barsPerAsset() + " bars per asset",
                    manifestFile);
        }
        return timeline;
    }

    private Path existingFolder(String name) {
        Path folder = folder(name);
        if (!Files.isDirectory(folder)) {
            throw new BundleException("Bundle '" + name + "' not found: " + folder + " does not exist. Fix: "
                    + SETUP_FIX + " (and declare the bundle in the plugin's <bundles> configuration unless it is one "
                    + "of the presets " + String.join(", ", Presets.names()) + ").", folder);
        }
        return folder;
    }

    private static BundleException damaged(String name, BundleDefect defect) {
        return new BundleException("Bundle '" + name + "' is damaged: " + defect.getMessage() + ". Fix: " + SETUP_FIX
                + ", which regenerates it.", defect.file(), defect);
    }

    /** Sizes always; SHA-256s when {@code checksums} (reads every byte). */
    private static void checkFiles(Path folder, BundleManifest m, boolean checksums) throws BundleDefect {
        long expectedBytes = m.barCount() * Long.BYTES;
        for (Column c : Column.values()) {
            Path file = folder.resolve(c.fileName());
            BundleManifest.FileEntry entry = m.files().get(c.fileName());
            if (entry == null) {
                throw new BundleDefect("manifest " + folder.resolve(BundleManifest.FILE_NAME) + " lists no "
                        + c.fileName(), folder.resolve(BundleManifest.FILE_NAME));
            }
            long size;
            try {
                size = Files.size(file);
            } catch (NoSuchFileException e) {
                throw new BundleDefect("column file " + file + " is missing", file, e);
            } catch (IOException e) {
                throw new BundleDefect("cannot read column file " + file + ": " + e, file, e);
            }
            if (size != expectedBytes || entry.bytes() != expectedBytes) {
                throw new BundleDefect("column file " + file + " is truncated or oversized: " + size + " bytes, expected "
                        + expectedBytes, file);
            }
            if (checksums) {
                String actual = sha256(file);
                if (!actual.equals(entry.sha256())) {
                    throw new BundleDefect("checksum mismatch in " + file + ": SHA-256 " + actual + ", manifest says "
                            + entry.sha256(), file);
                }
            }
        }
    }

    private static String sha256(Path file) throws BundleDefect {
        MessageDigest digest = BundleWriter.sha256();
        digest.update(map(file));
        return HexFormat.of().formatHex(digest.digest());
    }

    private static ByteBuffer map(Path file) throws BundleDefect {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            // The mapping stays valid after the channel is closed; it is unmapped when the buffer is collected.
            return channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
        } catch (IOException e) {
            throw new BundleDefect("cannot map column file " + file + ": " + e, file, e);
        }
    }

    private static Frequency parseFrequency(BundleManifest m, Path manifestFile) throws BundleDefect {
        try {
            return Frequency.parse(m.frequency());
        } catch (IllegalArgumentException e) {
            throw new BundleDefect("Malformed manifest " + manifestFile + ": " + e.getMessage(), manifestFile, e);
        }
    }

    private static LocalDate date(String text, Path manifestFile) throws BundleDefect {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new BundleDefect("Malformed manifest " + manifestFile + ": '" + text + "' is not a date (yyyy-MM-dd)",
                    manifestFile, e);
        }
    }
}
