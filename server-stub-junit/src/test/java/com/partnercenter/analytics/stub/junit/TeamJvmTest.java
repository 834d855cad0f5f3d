package com.partnercenter.analytics.stub.junit;

import com.partnercenter.analytics.stub.web.ServiceHeaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

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
            assertThat(StubHttp.serverId(stub.baseUrl, StubHttp.SUBSCRIPTIONS + "?top=1")).isEqualTo(ServiceHeaders.DEFAULT_SERVER_ID);
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
