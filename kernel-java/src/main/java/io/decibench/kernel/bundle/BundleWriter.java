package io.decibench.kernel.bundle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Writes a generated bundle atomically: columns and manifest go into a temporary folder beside the bundle, which is then
 * renamed to the bundle's name, so a crash never leaves a half-written bundle under the real name.
 */
public final class BundleWriter {

    private BundleWriter() {
    }

    /** The names of every file a bundle folder holds; a folder holding anything else is not (only) a bundle. */
    public static Set<String> fileNames() {
        Set<String> names = new TreeSet<>();
        names.add(BundleManifest.FILE_NAME);
        for (Column c : Column.values()) {
            names.add(c.fileName());
        }
        return names;
    }

    /**
     * Generates and writes {@code generator}'s bundle into {@code bundlesDir/<name>}, replacing any old one.
     *
     * @return the manifest written
     */
    public static BundleManifest write(Path bundlesDir, BundleGenerator generator) {
        BundleSpec spec = generator.spec();
        Path target = bundlesDir.resolve(spec.name());
        Path temp = null;
        try {
            Files.createDirectories(bundlesDir);
            temp = Files.createTempDirectory(bundlesDir, "." + spec.name() + ".tmp-");
            makeReadableByAll(temp);
            BundleManifest manifest = writeColumns(temp, generator);
            Files.write(temp.resolve(BundleManifest.FILE_NAME), ManifestJson.toBytes(manifest));
            replace(temp, target);
            temp = null;
            return manifest;
        } catch (IOException e) {
            throw new BundleException("Cannot write bundle '" + spec.name() + "' to " + target + ": " + e
                    + ". Fix: check that the folder is writable and the disk has space, then run "
                    + "`mvn decibench:setup-bundles` again.", target, e);
        } finally {
            if (temp != null) {
                deleteQuietly(temp);
            }
        }
    }

    private static BundleManifest writeColumns(Path folder, BundleGenerator generator)
            throws IOException {
        BundleSpec spec = generator.spec();
        Timeline timeline = generator.timeline();
        int bars = timeline.barsPerAsset();
        ByteBuffer buffer = ByteBuffer.allocateDirect(bars * Long.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        Map<Column, FileChannel> channels = new EnumMap<>(Column.class);
        Map<Column, MessageDigest> digests = new EnumMap<>(Column.class);
        try {
            for (Column c : Column.values()) {
                channels.put(c, FileChannel.open(folder.resolve(c.fileName()),
                        StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
                digests.put(c, sha256());
            }
            for (int asset = 0; asset < spec.assets(); asset++) {
                BundleGenerator.AssetBars generated = generator.generate(asset);
                for (Column c : Column.values()) {
                    long[] values = c == Column.TIMESTAMP ? timeline.timestampsUnsafe() : generated.column(c);
                    buffer.clear();
                    buffer.asLongBuffer().put(values);
                    buffer.limit(bars * Long.BYTES);
                    digests.get(c).update(buffer.duplicate());
                    FileChannel channel = channels.get(c);
                    while (buffer.hasRemaining()) {
                        channel.write(buffer);
                    }
                }
            }
            for (FileChannel channel : channels.values()) {
                channel.force(false);
            }
        } finally {
            for (FileChannel channel : channels.values()) {
                channel.close();
            }
        }
        Map<String, BundleManifest.FileEntry> files = new LinkedHashMap<>();
        long bytes = (long) bars * spec.assets() * Long.BYTES;
        for (Column c : Column.values()) {
            files.put(c.fileName(), new BundleManifest.FileEntry(bytes, HexFormat.of().formatHex(digests.get(c).digest())));
        }
        return BundleManifest.expected(spec, timeline).withFiles(files);
    }

    /**
     * A folder cannot be renamed over a non-empty one, so the old bundle is first moved aside; between the two renames
     * the name is briefly absent (a later ensure regenerates it), but it never holds a partial bundle. Another process
     * writing the same bundle at the same moment can win the race for the name; we then simply try again.
     */
    private static void replace(Path temp, Path target) throws IOException {
        for (int attempt = 1; ; attempt++) {
            Path old = null;
            try {
                if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
                    Files.delete(old);
                    Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
                }
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                return;
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException | NoSuchFileException race) {
                if (attempt == 3) {
                    throw race;
                }
            } finally {
                if (old != null) {
                    deleteBundleFiles(old);
                }
            }
        }
    }

    /** Temporary folders are created private (rwx------); a bundle is plain data that other users may read. */
    private static void makeReadableByAll(Path folder) throws IOException {
        if (Files.getFileStore(folder).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    /**
     * Deletes the files a bundle consists of, then the folder if that leaves it empty: anything else in it was not
     * written by Decibench and stays (the store refuses such a folder before it gets here; this covers a race).
     */
    private static void deleteBundleFiles(Path folder) {
        try {
            for (String name : fileNames()) {
                Files.deleteIfExists(folder.resolve(name));
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // A leftover folder starts with '.', is never read as a bundle and holds only what it held before.
        }
    }

    /** Deletes a temporary folder this class created, with everything in it (all of it written here). */
    private static void deleteQuietly(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // Leftover temp folders start with '.', are never read as bundles and are harmless.
        }
    }
}
