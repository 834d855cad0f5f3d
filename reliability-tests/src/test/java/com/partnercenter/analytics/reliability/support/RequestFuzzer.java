package com.partnercenter.analytics.reliability.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.partnercenter.analytics.query.FilterExpression;
import com.partnercenter.analytics.query.Filters;
import com.partnercenter.analytics.query.QueryException;
import com.partnercenter.analytics.query.QueryValidator;
import com.partnercenter.analytics.spec.AggregationLevel;
import com.partnercenter.analytics.spec.AnalyticsSpec;
import com.partnercenter.analytics.spec.FieldCapability;
import com.partnercenter.analytics.spec.FieldType;
import com.partnercenter.analytics.spec.FilterOperator;
import com.partnercenter.analytics.spec.OperationDescriptor;
import com.partnercenter.analytics.spec.QueryCapabilities;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Generates requests to the stub from the spec and a seed: every operation, its path (and aliases), its query and
 * header parameters with their schemas, and the query capability matrix of analytics operations. No list of paths,
 * parameters or fields is written here; all come from {@link AnalyticsSpec}.
 *
 * <p>Each request carries what it must get where the answer is certain ({@link FuzzRequest#expected()}); otherwise
 * only the spec's promises apply (a documented status, a valid body, no 5xx). Whether a generated filter is well
 * formed is decided by the query module's {@link QueryValidator}, the grammar the stub itself uses.
 */
public final class RequestFuzzer {
    /** What a request probes. */
    public enum Kind {
        VALID_QUERY, INVALID_PARAMETER, MALFORMED_FILTER, ODD_ENCODING, HUGE_OR_EMPTY, WRONG_METHOD, TOKEN, HEADER,
        PATH, BODY_ON_GET
    }

    /**
     * One request. {@code raw}: send the bytes as they are over a socket. {@code expected}: the statuses it must
     * get; empty when only the spec's promises apply.
     */
    public record FuzzRequest(OperationDescriptor op, Kind kind, String method, String target, List<String> headers,
                              byte[] body, boolean raw, Set<Integer> expected, String note) {
    }

    private static final String APP_ONLY_TOKEN = jwt("{\"idtyp\":\"app\",\"appid\":\"11111111-2222-3333-4444-555555555555\"}");
    private static final String USER_TOKEN = jwt("{\"idtyp\":\"user\",\"upn\":\"admin@contoso.onmicrosoft.com\"}");

    private final AnalyticsSpec spec;
    private final Random random;
    private final List<OperationDescriptor> operations;
    private final Map<String, List<JsonNode>> parameters = new LinkedHashMap<>();
    private final Map<String, List<JsonNode>> sampleRows;
    private final Set<String> allQueryParameters = new LinkedHashSet<>();
    private final String customerId;

    /**
     * @param sampleRows  rows the stub served for each analytics operation (values for filters that match)
     * @param customerId  a customer the stub knows
     */
    public RequestFuzzer(AnalyticsSpec spec, long seed, Map<String, List<JsonNode>> sampleRows, String customerId) {
        this.spec = spec;
        this.random = new Random(seed);
        this.operations = List.copyOf(spec.operations().values());
        this.sampleRows = sampleRows;
        this.customerId = customerId;
        for (OperationDescriptor op : operations) {
            List<JsonNode> list = new ArrayList<>();
            JsonNode item = spec.document().path("paths").path(op.path());
            item.path("parameters").forEach(p -> list.add(spec.resolve(p)));
            item.path(op.method().toLowerCase(Locale.ROOT)).path("parameters").forEach(p -> list.add(spec.resolve(p)));
            parameters.put(op.operationId(), list);
            allQueryParameters.addAll(op.queryParameters());
        }
    }

    public List<OperationDescriptor> operations() {
        return operations;
    }

    /** {@code count} requests, the operation chosen in turn and the kind at random by weight. */
    public List<FuzzRequest> generate(int count) {
        List<FuzzRequest> out = new ArrayList<>(count);
        Kind[] kinds = Kind.values();
        int[] weights = {24, 16, 16, 9, 6, 5, 10, 7, 4, 3};
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        for (int i = 0; i < count; i++) {
            OperationDescriptor op = operations.get(i % operations.size());
            int pick = random.nextInt(total);
            int k = 0;
            while (pick >= weights[k]) {
                pick -= weights[k++];
            }
            out.add(generate(op, kinds[k]));
        }
        return out;
    }

    public FuzzRequest generate(OperationDescriptor op, Kind kind) {
        return switch (kind) {
            case VALID_QUERY -> validQuery(op);
            case INVALID_PARAMETER -> invalidParameter(op);
            case MALFORMED_FILTER -> op.query().isPresent() ? malformedFilter(op) : validQuery(op);
            case ODD_ENCODING -> oddEncoding(op);
            case HUGE_OR_EMPTY -> hugeOrEmpty(op);
            case WRONG_METHOD -> wrongMethod(op);
            case TOKEN -> token(op);
            case HEADER -> header(op);
            case PATH -> path(op);
            case BODY_ON_GET -> bodyOnGet(op);
        };
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Valid requests

    private FuzzRequest validQuery(OperationDescriptor op) {
        Map<String, String> query = validParameters(op);
        return request(op, Kind.VALID_QUERY, query, validHeaders(op), Set.of(200), "valid");
    }

    /** A valid value for some of the operation's query parameters. */
    private Map<String, String> validParameters(OperationDescriptor op) {
        Map<String, String> q = new LinkedHashMap<>();
        QueryCapabilities caps = op.query().orElse(null);
        if (caps == null) {
            return q;
        }
        if (caps.supportsFilter() && random.nextDouble() < 0.6) {
            q.put("filter", validFilter(caps));
        }
        List<FieldCapability> grouped = List.of();
        if (caps.supportsGroupBy() && random.nextDouble() < 0.3 && !caps.groupableFields().isEmpty()) {
            grouped = pickSome(caps.groupableFields(), 1 + random.nextInt(2));
            q.put(random.nextInt(5) == 0 ? "groupBy" : "groupby", String.join(",", grouped.stream().map(this::spelling).toList()));
            if (caps.supportsAggregationLevel() && !caps.aggregationLevels().isEmpty() && random.nextBoolean()) {
                q.put("aggregationLevel", pick(caps.aggregationLevels()).wireValue());
            }
        }
        if (caps.supportsOrderBy() && random.nextDouble() < 0.3) {
            List<FieldCapability> orderable = new ArrayList<>(grouped.isEmpty() ? caps.orderableFields()
                    : grouped.stream().filter(FieldCapability::orderable).toList());
            if (!grouped.isEmpty()) {
                orderable.addAll(caps.aggregateFields().stream().filter(FieldCapability::orderable).toList());
            }
            if (!orderable.isEmpty()) {
                q.put("orderby", pick(orderable).name() + (random.nextBoolean() ? " desc" : random.nextBoolean() ? " asc" : ""));
            }
        }
        for (JsonNode p : parameters.get(op.operationId())) {
            String name = p.path("name").asText();
            if (!"query".equals(p.path("in").asText()) || q.containsKey(name) || caps.queryParameters().contains(name)
                    && List.of("filter", "groupby", "orderby", "aggregationLevel").contains(name)) {
                continue;
            }
            if (random.nextDouble() < 0.5) {
                q.put(name, validValue(p.path("schema")));
            }
        }
        return q;
    }

    /** The documented spelling, or (the spec allows it, DEV-11) another letter case. */
    private String spelling(FieldCapability f) {
        return random.nextInt(6) == 0 ? f.name().toUpperCase(Locale.ROOT) : f.name();
    }

    private String validValue(JsonNode schema) {
        String type = schema.path("type").asText();
        if (schema.has("enum")) {
            return schema.path("enum").get(random.nextInt(schema.path("enum").size())).asText();
        }
        if ("integer".equals(type)) {
            long min = schema.path("minimum").asLong(0);
            long max = schema.path("maximum").asLong(Math.max(min + 5000, 5000));
            long v = random.nextInt(12) == 0 ? (random.nextBoolean() ? min : max) : min + random.nextInt((int) Math.min(200, max - min + 1));
            return Long.toString(v);
        }
        if (isDateTime(schema)) {
            LocalDate d = LocalDate.of(2019, 1, 1).plusDays(random.nextInt(7 * 365));
            return random.nextBoolean() ? d.toString() : d + "T00:00:00";
        }
        if ("uuid".equals(schema.path("format").asText())) {
            return new UUID(random.nextLong(), random.nextLong()).toString();
        }
        return "v1";
    }

    private List<String> validHeaders(OperationDescriptor op) {
        List<String> h = new ArrayList<>();
        h.add("Authorization: " + StubHttp.BEARER);
        for (JsonNode p : parameters.get(op.operationId())) {
            if (!"header".equals(p.path("in").asText()) || random.nextBoolean()) {
                continue;
            }
            String name = p.path("name").asText();
            JsonNode schema = p.path("schema");
            String value = "uuid".equals(schema.path("format").asText()) ? new UUID(random.nextLong(), random.nextLong()).toString()
                    : schema.has("default") ? schema.get("default").asText() : "reliability-fuzzer";
            h.add(name + ": " + value);
        }
        return h;
    }

    /** A well-formed filter of one to four conditions joined by and/or, some in parentheses. */
    public String validFilter(QueryCapabilities caps) {
        int n = 1 + random.nextInt(4);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                text.append(random.nextBoolean() ? " and " : " or ");
            }
            String condition = condition(caps).toFilterString();
            text.append(random.nextInt(4) == 0 ? "(" + condition + ")" : condition);
        }
        String filter = random.nextInt(5) == 0 ? "(" + text + ")" : text.toString();
        new QueryValidator(caps).filter(filter); // a generator bug fails here, not as a stub finding
        return filter;
    }

    private FilterExpression condition(QueryCapabilities caps) {
        FieldCapability field = pick(caps.filterableFields());
        FilterOperator op = pick(sorted(field.filterOperators()));
        if (op == FilterOperator.CONTAINS) {
            String sample = sampleString(caps, field);
            int from = sample.isEmpty() ? 0 : random.nextInt(sample.length());
            return Filters.contains(field.name(), sample.substring(from, Math.min(sample.length(), from + 1 + random.nextInt(6))));
        }
        if (field.nullable() && (op == FilterOperator.EQ || op == FilterOperator.NE) && random.nextInt(8) == 0) {
            return Filters.field(field.name()).compare(op, null);
        }
        return Filters.field(field.name()).compare(op, literalValue(caps, field));
    }

    private Object literalValue(QueryCapabilities caps, FieldCapability field) {
        return switch (field.type()) {
            case STRING -> sampleString(caps, field);
            case BOOLEAN -> random.nextBoolean();
            case INTEGER -> (long) random.nextInt(1000) - (random.nextInt(10) == 0 ? 500 : 0);
            case NUMBER -> random.nextBoolean() ? (Object) (long) random.nextInt(1000) : (Object) (random.nextInt(100000) / 100.0);
            case DATE -> LocalDate.of(2018, 1, 1).plusDays(random.nextInt(9 * 365));
            case DATE_TIME -> random.nextBoolean() ? LocalDate.of(2018, 1, 1).plusDays(random.nextInt(9 * 365))
                    : OffsetDateTime.of(2018, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC).plusSeconds(random.nextInt(280_000_000));
        };
    }

    /** A value the stub's rows carry for the field, or an odd string (quotes, non-ASCII). */
    private String sampleString(QueryCapabilities caps, FieldCapability field) {
        List<JsonNode> rows = sampleRows.getOrDefault(caps.operationId(), List.of());
        if (!rows.isEmpty() && random.nextInt(4) != 0) {
            JsonNode v = rows.get(random.nextInt(rows.size())).path(field.wireName());
            if (v.isTextual() && !v.asText().isEmpty()) {
                return v.asText();
            }
        }
        return pick(List.of("US", "O'Brien & Sons", "Müller GmbH", "東京", "emoji 😀", "a''b", "%20", "Virtual Machines", "x"));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Invalid parameter values (each a 400), from the parameter schemas and the matrix

    private FuzzRequest invalidParameter(OperationDescriptor op) {
        Map<String, String> q = validParameters(op);
        List<Function<Map<String, String>, String>> options = new ArrayList<>();
        QueryCapabilities caps = op.query().orElse(null);
        for (JsonNode p : parameters.get(op.operationId())) {
            if (!"query".equals(p.path("in").asText())) {
                continue;
            }
            String name = p.path("name").asText();
            JsonNode schema = p.path("schema");
            if ("integer".equals(schema.path("type").asText())) {
                options.add(m -> put(m, name, pick(invalidIntegers(schema))));
            } else if (isDateTime(schema)) {
                options.add(m -> put(m, name, pick(List.of("yesterday", "2018-13-45", "2018-01-01T25:00:00", "01/02/2018", "2018-02-30"))));
            } else if (schema.has("enum")) {
                options.add(m -> {
                    if (caps != null && caps.supportsGroupBy() && !caps.groupableFields().isEmpty()) {
                        m.put("groupby", pick(caps.groupableFields()).name());
                    }
                    return put(m, name, pick(List.of("year", "daily", "quarter", "d@y")));
                });
            }
        }
        if (caps != null && caps.supportsGroupBy()) {
            options.add(m -> put(m, "groupby", pick(List.of("noSuchField", "customerMarket,,", "x y", ","))));
            if (!caps.groupableFields().isEmpty()) {
                options.add(m -> {
                    String f = pick(caps.groupableFields()).name();
                    return put(m, "groupby", f + "," + f);
                });
            }
            List<FieldCapability> notGroupable = caps.fields().values().stream().filter(f -> !f.groupable()).toList();
            if (!notGroupable.isEmpty()) {
                options.add(m -> put(m, "groupby", pick(notGroupable).name()));
            }
        }
        if (caps != null && caps.supportsAggregationLevel() && !caps.aggregationLevels().isEmpty()) {
            options.add(m -> {
                m.remove("groupby");
                m.remove("groupBy");
                return put(m, "aggregationLevel", pick(caps.aggregationLevels()).wireValue());
            });
        }
        if (caps != null && caps.supportsOrderBy()) {
            options.add(m -> put(m, "orderby", pick(List.of("noSuchField", "customerName sideways", "desc", "a b c"))));
        }
        for (String foreign : allQueryParameters) {
            if (!op.queryParameters().contains(foreign)) {
                options.add(m -> put(m, foreign, foreign.equals("filter") ? "a eq 'b'" : "1"));
            }
        }
        // a parameter the operation does not declare: the OData habit, a letter-case slip, a stray extra; never ignored
        options.add(m -> put(m, pick(List.of("$filter", "$top", "$skip", "$orderby", "$groupby", "Filter", "TOP", "colour", "foo")),
                "red"));
        for (JsonNode p : parameters.get(op.operationId())) {
            if ("header".equals(p.path("in").asText()) && "uuid".equals(p.path("schema").path("format").asText())) {
                String name = p.path("name").asText();
                options.add(m -> "header " + name);
            }
        }
        if (options.isEmpty()) {
            return validQuery(op);
        }
        String what = pick(options).apply(q);
        List<String> headers = validHeaders(op);
        if (what.startsWith("header ")) {
            String name = what.substring("header ".length());
            headers.removeIf(h -> h.startsWith(name + ":"));
            headers.add(name + ": " + pick(List.of("not-a-guid", "1234", "{00000000-0000-0000-0000-000000000000", "zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz")));
        }
        return request(op, Kind.INVALID_PARAMETER, q, headers, Set.of(400), what);
    }

    private static String put(Map<String, String> m, String name, String value) {
        m.put(name, value);
        return name + "=" + value;
    }

    private static List<String> invalidIntegers(JsonNode schema) {
        List<String> values = new ArrayList<>(List.of("abc", "1.5", "99999999999999999999", "0x10", "1e3", "NaN", "--1"));
        if (schema.has("minimum")) {
            values.add(Long.toString(schema.get("minimum").asLong() - 1));
            values.add(Long.toString(Integer.MIN_VALUE));
        }
        if (schema.has("maximum")) {
            values.add(Long.toString(schema.get("maximum").asLong() + 1));
            values.add(Long.toString(Integer.MAX_VALUE));
        } else if ("int32".equals(schema.path("format").asText())) {
            values.add(Long.toString(Integer.MAX_VALUE + 1L)); // one past the format's bound
        }
        return values;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Malformed filters: mutations of well-formed ones, judged by the grammar

    private FuzzRequest malformedFilter(OperationDescriptor op) {
        QueryCapabilities caps = op.query().orElseThrow();
        String valid = validFilter(caps);
        FieldCapability field = pick(caps.filterableFields());
        Set<FilterOperator> notAllowed = EnumSet.complementOf(EnumSet.copyOf(
                field.filterOperators().isEmpty() ? EnumSet.of(FilterOperator.EQ) : field.filterOperators()));
        List<String> mutants = new ArrayList<>(List.of(
                "noSuchField eq 'x'",
                valid + " and",
                "(" + valid,
                valid + ")",
                valid.substring(0, 1 + random.nextInt(valid.length() - 1)),
                field.name() + " eq 'unterminated",
                field.name() + " eq",
                field.name() + " eq eq 'x'",
                "contains(" + field.name() + ")",
                "contains(" + field.name() + ", 5, 6)",
                "not " + valid,
                field.name() + " eq 'a' and or " + valid,
                "()",
                randomGarbage(1 + random.nextInt(40)),
                "(".repeat(65) + valid + ")".repeat(65),
                valid.replace(" ", "\t"),
                valid.replace("'", "\"")));
        if (!notAllowed.isEmpty()) {
            FilterOperator bad = pick(sorted(notAllowed));
            mutants.add(bad == FilterOperator.CONTAINS ? "contains(" + field.name() + ",'1')" : field.name() + " " + bad.token() + " '1'");
        }
        switch (field.type()) {
            case BOOLEAN -> mutants.add(field.name() + " eq 'maybe'");
            case INTEGER, NUMBER -> mutants.add(field.name() + " eq 'twelve'");
            case DATE, DATE_TIME -> mutants.add(field.name() + " ge cast('not a date', Edm.DateTimeOffset)");
            default -> mutants.add(field.name() + " eq 12");
        }
        String filter = pick(mutants);
        Map<String, String> q = new LinkedHashMap<>();
        q.put("filter", filter);
        boolean accepted = accepts(caps, filter);
        return request(op, Kind.MALFORMED_FILTER, q, validHeaders(op), Set.of(accepted ? 200 : 400),
                (accepted ? "well-formed after all: " : "malformed: ") + filter);
    }

    private static boolean accepts(QueryCapabilities caps, String filter) {
        if (filter.isBlank()) {
            return true; // a blank filter is no filter, for the stub as for the client
        }
        if (filter.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return false; // the stub refuses control characters in any value (server-stub README)
        }
        try {
            new QueryValidator(caps).filter(filter);
            return true;
        } catch (QueryException e) {
            return false;
        }
    }

    private String randomGarbage(int n) {
        String alphabet = "abc XYZ019'\"()[]{},.;:!@#$%^&*-+=/\\|<>?~`eqandor\u00e9\u4e2d";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Odd encodings, huge and empty values (raw bytes on the wire)

    private FuzzRequest oddEncoding(OperationDescriptor op) {
        String path = pathOf(op);
        QueryCapabilities caps = op.query().orElse(null);
        String plain = caps != null && caps.supportsFilter() ? validFilter(caps) : null;
        List<String> auth = List.of("Authorization: " + StubHttp.BEARER);
        int variant = random.nextInt(plain == null ? 4 : 11);
        return switch (variant) {
            case 0 -> raw(op, Kind.ODD_ENCODING, "GET", path + "?x=%zz", auth, Set.of(400), "bad percent-encoding");
            case 1 -> raw(op, Kind.ODD_ENCODING, "GET", path + "/", auth, Set.of(), "trailing slash");
            case 2 -> raw(op, Kind.ODD_ENCODING, "GET", path.replace("/analytics/", "//analytics/"), auth, Set.of(), "double slash");
            case 3 -> raw(op, Kind.ODD_ENCODING, "GET", path + ";jsessionid=1234", auth, Set.of(), "path parameter");
            case 4 -> raw(op, Kind.ODD_ENCODING, "GET", path + "?filter=" + plain, auth,
                    plain.chars().anyMatch(c -> c == ' ' || c > 0x7e) ? Set.of(400) : Set.of(),
                    "raw spaces and non-ASCII in the request target");
            case 5 -> raw(op, Kind.ODD_ENCODING, "GET", path + "?filter=" + encode(plain).replace("%20", "+"), auth, Set.of(200),
                    "'+' for spaces");
            case 6 -> raw(op, Kind.ODD_ENCODING, "GET", path + "?filter=" + lowerHex(encode(plain)), auth, Set.of(200), "lower-case hex");
            case 7 -> raw(op, Kind.ODD_ENCODING, "GET", path + "?filter=" + encode(encode(plain)), auth, Set.of(), "double-encoded");
            case 8 -> raw(op, Kind.ODD_ENCODING, "GET", path + "?filter=" + encode(plain).replace("%27", "%C0%A7"), auth, Set.of(), "overlong UTF-8");
            case 9 -> raw(op, Kind.ODD_ENCODING, "GET", path + "?filter=" + encode(plain) + "&filter=" + encode(plain), auth, Set.of(400), "parameter twice");
            default -> raw(op, Kind.ODD_ENCODING, "GET", path + "?filter=" + encode(plain) + "%00", auth, Set.of(), "NUL byte");
        };
    }

    private FuzzRequest hugeOrEmpty(OperationDescriptor op) {
        List<String> names = new ArrayList<>(op.queryParameters());
        if (names.isEmpty() || random.nextInt(4) == 0) {
            // a header value of 60 KiB, or a request target longer than the server accepts
            if (random.nextBoolean()) {
                List<String> headers = new ArrayList<>(List.of("Authorization: " + StubHttp.BEARER));
                headers.add("MS-PartnerCenter-Application: " + "a".repeat(60 * 1024));
                return raw(op, Kind.HUGE_OR_EMPTY, "GET", pathOf(op), headers, Set.of(), "60 KiB header");
            }
            return raw(op, Kind.HUGE_OR_EMPTY, "GET", pathOf(op) + "?unknown=" + "b".repeat(300 * 1024),
                    List.of("Authorization: " + StubHttp.BEARER), Set.of(400), "300 KiB query (over the request line limit)");
        }
        String name = pick(names);
        Map<String, String> q = new LinkedHashMap<>();
        if (random.nextBoolean()) {
            q.put(name, "");
            return request(op, Kind.HUGE_OR_EMPTY, q, validHeaders(op), Set.of(), name + " empty");
        }
        if (name.equals("filter") && random.nextBoolean()) {
            // the spec's maxLength, and one past it, percent-encoded throughout (three times as long on the wire)
            int max = spec.document().path("components").path("parameters").path("Filter").path("schema").path("maxLength").asInt();
            boolean over = random.nextBoolean();
            String field = op.query().orElseThrow().filterableFields().stream()
                    .filter(f -> f.type() == FieldType.STRING && f.allows(FilterOperator.EQ)).findFirst().orElseThrow().name();
            String head = field + " eq '";
            String filter = head + "A".repeat(max + (over ? 1 : 0) - head.length() - 1) + "'";
            StringBuilder encoded = new StringBuilder();
            for (char c : filter.toCharArray()) {
                encoded.append('%').append(String.format("%02X", (int) c));
            }
            return raw(op, Kind.HUGE_OR_EMPTY, "GET", pathOf(op) + "?filter=" + encoded, validHeaders(op),
                    Set.of(over ? 400 : 200), "filter of " + filter.length() + " characters, every one percent-encoded");
        }
        String huge = name.equals("filter") ? "customerName eq '" + "x".repeat(20_000) + "'" : "9".repeat(20_000);
        q.put(name, huge);
        return request(op, Kind.HUGE_OR_EMPTY, q, validHeaders(op), Set.of(), name + " huge");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Methods, tokens, headers, paths, bodies

    private FuzzRequest wrongMethod(OperationDescriptor op) {
        String method = pick(List.of("POST", "PUT", "PATCH", "DELETE"));
        return raw(op, Kind.WRONG_METHOD, method, pathOf(op), List.of("Authorization: " + StubHttp.BEARER,
                "Content-Type: application/json"), method.equals("DELETE") ? null : "{}".getBytes(StandardCharsets.UTF_8),
                Set.of(405), method);
    }

    private FuzzRequest token(OperationDescriptor op) {
        boolean userOnly = op.path().startsWith("/partner/v1/analytics/") && !op.path().startsWith("/partner/v1/analytics/commercial/");
        List<Object[]> variants = List.of(
                new Object[]{null, 401}, new Object[]{"", 401}, new Object[]{"Bearer", 401}, new Object[]{"Bearer ", 401},
                new Object[]{"Basic dXNlcjpwYXNzd29yZA==", 401}, new Object[]{"Bearer two parts", 401},
                new Object[]{"Bearer tok<en>", 401}, new Object[]{TOKEN_ONLY, 401}, new Object[]{"Token " + TOKEN_ONLY, 401},
                new Object[]{"Bearer t\u00f6ken", 401}, new Object[]{"bearer " + TOKEN_ONLY, 200},
                new Object[]{"Bearer " + USER_TOKEN, 200}, new Object[]{"Bearer " + APP_ONLY_TOKEN, userOnly ? 403 : 200},
                new Object[]{"Bearer " + "A".repeat(8000), 200});
        Object[] v = pick(variants);
        List<String> headers = new ArrayList<>();
        if (v[0] != null) {
            headers.add("Authorization: " + v[0]);
        }
        return raw(op, Kind.TOKEN, "GET", pathOf(op), headers, Set.of((Integer) v[1]), "Authorization: " + abbreviate(String.valueOf(v[0])));
    }

    private static final String TOKEN_ONLY = StubHttp.TOKEN;

    private FuzzRequest header(OperationDescriptor op) {
        List<Object[]> variants = new ArrayList<>(List.of(
                new Object[]{"Accept", "text/html", 406}, new Object[]{"Accept", "application/xml", 406},
                new Object[]{"Accept", "image/*", 406}, new Object[]{"Accept", "garbage///", 406},
                new Object[]{"Accept", "application/json", 200}, new Object[]{"Accept", "*/*", 200},
                new Object[]{"Accept", "text/html, application/json;q=0.1", 200},
                new Object[]{"Accept", "application/json; charset=utf-8", 200},
                new Object[]{"X-Locale", "xx-YY", 200}, new Object[]{"X-Locale", "", 200},
                new Object[]{"MS-CorrelationId", "not-a-guid", 0}, new Object[]{"X-Stub-Fault", "status=abc", 400},
                new Object[]{"X-Stub-Fault", "explode", 400}, new Object[]{"X-Stub-Fault", "status=200", 400},
                new Object[]{"Content-Type", "application/x-www-form-urlencoded", 200}));
        Object[] v = pick(variants);
        List<String> headers = new ArrayList<>(List.of("Authorization: " + StubHttp.BEARER));
        headers.add(v[0] + ": " + v[1]);
        int status = (Integer) v[2];
        return raw(op, Kind.HEADER, "GET", pathOf(op), headers, status == 0 ? Set.of() : Set.of(status), v[0] + ": " + v[1]);
    }

    private FuzzRequest path(OperationDescriptor op) {
        List<String> auth = List.of("Authorization: " + StubHttp.BEARER);
        if (op.path().contains("{")) {
            String template = op.path();
            int variant = random.nextInt(6);
            return switch (variant) {
                case 0 -> raw(op, Kind.PATH, "GET", template.replaceAll("\\{[^}]+}", customerId), auth, Set.of(200), "known customer");
                case 1 -> raw(op, Kind.PATH, "GET", template.replaceAll("\\{[^}]+}", new UUID(random.nextLong(), random.nextLong()).toString()),
                        auth, Set.of(404), "unknown customer");
                case 2 -> raw(op, Kind.PATH, "GET", template.replaceAll("\\{[^}]+}", pick(List.of("abc", "1234", "not-a-guid",
                        customerId.substring(1), customerId + "0"))), auth, Set.of(400), "malformed customer id");
                case 3 -> raw(op, Kind.PATH, "GET", template.replaceAll("\\{[^}]+}", "%20"), auth, Set.of(), "blank customer id");
                case 4 -> raw(op, Kind.PATH, "GET", template.replaceAll("\\{[^}]+}", customerId.toUpperCase(Locale.ROOT)), auth, Set.of(), "upper-case customer id");
                default -> raw(op, Kind.PATH, "GET", template.replaceAll("\\{[^}]+}", "..%2F..%2Fetc"), auth, Set.of(), "encoded traversal");
            };
        }
        if (!op.pathAliases().isEmpty() && random.nextBoolean()) {
            return raw(op, Kind.PATH, "GET", pick(op.pathAliases()), auth, Set.of(200), "documented alias");
        }
        return raw(op, Kind.PATH, "GET", op.path() + pick(List.of("x", "/extra", "/..;/", "%2F")), auth, Set.of(), "unknown path");
    }

    private FuzzRequest bodyOnGet(OperationDescriptor op) {
        byte[] body = pick(List.of("{}", "{\"filter\":\"x\"}", "x".repeat(1024))).getBytes(StandardCharsets.UTF_8);
        return raw(op, Kind.BODY_ON_GET, "GET", pathOf(op), List.of("Authorization: " + StubHttp.BEARER,
                "Content-Type: application/json"), body, Set.of(400), "GET with a " + body.length + "-byte body");
    }

    // ---------------------------------------------------------------------------------------------------------------

    private String pathOf(OperationDescriptor op) {
        return op.path().replaceAll("\\{[^}]+}", customerId);
    }

    private FuzzRequest request(OperationDescriptor op, Kind kind, Map<String, String> query, List<String> headers,
                                Set<Integer> expected, String note) {
        StringBuilder target = new StringBuilder(pathOf(op));
        char sep = '?';
        for (Map.Entry<String, String> e : query.entrySet()) {
            target.append(sep).append(encode(e.getKey())).append('=').append(encode(e.getValue()));
            sep = '&';
        }
        return new FuzzRequest(op, kind, "GET", target.toString(), headers, null, false, expected, note);
    }

    private FuzzRequest raw(OperationDescriptor op, Kind kind, String method, String target, List<String> headers,
                            Set<Integer> expected, String note) {
        return raw(op, kind, method, target, headers, null, expected, note);
    }

    private FuzzRequest raw(OperationDescriptor op, Kind kind, String method, String target, List<String> headers, byte[] body,
                            Set<Integer> expected, String note) {
        return new FuzzRequest(op, kind, method, target, headers, body, true, expected, note);
    }

    /** Percent-encodes everything but the unreserved characters, as UTF-8. */
    public static String encode(String s) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }

    private static String lowerHex(String encoded) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%' && i + 2 < encoded.length()) {
                out.append('%').append(encoded.substring(i + 1, i + 3).toLowerCase(Locale.ROOT));
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** In enum order: the spec's sets iterate in an order that changes from run to run, the seed must not. */
    private static List<FilterOperator> sorted(Set<FilterOperator> operators) {
        return operators.stream().sorted().toList();
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private <T> List<T> pickSome(List<T> list, int n) {
        List<T> copy = new ArrayList<>(list);
        java.util.Collections.shuffle(copy, random);
        return copy.subList(0, Math.min(n, copy.size()));
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    private static String jwt(String claims) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"typ\":\"JWT\",\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "." + b64.encodeToString("sig".getBytes(StandardCharsets.UTF_8));
    }

    /** Date-time parameters: {@code format: local-date-time} (offset optional, DEV-36) or a standard {@code date-time}. */
    private static boolean isDateTime(JsonNode schema) {
        String format = schema.path("format").asText();
        return format.equals("local-date-time") || format.equals("date-time");
    }
}
