package io.decibench.kernel.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.decibench.kernel.calendar.XnysCalendar;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BundleStoreTest {
    /** Three assets over two weeks of hourly bars, with the July 3 early close and the July 4 holiday. */
    private static final BundleSpec SPEC = new BundleSpec("small", Frequency.HOURLY, 3,
            LocalDate.of(2024, 7, 1), LocalDate.of(2024, 7, 12), 7L);

    @TempDir
    Path dir;
    private BundleStore store;

    @BeforeEach
    void setUp() {
        store = new BundleStore(dir);
    }

    @Test
    void ensureGeneratesOnceThenKeepsTheBundle() {
        assertThat(store.ensure(SPEC).status()).isEqualTo(EnsureOutcome.Status.GENERATED);
        EnsureOutcome second = store.ensure(SPEC);
        assertThat(second.status()).isEqualTo(EnsureOutcome.Status.UP_TO_DATE);
        assertThat(second.reason()).isEmpty();
        assertThat(second.toString()).isEqualTo("UP_TO_DATE small");
    }

    @Test
    void ensureLeavesOnlyTheBundleFolderBehind() throws IOException {
        store.ensure(SPEC);
        store.ensure(new BundleSpec("small", Frequency.HOURLY, 3, SPEC.start(), SPEC.end(), 8L));
        try (Stream<Path> children = Files.list(dir)) {
            assertThat(children.map(p -> p.getFileName().toString())).containsExactly("small");
        }
    }

    @Test
    void ensureRegeneratesATruncatedColumn() throws IOException {
        store.ensure(SPEC);
        Path close = dir.resolve("small").resolve("close.i64");
        try (FileChannel ch = FileChannel.open(close, StandardOpenOption.WRITE)) {
            ch.truncate(ch.size() - 8);
        }
        EnsureOutcome outcome = store.ensure(SPEC);
        assertThat(outcome.status()).isEqualTo(EnsureOutcome.Status.REGENERATED);
        assertThat(outcome.reason()).contains("close.i64", "truncated");
        assertThat(store.ensure(SPEC).status()).isEqualTo(EnsureOutcome.Status.UP_TO_DATE);
    }

    @Test
    void ensureRegeneratesAnEditedByte() throws IOException {
        store.ensure(SPEC);
        flipAByte(dir.resolve("small").resolve("volume.i64"));
        EnsureOutcome outcome = store.ensure(SPEC);
        assertThat(outcome.status()).isEqualTo(EnsureOutcome.Status.REGENERATED);
        assertThat(outcome.reason()).contains("checksum mismatch", "volume.i64");
        store.verify("small");
    }

    @Test
    void ensureRegeneratesABundleThatDoesNotMatchItsSpec() {
        store.ensure(SPEC);
        BundleSpec moreAssets = new BundleSpec("small", Frequency.HOURLY, 4, SPEC.start(), SPEC.end(), 7L);
        EnsureOutcome outcome = store.ensure(moreAssets);
        assertThat(outcome.status()).isEqualTo(EnsureOutcome.Status.REGENERATED);
        assertThat(outcome.reason()).contains("does not match", "assets is 3, expected 4");
        assertThat(store.open("small").assets()).isEqualTo(4);
    }

    @Test
    void ensureRegeneratesAMissingColumnAndAMalformedManifest() throws IOException {
        store.ensure(SPEC);
        Files.delete(dir.resolve("small").resolve("high.i64"));
        EnsureOutcome missing = store.ensure(SPEC);
        assertThat(missing.status()).isEqualTo(EnsureOutcome.Status.REGENERATED);
        assertThat(missing.reason()).contains("high.i64", "missing");

        Files.writeString(dir.resolve("small").resolve("manifest.json"), "{ \"formatVersion\": 1,");
        EnsureOutcome malformed = store.ensure(SPEC);
        assertThat(malformed.status()).isEqualTo(EnsureOutcome.Status.REGENERATED);
        assertThat(malformed.reason()).contains("Malformed manifest", "manifest.json");
    }

    @Test
    void openGivesTheGeneratedValuesAndSessions() {
        store.ensure(SPEC);
        Bundle bundle = store.open("small");
        Timeline timeline = Timeline.of(new XnysCalendar(), SPEC.frequency(), SPEC.start(), SPEC.end());
        BundleGenerator generator = new BundleGenerator(SPEC, timeline);

        assertThat(bundle.name()).isEqualTo("small");
        assertThat(bundle.frequency()).isEqualTo(Frequency.HOURLY);
        assertThat(bundle.symbols()).containsExactly("SYM000", "SYM001", "SYM002");
        assertThat(bundle.sessions()).isEqualTo(9); // 10 weekdays minus July 4
        assertThat(bundle.barsPerAsset()).isEqualTo(8 * 7 + 4);
        assertThat(bundle.sessionEnds()).startsWith(6, 13, 17, 24); // July 3 closes at 13:00 after 4 bars
        assertThat(bundle.sessionDate(3)).isEqualTo(LocalDate.of(2024, 7, 5));
        for (int asset = 0; asset < SPEC.assets(); asset++) {
            BundleGenerator.AssetBars expected = generator.generate(asset);
            for (int bar = 0; bar < bundle.barsPerAsset(); bar++) {
                assertThat(bundle.value(Column.TIMESTAMP, asset, bar)).isEqualTo(timeline.timestamp(bar));
            }
            for (Column c : List.of(Column.OPEN, Column.HIGH, Column.LOW, Column.CLOSE, Column.VOLUME)) {
                long[] values = new long[bundle.barsPerAsset()];
                bundle.longs(c).get(asset * bundle.barsPerAsset(), values);
                assertThat(values).as(c + " of asset " + asset).isEqualTo(expected.column(c));
            }
        }
    }

    @Test
    void openMapsColumnsReadOnlyAndDirect() {
        store.ensure(SPEC);
        Bundle bundle = store.open("small");
        for (Column c : Column.values()) {
            ByteBuffer bytes = bundle.bytes(c);
            assertThat(bytes.isDirect()).isTrue();
            assertThat(bytes.isReadOnly()).isTrue();
        }
    }

    @Test
    void openingAMissingBundleSaysHowToCreateIt() {
        assertThatThrownBy(() -> store.open("profiling-daily"))
                .isInstanceOf(BundleException.class)
                .hasMessageContaining("profiling-daily")
                .hasMessageContaining("mvn decibench:setup-bundles")
                .hasMessageContaining("<bundles>")
                .satisfies(e -> assertThat(((BundleException) e).file()).isEqualTo(dir.resolve("profiling-daily")));
    }

    @Test
    void openingWithAMissingColumnNamesTheFile() throws IOException {
        store.ensure(SPEC);
        Files.delete(dir.resolve("small").resolve("low.i64"));
        assertThatThrownBy(() -> store.open("small"))
                .isInstanceOf(BundleException.class)
                .hasMessageContaining("low.i64").hasMessageContaining("missing")
                .hasMessageContaining("mvn decibench:setup-bundles");
    }

    @Test
    void openingWithATruncatedColumnNamesTheFile() throws IOException {
        store.ensure(SPEC);
        Path open = dir.resolve("small").resolve("open.i64");
        try (FileChannel ch = FileChannel.open(open, StandardOpenOption.WRITE)) {
            ch.truncate(100);
        }
        assertThatThrownBy(() -> store.open("small"))
                .isInstanceOf(BundleException.class)
                .hasMessageContaining("open.i64").hasMessageContaining("truncated")
                .hasMessageContaining("100 bytes")
                .satisfies(e -> assertThat(((BundleException) e).file()).isEqualTo(open));
    }

    @Test
    void verifyNamesTheFileWithAChecksumMismatch() throws IOException {
        store.ensure(SPEC);
        store.verify("small");
        Path close = dir.resolve("small").resolve("close.i64");
        flipAByte(close);
        assertThatThrownBy(() -> store.verify("small"))
                .isInstanceOf(BundleException.class)
                .hasMessageContaining("checksum mismatch").hasMessageContaining("close.i64")
                .hasMessageContaining("mvn decibench:setup-bundles")
                .satisfies(e -> assertThat(((BundleException) e).file()).isEqualTo(close));
    }

    @Test
    void malformedManifestGivesFileLineAndColumn() throws IOException {
        store.ensure(SPEC);
        Path manifest = dir.resolve("small").resolve("manifest.json");
        Files.writeString(manifest, "{\n  \"formatVersion\" : 1,\n  \"name\" : oops\n}\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> store.open("small"))
                .isInstanceOf(BundleException.class)
                .hasMessageContaining("Malformed manifest").hasMessageContaining(manifest.toString())
                .hasMessageContaining("line 3, column")
                .hasMessageContaining("mvn decibench:setup-bundles");
    }

    @Test
    void manifestWithoutRequiredFieldsIsMalformed() throws IOException {
        store.ensure(SPEC);
        Files.writeString(dir.resolve("small").resolve("manifest.json"), "{ \"formatVersion\" : 1 }");
        assertThatThrownBy(() -> store.open("small"))
                .isInstanceOf(BundleException.class)
                .hasMessageContaining("Malformed manifest").hasMessageContaining("manifest.json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"..", "../evil", "a/b", "a\\b", ".hidden", "x..y", "", "with space"})
    void aBundleNameCannotEscapeTheBundleDirectory(String name) {
        assertThatThrownBy(() -> store.open(name))
                .isInstanceOf(BundleException.class)
                .hasMessageContaining("Invalid bundle name")
                .hasMessageContaining("never escape the bundle directory");
        assertThatThrownBy(() -> store.verify(name)).isInstanceOf(BundleException.class);
    }

    @Test
    void aDamagedBundleHoldingAUsersFileIsRefusedAndNothingIsDeleted() throws IOException {
        store.ensure(SPEC);
        Path notes = dir.resolve("small").resolve("mynotes.txt");
        Files.writeString(notes, "my own notes");
        Path close = dir.resolve("small").resolve("close.i64");
        flipAByte(close);
        byte[] damaged = Files.readAllBytes(close);

        assertThatThrownBy(() -> store.ensure(SPEC))
                .isInstanceOf(BundleException.class)
                .hasMessageContaining("Folder " + dir.resolve("small") + " is not a Decibench bundle: it holds"
                        + " mynotes.txt, which Decibench did not write")
                .hasMessageContaining("checksum mismatch in " + close)
                .hasMessageContaining("nothing was deleted. Fix: move your files out of");
        assertThat(notes).hasContent("my own notes");
        assertThat(Files.readAllBytes(close)).isEqualTo(damaged);
    }

    @Test
    void aFolderWithoutAManifestThatIsNotABundleIsRefused() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("small").resolve("sub"));
        Files.writeString(dir.resolve("small").resolve("README"), "mine");

        assertThatThrownBy(() -> store.ensure(SPEC)).isInstanceOf(BundleException.class)
                .hasMessageContaining("it holds README, sub, which Decibench did not write");
        assertThat(folder).isDirectory();
        assertThat(dir.resolve("small").resolve("README")).hasContent("mine");
    }

    @Test
    void aFileWhereTheBundleFolderShouldBeIsRefused() throws IOException {
        Files.writeString(dir.resolve("small"), "not a folder");

        assertThatThrownBy(() -> store.ensure(SPEC)).isInstanceOf(BundleException.class)
                .hasMessageContaining("is not a Decibench bundle (it is a file or a link, not a folder)");
        assertThat(dir.resolve("small")).hasContent("not a folder");
    }

    @Test
    void anUpToDateBundleWithAStrayFileIsKeptWithIt() throws IOException {
        store.ensure(SPEC);
        Path notes = Files.writeString(dir.resolve("small").resolve("notes.txt"), "kept");

        assertThat(store.ensure(SPEC).status()).isEqualTo(EnsureOutcome.Status.UP_TO_DATE);
        assertThat(notes).hasContent("kept");
    }

    @Test
    void aBundleOfOnlyItsOwnFilesIsStillRegenerated() throws IOException {
        store.ensure(SPEC);
        Files.delete(dir.resolve("small").resolve(BundleManifest.FILE_NAME));

        assertThat(store.ensure(SPEC).status()).isEqualTo(EnsureOutcome.Status.REGENERATED);
        store.verify("small");
    }

    @Test
    void columnsCutShortWithAManifestEditedToMatchStillFailVerification() throws Exception {
        store.ensure(SPEC);
        Path folder = dir.resolve("small");
        BundleManifest m = ManifestJson.read(folder.resolve(BundleManifest.FILE_NAME));
        long bars = m.barCount() / 2;
        java.util.Map<String, BundleManifest.FileEntry> files = new java.util.LinkedHashMap<>();
        for (Column c : Column.values()) {
            Path file = folder.resolve(c.fileName());
            byte[] half = java.util.Arrays.copyOf(Files.readAllBytes(file), (int) bars * Long.BYTES);
            Files.write(file, half);
            files.put(c.fileName(), new BundleManifest.FileEntry(half.length, java.util.HexFormat.of()
                    .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(half))));
        }
        Files.write(folder.resolve(BundleManifest.FILE_NAME), ManifestJson.toBytes(new BundleManifest(
                m.formatVersion(), m.name(), m.frequency(), m.calendar(), m.firstSession(), m.lastSession(),
                m.sessions(), m.barsPerSession(), m.earlyCloses(), m.assets(), m.symbols(), m.seed(), m.priceScale(),
                m.barsPerAsset(), bars, files)));

        assertThatThrownBy(() -> store.verify("small")).isInstanceOf(BundleException.class)
                .hasMessageContaining("is inconsistent").hasMessageContaining("Fix: run `mvn decibench:setup-bundles`");
        assertThatThrownBy(() -> store.open("small")).isInstanceOf(BundleException.class)
                .hasMessageContaining("is inconsistent");
    }

    @Test
    void concurrentEnsuresGenerateOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<EnsureOutcome>> outcomes = pool.invokeAll(List.of(() -> store.ensure(SPEC),
                    () -> new BundleStore(dir).ensure(SPEC)));
            List<EnsureOutcome.Status> statuses = new ArrayList<>();
            for (Future<EnsureOutcome> f : outcomes) {
                statuses.add(f.get().status());
            }
            assertThat(statuses).containsExactlyInAnyOrder(EnsureOutcome.Status.GENERATED,
                    EnsureOutcome.Status.UP_TO_DATE);
        } finally {
            pool.shutdownNow();
        }
        store.verify("small");
    }

    @Test
    void aBundleTooLargeToMapIsRefusedBeforeWriting() {
        BundleSpec huge = new BundleSpec("huge", Frequency.MINUTE, 3000, LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31), 1L);
        assertThatThrownBy(() -> store.ensure(huge))
                .isInstanceOf(BundleException.class)
                .hasMessageContaining("'huge'").hasMessageContaining("at most 268435455")
                .hasMessageContaining("<bundles>");
        assertThat(dir.resolve("huge")).doesNotExist();
    }

    @Test
    void aRenamedBundleFolderIsDetected() throws IOException {
        store.ensure(SPEC);
        Files.move(dir.resolve("small"), dir.resolve("other"));
        assertThatThrownBy(() -> store.open("other"))
                .isInstanceOf(BundleException.class)
                .hasMessageContaining("describes bundle 'small', not 'other'");
    }

    @Test
    void bundleFoldersAreReadableByOthers() throws IOException {
        store.ensure(SPEC);
        Path folder = dir.resolve("small");
        if (Files.getFileStore(folder).supportsFileAttributeView(PosixFileAttributeView.class)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwxr-xr-x");
        }
    }

    @Test
    void anInterruptedRegenerationLeavesTheOldBundleAndNoTemporaryFolder() throws IOException {
        store.ensure(SPEC);
        Path close = dir.resolve("small").resolve("close.i64");
        flipAByte(close);
        byte[] before = Files.readAllBytes(close);

        Thread.currentThread().interrupt(); // the first column write then fails, like a killed build would stop it
        try {
            assertThatThrownBy(() -> store.ensure(SPEC))
                    .isInstanceOf(BundleException.class)
                    .hasMessageContaining("Cannot write bundle 'small'");
        } finally {
            Thread.interrupted();
        }

        assertThat(Files.readAllBytes(close)).isEqualTo(before);
        try (Stream<Path> children = Files.list(dir)) {
            assertThat(children.map(p -> p.getFileName().toString())).containsExactly("small");
        }
        assertThat(store.ensure(SPEC).status()).isEqualTo(EnsureOutcome.Status.REGENERATED);
    }

    private static void flipAByte(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer one = ByteBuffer.allocate(1);
            ch.read(one, 17);
            one.flip();
            byte b = one.get(0);
            one.put(0, (byte) (b ^ 0x01));
            ch.write(one, 17);
        }
    }
}
