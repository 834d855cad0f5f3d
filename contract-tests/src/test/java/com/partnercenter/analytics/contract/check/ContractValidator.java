package com.partnercenter.analytics.contract.check;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.partnercenter.analytics.contract.fixture.Fixture;
import com.partnercenter.analytics.contract.fixture.FixtureRequest;
import com.partnercenter.analytics.spec.AnalyticsSpec;
import com.partnercenter.analytics.spec.OperationDescriptor;
import com.partnercenter.analytics.spec.check.SpecSchemaValidator;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a fixture's request and response against the OpenAPI document, strictly.
 *
 * <p>Request: the method and path (or one of its {@code x-pc-path-aliases}) route to the fixture's
 * {@code metadata.operationId}; every query parameter is one the operation declares (or a declared
 * {@code x-pc-aliases} spelling); parameter values, header values and the security requirement are checked by
 * Atlassian's swagger-request-validator, with the path passed without its query string (given the query string in
 * the path, it finds no API path that matches).
 *
 * <p>Response: the status is documented for the operation; every header the spec documents for that status is
 * present and matches its schema; the body is validated by spec-tools' {@link SpecSchemaValidator}: a real
 * JSON Schema validator with the service's date-time grammar, which also reports every member no schema declares.
 *
 * <p>{@link #validate(Fixture)} reports everything; {@link #violations(Fixture)} drops what the fixture's own
 * status explains (a 400 for a request the spec rejects, a 401 for a request without a token, a 406 for an
 * unacceptable {@code Accept}) and, for quirk fixtures, the documented headers the documentation's examples do
 * not show.
 */
public final class ContractValidator {
    /** Checks whose findings a quirk fixture may have: the documentation's examples print few or no headers. */
    static final Set<String> TOLERATED_FOR_QUIRKS = Set.of("response.header.missing");

    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    /** The token sent for fixtures that match any bearer token. */
    public static final String PLACEHOLDER_TOKEN = "Bearer contract-test-token";

    private final AnalyticsSpec spec;
    private final SpecSchemaValidator bodies;
    private final OpenApiInteractionValidator requests;
    private final Map<String, Pattern> routes = new LinkedHashMap<>();

    /** Against the document bundled in the spec jar. */
    public static ContractValidator bundled() {
        try (InputStream in = AnalyticsSpec.class.getClassLoader().getResourceAsStream(AnalyticsSpec.CLASSPATH_LOCATION)) {
            if (in == null) {
                throw new IllegalStateException("No " + AnalyticsSpec.CLASSPATH_LOCATION + " on the classpath");
            }
            return new ContractValidator(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Against a document given as YAML text (used to show that a changed spec fails the corpus). */
    public ContractValidator(String documentYaml) {
        this.spec = AnalyticsSpec.read(new ByteArrayInputStream(documentYaml.getBytes(StandardCharsets.UTF_8)), "spec");
        this.bodies = new SpecSchemaValidator(spec);
        this.requests = OpenApiInteractionValidator.createForInlineApiSpecification(documentYaml)
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.request.parameter.query.unexpected", ValidationReport.Level.ERROR)
                        // Bodies are judged by SpecSchemaValidator (wire date grammar, unknown members).
                        .withLevel("validation.response.body", ValidationReport.Level.IGNORE)
                        .build())
                .build();
        for (OperationDescriptor op : spec.operations().values()) {
            routes.put(op.operationId(), routePattern(op));
        }
    }

    public AnalyticsSpec spec() {
        return spec;
    }

    /** The operation whose path (or path alias) and method match, if any. */
    public Optional<OperationDescriptor> route(String method, String urlPath) {
        for (OperationDescriptor op : spec.operations().values()) {
            if (op.method().equalsIgnoreCase(method) && routes.get(op.operationId()).matcher(urlPath).matches()) {
                return Optional.of(op);
            }
        }
        return Optional.empty();
    }

    /** The findings that fail the fixture: {@link #validate} minus what its status or kind explains. */
    public List<Finding> violations(Fixture fixture) {
        List<Finding> result = new ArrayList<>();
        for (Finding f : validate(fixture)) {
            if (!explained(fixture, f)) {
                result.add(f);
            }
        }
        return result;
    }

    /** Every finding, before anything is excused. */
    public List<Finding> validate(Fixture fixture) {
        List<Finding> findings = new ArrayList<>();
        FixtureRequest req = fixture.request();
        Optional<OperationDescriptor> routed = route(req.method(), req.urlPath());
        OperationDescriptor op = spec.operation(fixture.operationId()).orElse(null);
        if (op == null) {
            findings.add(new Finding(fixture.file(), "request.operation", "metadata.operationId",
                    "the spec has no operation '" + fixture.operationId() + "'"));
            return findings;
        }
        if (routed.isEmpty()) {
            findings.add(new Finding(fixture.file(), "request.route", "request",
                    req.method() + " " + req.urlPath() + " matches no path of the spec (nor an x-pc-path-aliases entry)"));
        } else if (!routed.get().operationId().equals(op.operationId())) {
            findings.add(new Finding(fixture.file(), "request.route", "request",
                    req.method() + " " + req.urlPath() + " is operation " + routed.get().operationId()
                            + ", but metadata.operationId says " + op.operationId()));
        }
        checkRequest(fixture, op, findings);
        checkResponse(fixture, op, findings);
        return findings;
    }

    private boolean explained(Fixture fixture, Finding f) {
        int status = fixture.status();
        String check = f.check();
        if (status == 400 && (check.startsWith("validation.request.parameter") || check.equals("request.query.unknown"))) {
            return true;
        }
        if (status == 401 && check.startsWith("validation.request.security")) {
            return true;
        }
        if (status == 406 && check.startsWith("validation.request.accept")) {
            return true;
        }
        return fixture.isQuirk() && TOLERATED_FOR_QUIRKS.contains(check);
    }

    // ---------------------------------------------------------------- request

    private void checkRequest(Fixture fixture, OperationDescriptor op, List<Finding> findings) {
        FixtureRequest req = fixture.request();
        JsonNode opNode = operationNode(op);
        Map<String, String> canonicalNames = queryParameterNames(opNode);

        // The validator routes on the document's own paths: an alias is checked as the path it stands for.
        String path = routes.get(op.operationId()).matcher(req.urlPath()).matches() ? concretePath(op, req.urlPath()) : req.urlPath();
        SimpleRequest.Builder b = new SimpleRequest.Builder(req.method(), path);
        for (Map.Entry<String, String> q : req.queryParameters().entrySet()) {
            String canonical = canonicalNames.get(q.getKey());
            if (canonical == null) {
                findings.add(new Finding(fixture.file(), "request.query.unknown", "request.queryParameters." + q.getKey(),
                        "query parameter '" + q.getKey() + "' is not declared by " + op.operationId()
                                + " (declared: " + String.join(", ", op.queryParameters()) + ")"));
                b.withQueryParam(q.getKey(), q.getValue());
            } else {
                b.withQueryParam(canonical, q.getValue());
            }
        }
        for (Map.Entry<String, FixtureRequest.HeaderMatcher> h : req.headers().entrySet()) {
            FixtureRequest.HeaderMatcher m = h.getValue();
            if (m.absent()) {
                continue;
            }
            if (h.getKey().equals("Authorization")) {
                b.withAuthorization(m.equalTo() != null ? m.equalTo() : PLACEHOLDER_TOKEN);
            } else if (m.equalTo() != null) {
                b.withHeader(h.getKey(), m.equalTo());
            }
        }
        // The headers the request was sent with (recorded) or the documentation shows (quirk): checked too.
        fixture.metadata().path("requestHeaders").fields().forEachRemaining(h -> {
            if (!h.getKey().equalsIgnoreCase("Authorization") && req.headers().keySet().stream().noneMatch(h.getKey()::equalsIgnoreCase)) {
                b.withHeader(h.getKey(), h.getValue().asText());
            }
        });
        Request request = b.build();
        ValidationReport report = requests.validateRequest(request);
        for (ValidationReport.Message m : report.getMessages()) {
            if (m.getLevel() == ValidationReport.Level.ERROR) {
                findings.add(new Finding(fixture.file(), m.getKey(), "request", m.getMessage()));
            }
        }
    }

    /** For an alias, the operation's own path with the alias's path parameters (aliases here have none). */
    private static String concretePath(OperationDescriptor op, String urlPath) {
        return op.pathAliases().contains(urlPath) ? op.path() : urlPath;
    }

    private Map<String, String> queryParameterNames(JsonNode opNode) {
        Map<String, String> names = new HashMap<>();
        for (JsonNode p : opNode.path("parameters")) {
            JsonNode param = spec.resolve(p);
            if ("query".equals(param.path("in").asText())) {
                String name = param.path("name").asText();
                names.put(name, name);
                param.path("x-pc-aliases").forEach(a -> names.put(a.asText(), name));
            }
        }
        return names;
    }

    // ---------------------------------------------------------------- response

    private void checkResponse(Fixture fixture, OperationDescriptor op, List<Finding> findings) {
        int status = fixture.status();
        JsonNode responseNode = operationNode(op).path("responses").path(Integer.toString(status));
        if (responseNode.isMissingNode()) {
            findings.add(new Finding(fixture.file(), "response.status.undocumented", "response.status",
                    "status " + status + " is not documented for " + op.operationId() + " (documented: " + op.responseStatuses() + ")"));
            return;
        }
        JsonNode response = spec.resolve(responseNode);
        Iterator<Map.Entry<String, JsonNode>> headers = response.path("headers").fields();
        while (headers.hasNext()) {
            Map.Entry<String, JsonNode> h = headers.next();
            Optional<String> value = fixture.response().header(h.getKey());
            if (value.isEmpty()) {
                findings.add(new Finding(fixture.file(), "response.header.missing", "response.headers." + h.getKey(),
                        "header '" + h.getKey() + "' is documented for status " + status + " but missing"));
            } else {
                checkHeaderValue(fixture, h.getKey(), value.get(), spec.resolve(h.getValue()).path("schema"), findings);
            }
        }
        JsonNode content = response.path("content");
        JsonNode body = fixture.response().body();
        if (content.isMissingNode() || content.isEmpty()) {
            if (body != null) {
                findings.add(new Finding(fixture.file(), "response.body.unexpected", "response.body",
                        "status " + status + " documents no body, but the fixture has one"));
            }
            return;
        }
        Optional<String> contentType = fixture.response().header("Content-Type");
        if (contentType.isEmpty() || !contentType.get().toLowerCase(Locale.ROOT).startsWith("application/json")) {
            findings.add(new Finding(fixture.file(), "response.contentType", "response.headers.Content-Type",
                    "expected application/json, found " + contentType.orElse("no Content-Type")));
        }
        if (body == null) {
            findings.add(new Finding(fixture.file(), "response.body.missing", "response.body",
                    "status " + status + " documents a JSON body, but the fixture has none"));
            return;
        }
        JsonNode schema = content.path("application/json").path("schema");
        String pointer = schema.has("$ref") ? schema.get("$ref").asText().substring(1) : null;
        if (pointer == null) {
            findings.add(new Finding(fixture.file(), "response.schema", "response.body",
                    "the spec's response schema is not a $ref; cannot validate"));
            return;
        }
        for (String message : bodies.validate(body, pointer)) {
            int colon = message.indexOf(": ");
            String location = jsonPath(colon > 0 ? message.substring(0, colon) : "$");
            String text = colon > 0 ? message.substring(colon + 2) : message;
            String check = text.startsWith("unknown property") ? "response.body.unknownProperty" : "response.body.schema";
            findings.add(new Finding(fixture.file(), check, "response.body " + location,
                    text + " (schema " + pointer.substring(pointer.lastIndexOf('/') + 1) + ")"));
        }
    }

    /** One notation for body locations: the schema validator's JSON pointers become {@code $.Value[0].field}. */
    static String jsonPath(String location) {
        if (location.startsWith("$")) {
            return location;
        }
        StringBuilder sb = new StringBuilder("$");
        for (String segment : location.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            String name = segment.replace("~1", "/").replace("~0", "~");
            sb.append(name.matches("\\d+") ? "[" + name + "]" : "." + name);
        }
        return sb.toString();
    }

    private void checkHeaderValue(Fixture fixture, String name, String value, JsonNode schema, List<Finding> findings) {
        String type = schema.path("type").asText();
        String format = schema.path("format").asText();
        boolean ok = true;
        if ("integer".equals(type)) {
            try {
                long v = Long.parseLong(value.trim());
                ok = !schema.has("minimum") || v >= schema.get("minimum").asLong();
            } catch (NumberFormatException e) {
                ok = false;
            }
        } else if ("uuid".equals(format)) {
            ok = UUID.matcher(value).matches();
        }
        if (!ok) {
            findings.add(new Finding(fixture.file(), "response.header.invalid", "response.headers." + name,
                    "'" + value + "' is not a valid " + (format.isEmpty() ? type : format)));
        }
    }

    // ---------------------------------------------------------------- document access

    private JsonNode operationNode(OperationDescriptor op) {
        return spec.document().path("paths").path(op.path()).path(op.method().toLowerCase(Locale.ROOT));
    }

    private static Pattern routePattern(OperationDescriptor op) {
        StringBuilder alternatives = new StringBuilder();
        List<String> paths = new ArrayList<>();
        paths.add(op.path());
        paths.addAll(op.pathAliases());
        for (String p : paths) {
            if (!alternatives.isEmpty()) {
                alternatives.append('|');
            }
            alternatives.append(Pattern.quote(p).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q"));
        }
        return Pattern.compile(alternatives.toString());
    }
}
