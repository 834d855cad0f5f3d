package com.partnercenter.analytics.contract.record;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.partnercenter.analytics.contract.fixture.FixtureLoader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Rewrites a recording into the corpus: one {@code mappings/<operationId>/<status>-<scenario>.json} per scenario,
 * request matched by {@code urlPath}, {@code queryParameters} ({@code equalTo}, decoded), the bearer token
 * ({@code matches}, or {@code absent} for the no-token scenario) and the scenario's {@code MS-CorrelationId}; the
 * response's documented headers with the volatile ones made deterministic; bodies over {@value #INLINE_LIMIT}
 * bytes in {@code __files/}. Tokens are scrubbed and {@code @nextLink} is moved to the public host. The output
 * depends only on the scenarios and on what the target answered, so the same stub seed gives the same bytes.
 */
public final class FixtureWriter {
    /** Bodies longer than this (compact JSON, bytes) go to {@code __files/}. */
    public static final int INLINE_LIMIT = 2048;
    /** The host every {@code @nextLink} is rewritten to. */
    public static final String PUBLIC_BASE = "https://api.partnercenter.microsoft.com";
    /** The Date every recorded response carries. */
    public static final String FIXED_DATE = "Tue, 01 Dec 2026 00:00:00 GMT";

    /** Response headers kept, in this order; anything else the target sends (Content-Length, Vary, ...) is dropped. */
    private static final List<String> KEPT_HEADERS = List.of("Content-Type", "Date", "MS-RequestId", "MS-CorrelationId",
            "MS-CV", "MS-ServerId", "Retry-After", "WWW-Authenticate");
    private static final Set<String> MATCHED_REQUEST_HEADERS = Set.of("Accept");

    private final ObjectMapper json = new ObjectMapper();
    private final ObjectWriter writer;
    private final Path root;

