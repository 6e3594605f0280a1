package io.decibench.plugin.profile;

import static io.decibench.plugin.profile.SyntheticProfiles.ADD;
import static io.decibench.plugin.profile.SyntheticProfiles.FILL;
import static io.decibench.plugin.profile.SyntheticProfiles.profile;
import static io.decibench.plugin.profile.SyntheticProfiles.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileStoreTest {
    @TempDir
    Path dir;

    private final ProfileSet before = set("before",
            profile("daily", "decimal", new String[] {ADD, FILL, "a.B.<init>"}, new int[] {3, 1, 1}));

    @Test
    void aWrittenSetReadsBackEqualAndIsTheLatest() throws IOException {
        ProfileStore store = new ProfileStore(dir);
        Path labelDir = store.write(before);

        assertThat(labelDir).isEqualTo(dir.resolve("before"));
        assertThat(store.read("before")).isEqualTo(before);
        assertThat(store.labels()).containsExactly("before");
        JsonNode latest = new ObjectMapper().readTree(dir.resolve(ProfileStore.LATEST).toFile());
        assertThat(latest.get("label").asText()).isEqualTo("before");
        assertThat(latest.get("profile").asText()).isEqualTo("before/profile.json");
    }

    @Test
    void latestIsTheSetWrittenLastAndEmptyBeforeAnyProfile() throws IOException {
        ProfileStore store = new ProfileStore(dir);
        assertThat(store.latest()).isEmpty();

        store.write(before);
        ProfileSet after = set("after", before.profiles().get(0));
        store.write(after);

        assertThat(store.latest()).contains(after);
    }

    @Test
    void profileJsonHasTheDocumentedShape() throws IOException {
        new ProfileStore(dir).write(before);
        JsonNode json = new ObjectMapper().readTree(dir.resolve("before/profile.json").toFile());

        assertThat(json.get("schemaVersion").asInt()).isEqualTo(1);
        JsonNode p = json.get("profiles").get(0);
        assertThat(p.get("scenario").asText()).isEqualTo("daily");
        assertThat(p.get("mode").asText()).isEqualTo("decimal");
        JsonNode b = p.get("breakdown");
        assertThat(b.get("samples").asLong()).isEqualTo(5);
        assertThat(b.get("modules").get(0).get("module").asText()).isEqualTo(ModuleRules.JAVA_MATH);
        assertThat(b.get("modules").get(0).get("selfPercent").asDouble()).isEqualTo(60.0);
        assertThat(b.get("modules").get(0).has("totalPercent")).isTrue();
        assertThat(b.get("topSelf").get(0).get("method").asText()).isEqualTo(ADD);
        assertThat(b.get("allocations").get(0).get("className").asText()).isEqualTo("java.math.BigDecimal");
    }

    @Test
    void profileMarkdownHasTheTablesAndEscapesAngleBrackets() throws IOException {
        new ProfileStore(dir).write(before);
        String md = Files.readString(dir.resolve("before/profile.md"));

        assertThat(md).contains("# Profile `before`", "## daily / decimal", "### Modules",
                "| " + ModuleRules.JAVA_MATH + " | 60.0% |", "### Top methods by self time",
                "### Top methods by total time", "### Allocation by class", "a.B.&lt;init&gt;");
    }

    @Test
    void aMissingLabelListsTheAvailableOnesAndHowToRecordIt() throws IOException {
        ProfileStore store = new ProfileStore(dir);
        store.write(before);
        store.write(set("after", before.profiles().get(0)));

        assertThatThrownBy(() -> store.read("aftr"))
                .isInstanceOf(ProfileException.class)
                .hasMessageContaining("No profile labelled 'aftr'")
                .hasMessageContaining("available labels: after, before")
                .hasMessageContaining("mvn decibench:profile -Ddecibench.label=aftr");
    }

    @Test
    void noProfilesAtAllIsSaid() {
        assertThatThrownBy(() -> new ProfileStore(dir.resolve("nothing")).read("before"))
                .hasMessageContaining("there are no profiles yet");
    }

    @Test
    void labelsCannotEscapeTheProfilesFolder() {
        ProfileStore store = new ProfileStore(dir);
        for (String bad : new String[] {"../x", "a/b", "..", ".hidden", "", "a\\b", "a..b"}) {
            assertThatThrownBy(() -> store.labelDirectory(bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Invalid profile label");
        }
        assertThat(store.labelDirectory("v1.2_before-fix")).isEqualTo(dir.resolve("v1.2_before-fix"));
    }

    @Test
    void aMalformedProfileNamesFileAndLine() throws IOException {
        Path file = dir.resolve("broken/profile.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\n  \"schemaVersion\": 1,\n  \"label\": oops\n}");

        assertThatThrownBy(() -> new ProfileStore(dir).read("broken"))
                .isInstanceOf(ProfileException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("line 3");
    }

    @Test
    void aComparisonIsWrittenUnderItsOwnFolder() throws IOException {
        ProfileStore store = new ProfileStore(dir);
        ProfileSet after = set("after", profile("daily", "decimal", new String[] {ADD, FILL}, new int[] {1, 4}));
        ProfileComparison c = new ProfileComparator(10).compare(before, after, "now");

        Path out = store.write(c);

        assertThat(out).isEqualTo(dir.resolve("compare-before-vs-after"));
        assertThat(ProfileJson.readComparison(out.resolve("compare.json"))).isEqualTo(c);
        assertThat(Files.readString(out.resolve("compare.md")))
                .contains("# Profile comparison: `before` vs `after`", "### Methods that gained self time",
                        "| " + FILL + " | " + ModuleRules.LEDGER + " | 20.0% | 80.0% | +60.0 pp |");
        assertThat(store.labels()).as("comparisons are not labels").isEmpty();
    }
}
