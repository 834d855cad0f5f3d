package com.partnercenter.analytics.contract.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.partnercenter.analytics.client.Page;
import com.partnercenter.analytics.client.ResourceCollection;
import com.partnercenter.analytics.contract.fixture.Fixture;
import com.partnercenter.analytics.contract.fixture.FixtureLoader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** What the client tests share: WireMock's root, and the check of a decoded page or collection against a fixture. */
final class ServedCorpus {
    private static final Path CORPUS = FixtureLoader.SOURCE_CORPUS;

    private ServedCorpus() {
    }

    /**
     * WireMock's root: a copy of {@code __files/} and an empty {@code mappings/}. WireMock must never be pointed at
     * the source corpus itself: resetting its mappings deletes the files they were loaded from. Under the module's
     * {@code target/} (the tests' working directory), so that each run's copies go with {@code mvn clean} rather
     * than piling up in the system's temporary folder.
     */
    static Path copyOfBodies() throws java.io.IOException {
        Path moduleTarget = Files.createDirectories(Path.of("target"));
        Path root = Files.createTempDirectory(moduleTarget, "contract-wiremock-").toAbsolutePath();
        Files.createDirectories(root.resolve("mappings"));
        Path bodies = CORPUS.resolve("__files");
        Files.createDirectories(root.resolve("__files"));
        if (Files.isDirectory(bodies)) {
            try (Stream<Path> all = Files.walk(bodies)) {
                for (Path p : all.filter(Files::isRegularFile).toList()) {
                    Path target = root.resolve("__files").resolve(bodies.relativize(p).toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(p, target);
                }
            }
        }
        return root;
    }

    static void assertDecoded(Fixture f, Object result) {
        JsonNode body = f.response().body();
        List<?> items;
        if (result instanceof Page<?> page) {
            items = page.items();
            assertThat(items).as("%s: rows", f.file()).hasSize(body.path("Value").size());
            assertThat(page.totalCount()).as("%s: TotalCount", f.file()).hasValue(body.path("TotalCount").asLong());
            assertThat(page.nextLink()).as("%s: @nextLink", f.file())
                    .isEqualTo(Optional.ofNullable(body.path("@nextLink").textValue()));
            firstRow(f, items, body.path("Value"));
        } else if (result instanceof ResourceCollection<?> collection) {
            items = collection.items();
            assertThat(items).as("%s: items", f.file()).hasSize(body.path("items").size());
            assertThat(collection.totalCount()).as("%s: totalCount", f.file()).hasValue(body.path("totalCount").asInt());
            assertThat(collection.objectType()).as("%s: attributes.objectType", f.file())
                    .contains(body.path("attributes").path("objectType").asText());
            firstRow(f, items, body.path("items"));
        } else {
            throw new AssertionError(f.file() + ": unexpected result " + result);
        }
    }

    private static void firstRow(Fixture f, List<?> items, JsonNode rows) {
        if (!items.isEmpty()) {
            List<String> differences = DecodedValues.differences(items.get(0), rows.get(0), "$.first row");
            assertThat(differences).as("%s: decoded first row", f.file()).isEmpty();
        }
    }

}
