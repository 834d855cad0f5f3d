package com.partnercenter.analytics.contract;

import com.partnercenter.analytics.contract.fixture.Fixture;
import com.partnercenter.analytics.contract.fixture.FixtureFormatException;
import com.partnercenter.analytics.contract.fixture.FixtureKind;
import com.partnercenter.analytics.contract.fixture.FixtureLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The loader reads the corpus conventions and rejects files that break them, naming the file. */
class FixtureLoaderTest {
    @TempDir
    Path root;

    private static final String GOOD = """
            {
              "name": "listReferrals 200: plain",
              "request": {
                "method": "GET",
                "urlPath": "/partner/v1/analytics/referrals",
                "queryParameters": {"top": {"equalTo": "3"}},
                "headers": {"Authorization": {"matches": "Bearer .+"}}
              },
              "response": {"status": 200, "headers": {"MS-CV": "x.0"}, "bodyFileName": "listReferrals/200-plain.json"},
              "metadata": {"operationId": "listReferrals", "scenario": "plain", "kind": "recorded"}
            }
            """;

    @Test
    void readsAFixtureWithItsBodyFromFiles() throws IOException {
        write("mappings/listReferrals/200-plain.json", GOOD);
        write("__files/listReferrals/200-plain.json", "{\"Value\": [], \"@nextLink\": null, \"TotalCount\": 0}");

        Fixture f = new FixtureLoader(root).loadAll().get(0);

        assertThat(f.file()).isEqualTo("mappings/listReferrals/200-plain.json");
        assertThat(f.operationId()).isEqualTo("listReferrals");
        assertThat(f.scenario()).isEqualTo("plain");
        assertThat(f.kind()).isEqualTo(FixtureKind.RECORDED);
        assertThat(f.request().queryParameters()).containsExactly(java.util.Map.entry("top", "3"));
        assertThat(f.request().requiresBearerToken()).isTrue();
        assertThat(f.response().header("ms-cv")).contains("x.0");
        assertThat(f.response().body().path("TotalCount").asInt()).isZero();
        assertThat(f.response().bodyFileName()).isEqualTo("listReferrals/200-plain.json");
    }

    @Test
    void rejectsAQueryParameterMatchedOtherwiseThanByEqualTo() throws IOException {
        write("mappings/listReferrals/200-plain.json", GOOD.replace("{\"equalTo\": \"3\"}", "{\"matches\": \"[0-9]+\"}"));
        write("__files/listReferrals/200-plain.json", "{}");

        assertThatThrownBy(() -> new FixtureLoader(root).loadAll())
                .isInstanceOf(FixtureFormatException.class)
                .hasMessageStartingWith("mappings/listReferrals/200-plain.json: request.queryParameters.top must be {\"equalTo\"");
    }

    @Test
    void rejectsAFileWhoseNameDisagreesWithItsStatus() throws IOException {
        write("mappings/listReferrals/404-plain.json", GOOD);
        write("__files/listReferrals/200-plain.json", "{}");

        assertThatThrownBy(() -> new FixtureLoader(root).loadAll())
                .hasMessage("mappings/listReferrals/404-plain.json: file name says status 404, response.status is 200");
    }

    @Test
    void rejectsAFileOutsideTheFolderOfItsOperation() throws IOException {
        write("mappings/listSubscriptions/200-plain.json", GOOD);
        write("__files/listReferrals/200-plain.json", "{}");

        assertThatThrownBy(() -> new FixtureLoader(root).loadAll())
                .hasMessage("mappings/listSubscriptions/200-plain.json: must be in mappings/listReferrals/ (metadata.operationId)");
    }

    @Test
    void rejectsMatchingOnHeadersARealClientCannotReproduce() throws IOException {
        write("mappings/listReferrals/200-plain.json",
                GOOD.replace("{\"Authorization\": {\"matches\": \"Bearer .+\"}}", "{\"MS-RequestId\": {\"equalTo\": \"x\"}}"));
        write("__files/listReferrals/200-plain.json", "{}");

        assertThatThrownBy(() -> new FixtureLoader(root).loadAll())
                .hasMessageStartingWith("mappings/listReferrals/200-plain.json: request.headers.MS-RequestId: fixtures match only on");
    }

    @Test
    void rejectsAUrlPathCarryingAQueryString() throws IOException {
        write("mappings/listReferrals/200-plain.json", GOOD.replace("/referrals\"", "/referrals?top=3\""));
        write("__files/listReferrals/200-plain.json", "{}");

        assertThatThrownBy(() -> new FixtureLoader(root).loadAll())
                .hasMessage("mappings/listReferrals/200-plain.json: request.urlPath must not hold a query string; use queryParameters");
    }

    @Test
    void rejectsAQuirkFixtureWhoseScenarioDoesNotSaySo() throws IOException {
        write("mappings/listReferrals/200-plain.json", GOOD.replace("\"kind\": \"recorded\"", "\"kind\": \"quirk\""));
        write("__files/listReferrals/200-plain.json", "{}");

        assertThatThrownBy(() -> new FixtureLoader(root).loadAll())
                .isInstanceOf(FixtureFormatException.class)
                .hasMessage("mappings/listReferrals/200-plain.json: a quirk fixture's scenario starts with 'quirk-'");
    }

    private void write(String rel, String content) throws IOException {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
    }
}