    public FixtureWriter(Path root) {
        this.root = root;
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter).withArrayIndenter(indenter);
        this.writer = json.writer(printer);
    }

    /** Deletes the recorded fixtures (quirk fixtures stay) and writes these instead. Returns the files written. */
    public List<Path> replaceRecorded(List<Recorder.Exchange> exchanges, Recorder recorder) {
        deleteRecorded();
        List<Path> written = new ArrayList<>();
        for (Recorder.Exchange e : exchanges) {
            written.addAll(write(e, recorder));
        }
        return written;
    }

    private void deleteRecorded() {
        Path mappings = root.resolve("mappings");
        if (Files.isDirectory(mappings)) {
            try (Stream<Path> files = Files.walk(mappings)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    JsonNode m = json.readTree(f.toFile());
                    if ("recorded".equals(m.path("metadata").path("kind").asText())) {
                        Files.delete(f);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Path files = root.resolve("__files");
        if (Files.isDirectory(files)) {
            try (Stream<Path> all = Files.walk(files)) {
                for (Path f : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(f);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private List<Path> write(Recorder.Exchange e, Recorder recorder) {
        Scenario s = e.scenario();
        ResponseDefinition response = e.recorded().getResponse();
        JsonNodeFactory f = JsonNodeFactory.instance;

        ObjectNode mapping = f.objectNode();
        mapping.put("name", s.operationId() + " " + s.status() + ": " + s.name().replace('-', ' '));
        ObjectNode request = mapping.putObject("request");
        request.put("method", "GET");
        request.put("urlPath", e.urlPath());
        if (!e.query().isEmpty()) {
            ObjectNode q = request.putObject("queryParameters");
            e.query().forEach((k, v) -> q.putObject(k).put("equalTo", v));
        }
        ObjectNode headers = request.putObject("headers");
        if ("none".equals(s.auth())) {
            headers.putObject("Authorization").put("absent", true);
        } else {
            headers.putObject("Authorization").put("matches", "Bearer .+");
        }
        headers.putObject("MS-CorrelationId").put("equalTo", s.correlationId().toString());
        for (String h : MATCHED_REQUEST_HEADERS) {
            if (s.headers().containsKey(h)) {
                headers.putObject(h).put("equalTo", s.headers().get(h));
            }
        }

        ObjectNode out = mapping.putObject("response");
        out.put("status", response.getStatus());
        ObjectNode outHeaders = out.putObject("headers");
        Map<String, String> volatileValues = Map.of(
                "Date", FIXED_DATE,
                "MS-RequestId", s.requestId().toString(),
                "MS-CorrelationId", s.correlationId().toString(),
                "MS-CV", correlationVector(s),
                "MS-ServerId", serverId(s));
        for (String name : KEPT_HEADERS) {
            String value = header(response, name);
            if (value != null) {
                outHeaders.put(name, scrub(volatileValues.getOrDefault(name, value), recorder));
            }
        }
        List<Path> written = new ArrayList<>();
        String body = response.getBody();
        if (body != null && !body.isEmpty()) {
            JsonNode parsed;
            try {
                parsed = json.readTree(scrub(body, recorder));
            } catch (IOException ex) {
                throw new IllegalStateException(s.key() + ": the target answered with a body that is not JSON: " + body, ex);
            }
            normaliseNextLink(parsed, recorder);
            String compact = parsed.toString();
            if (compact.getBytes(StandardCharsets.UTF_8).length > INLINE_LIMIT) {
                String fileName = s.operationId() + "/" + s.status() + "-" + s.name() + ".json";
                out.put("bodyFileName", fileName);
                written.add(writeJson(root.resolve("__files").resolve(fileName), parsed));
            } else {
                out.set("jsonBody", parsed);
            }
        }

        ObjectNode metadata = mapping.putObject("metadata");
        metadata.put("operationId", s.operationId());
        metadata.put("scenario", s.name());
        metadata.put("kind", "recorded");
        ObjectNode sent = metadata.putObject("requestHeaders");
        e.headers().forEach((k, v) -> sent.put(k, k.equals("Authorization") && v.equals("Bearer " + recorder.token())
                ? "Bearer <token>" : v));
        written.add(0, writeJson(root.resolve(s.mappingFile()), mapping));
        return written;
    }

    /** A recorded mapping's response header, looked up without regard to case. */
    private static String header(ResponseDefinition response, String name) {
        if (response.getHeaders() == null) {
            return null;
        }
        for (HttpHeader h : response.getHeaders().all()) {
            if (h.key().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                return h.firstValue();
            }
        }
        return null;
    }

    private void normaliseNextLink(JsonNode body, Recorder recorder) {
        if (body instanceof ObjectNode o && o.path("@nextLink").isTextual()) {
            String link = o.get("@nextLink").asText();
            if (link.startsWith(recorder.target())) {
                o.put("@nextLink", PUBLIC_BASE + link.substring(recorder.target().length()));
            } else if (link.startsWith("http://127.0.0.1:") || link.startsWith("http://localhost:")) {
                int slash = link.indexOf('/', "http://".length());
                o.put("@nextLink", PUBLIC_BASE + (slash < 0 ? "" : link.substring(slash)));
            }
        }
    }

    private static String scrub(String text, Recorder recorder) {
        String token = recorder.token();
        return token == null || token.isEmpty() ? text : text.replace(token, "<scrubbed>");
    }

    /** A stable stand-in for the service's correlation vector, e.g. {@code 3q2-7wAAAAD_____.0}. */
    static String correlationVector(Scenario s) {
        UUID id = UUID.nameUUIDFromBytes(("cv:" + s.key()).getBytes(StandardCharsets.UTF_8));
        byte[] bytes = java.nio.ByteBuffer.allocate(12).putLong(id.getMostSignificantBits())
                .putInt((int) id.getLeastSignificantBits()).array();
        return java.util.Base64.getEncoder().encodeToString(bytes).substring(0, 16) + ".0";
    }

    /** A stable stand-in for the service's server id: nine digits. */
    static String serverId(Scenario s) {
        UUID id = UUID.nameUUIDFromBytes(("server:" + s.key()).getBytes(StandardCharsets.UTF_8));
        return String.format(Locale.ROOT, "%09d", Math.floorMod(id.getMostSignificantBits(), 1_000_000_000L));
    }

    private Path writeJson(Path file, JsonNode node) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, writer.writeValueAsString(node) + "\n", StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    /** The source corpus, where the recording command writes. */
    public static FixtureWriter sourceCorpus() {
        return new FixtureWriter(FixtureLoader.SOURCE_CORPUS);
    }
}
