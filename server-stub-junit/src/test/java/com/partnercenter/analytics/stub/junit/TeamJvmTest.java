package com.partnercenter.analytics.stub.junit;

import com.partnercenter.analytics.spec.AnalyticsSpec;
import com.partnercenter.analytics.stub.web.ServiceHeaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What starting a stub leaves alone in the team's test JVM: its own configuration files and its own logging.
 * Isolated: it sets a JVM-wide property that a stub of a parallel class must not see.
 */
@Isolated
class TeamJvmTest {

    @Test
    void theTeamsConfigurationFilesDoNotReachTheStub(@TempDir Path dir) throws Exception {
        // as if the team's test class path had an application.properties that Spring Boot would pick up
        Path file = Files.writeString(dir.resolve("application.properties"), "stub.server-id=from-the-teams-file\n");
        System.setProperty("spring.config.additional-location", file.toUri().toString());
        try (RunningStub stub = RunningStub.start(new StubSettings(5, 0.02, null, Map.of(), StubLifecycle.PER_CLASS, true))) {
            HttpResponse<Void> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(stub.baseUrl
                    + AnalyticsSpec.bundled().operation("listSubscriptions").orElseThrow().path() + "?top=1"))
                    .header("Authorization", "Bearer t").build(), HttpResponse.BodyHandlers.discarding());
            assertThat(response.headers().firstValue("MS-ServerId")).contains(ServiceHeaders.DEFAULT_SERVER_ID);
        } finally {
            System.clearProperty("spring.config.additional-location");
        }
    }

    @Test
    void theTeamsOwnLoggersKeepTheirLevelsAfterAStubStarts() {
        try (RunningStub stub = RunningStub.start(new StubSettings(5, 0.02, null, Map.of(), StubLifecycle.PER_CLASS, true))) {
            assertThat(LoggerFactory.getLogger("com.example.team.ReportService").isInfoEnabled())
                    .as("the stub sets the levels of the libraries it brings, not the root level").isTrue();
        }
    }
}
