package com.partnercenter.analytics.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.partnercenter.analytics.contract.fixture.Fixture;
import com.partnercenter.analytics.contract.fixture.FixtureLoader;
import com.partnercenter.analytics.contract.record.StubProcess;
import com.partnercenter.analytics.spec.AnalyticsSpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The stub, validated by a validator nobody here wrote: Stoplight Prism ({@code prism proxy}, pinned in
 * {@code spec/standard-tools/package-lock.json}, installed by the spec module's build) runs in front of the stub, every
 * recorded fixture's request goes through it, and Prism validates each request and response against the document
 * with standard JSON Schema formats, reporting what it finds in the {@code sl-violations} response header.
 *
 * <p>Any response violation fails. A request violation fails too when the stub answered 2xx (a request that the
 * stub serves must be valid by the document); the recorded error scenarios (a bad filter, no token, a wrong Accept,
 * ...) send invalid requests on purpose, so their request violations are counted, not failed.
 */
class PrismProxyTest {
    private static final Path TOOLS = Path.of("../spec/standard-tools");
    private static final Path PRISM = TOOLS.resolve("node_modules/@stoplight/prism-cli/dist/index.js");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static StubProcess stub;
    private static HttpClient http;

    @BeforeAll
    static void startStub() {
        assumeThat(Boolean.getBoolean("standard.tools.skip")).as("the standard spec tools are skipped explicitly (-Dstandard.tools.skip=true)").isFalse();
        assertThat(PRISM).as("Prism is not installed: the spec module's build installs it (npm ci in spec/standard-tools, needs node >= 20.19"
                + " and npm); run ./mvnw -B -ntp -pl spec verify first, or skip this check explicitly with -Dstandard.tools.skip=true").exists();
        stub = StubProcess.start();
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    @AfterAll
    static void stopStub() {
        if (stub != null) {
            stub.close();
        }
    }

    @Test
    void prismInFrontOfTheStubReportsNoViolationOnAnyRecordedRequest() throws Exception {
        List<Fixture> recorded = FixtureLoader.sourceCorpus().loadAll().stream().filter(f -> !f.isQuirk()).toList();
        assertThat(recorded).as("recorded fixtures").isNotEmpty();

        Outcome outcome = throughPrism(bundledDocument(), recorded);

        System.out.printf("prism proxy: %d recorded requests through Prism to the stub; %d response violations; %d request "
                        + "violations on 2xx fixtures; %d request violations on the %d deliberate error fixtures%n",
                recorded.size(), outcome.responseViolations.size(), outcome.requestViolationsOnSuccess.size(),
                outcome.expectedRequestViolations, recorded.stream().filter(f -> f.status() >= 400).count());
        assertThat(outcome.responseViolations).as("response violations Prism reports").isEmpty();
        assertThat(outcome.requestViolationsOnSuccess).as("request violations Prism reports on requests the stub served").isEmpty();
    }

    @Test
    void anOffsetLessValueUnderTheStandardDateTimeFormatIsReportedByPrism() throws Exception {
        // The document as DEV-10 had it (format: date-time on a field the service sends without offset): the check
        // must then fail on the stub's real answers.
        ObjectNode document = (ObjectNode) bundledDocument();
        ObjectNode usageDate = (ObjectNode) document.at("/components/schemas/AzureUsage/properties/usageDate");
        usageDate.put("format", "date-time");
        usageDate.remove("pattern");
        List<Fixture> azureUsage = FixtureLoader.sourceCorpus().loadAll().stream()
                .filter(f -> !f.isQuirk() && f.operationId().equals("listAzureUsage") && f.status() == 200).toList();
        assertThat(azureUsage).isNotEmpty();

        Outcome outcome = throughPrism(document, azureUsage);

        assertThat(outcome.responseViolations).isNotEmpty()
                .allSatisfy(v -> assertThat(v).contains("usageDate").contains("must match format \"date-time\""));
    }

    private record Outcome(List<String> responseViolations, List<String> requestViolationsOnSuccess, int expectedRequestViolations) {
    }

    private static Outcome throughPrism(JsonNode document, List<Fixture> fixtures) throws Exception {
        Path dir = Files.createDirectories(Path.of("target/prism-proxy"));
        Path file = Files.createTempFile(dir, "document-", ".yaml");
        YAML.writeValue(file.toFile(), document);
        int port = Integer.getInteger("prism.proxy.port", 0) > 0 ? Integer.getInteger("prism.proxy.port") : freePort();
        List<String> command = List.of("node", PRISM.toString(), "proxy", "--host", "127.0.0.1", "--port", Integer.toString(port),
                "--errors", "false", file.toString(), stub.baseUrl());
        Path log = dir.resolve("prism-" + port + ".log");
        Process prism;
        try {
            prism = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new AssertionError("Cannot start Prism with node (" + e.getMessage() + "): install node >= 20.19 and npm,"
                    + " or skip this check explicitly with -Dstandard.tools.skip=true", e);
        }
        try {
            awaitListening(prism, port, log);
            List<String> responseViolations = new ArrayList<>();
            List<String> requestViolationsOnSuccess = new ArrayList<>();
            int expected = 0;
            String base = "http://127.0.0.1:" + port;
            for (Fixture f : fixtures) {
                HttpResponse<String> response = StubReplayTest.send(http, base, f);
                assertThat(response.statusCode()).as("%s through Prism: status (body %s)", f.file(), response.body()).isEqualTo(f.status());
                String header = response.headers().firstValue("sl-violations").orElse("[]");
                for (JsonNode violation : JSON.readTree(header)) {
                    String where = violation.path("location").path(0).asText();
                    String text = f.file() + ": " + violation.path("severity").asText() + " " + violation.path("code").asText()
                            + " at " + violation.path("location") + ": " + violation.path("message").asText();
                    if (where.equals("response")) {
                        responseViolations.add(text);
                    } else if (f.status() < 400) {
                        requestViolationsOnSuccess.add(text);
                    } else {
                        expected++;
                    }
                }
            }
            return new Outcome(responseViolations, requestViolationsOnSuccess, expected);
        } finally {
            prism.destroy();
            if (!prism.waitFor(10, TimeUnit.SECONDS)) {
                prism.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    /** The spec jar's document, or {@code -Dprism.proxy.document=<file>} (to compare another version by hand). */
    private static JsonNode bundledDocument() throws IOException {
        String other = System.getProperty("prism.proxy.document", "");
        if (!other.isBlank()) {
            return YAML.readTree(Path.of(other).toFile());
        }
        try (InputStream in = AnalyticsSpec.class.getClassLoader().getResourceAsStream(AnalyticsSpec.CLASSPATH_LOCATION)) {
            assertThat(in).as("the spec jar's document").isNotNull();
            return YAML.readTree(in);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void awaitListening(Process prism, int port, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            if (!prism.isAlive()) {
                throw new AssertionError("Prism exited with " + prism.exitValue() + " before listening:\n" + Files.readString(log));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException notYet) {
                Thread.sleep(250);
            }
        }
        throw new AssertionError("Prism did not listen on 127.0.0.1:" + port + " within 90 s:\n" + Files.readString(log));
    }
}
