package com.partnercenter.analytics.contract.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.partnercenter.analytics.contract.fixture.Fixture;
import com.partnercenter.analytics.spec.AnalyticsSpec;
import com.partnercenter.analytics.spec.OperationDescriptor;
import com.partnercenter.analytics.spec.WireDateTimes;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;

/**
 * What a quirk fixture must show to claim a documented deviation: for each {@code x-pc-doc-deviation} id that is
 * visible on the wire, a test of the fixture. A quirk fixture that lists such an id without showing it fails, so
 * the list in {@code metadata.deviations} cannot drift from the fixture's content. Ids about prose only (copy
 * slips, cloud lists) have no test and only have to exist in the spec.
 */
public final class DeviationEvidence {
    private static final Set<String> DOCUMENTED_SUBSCRIPTION_TYPES = Set.of("Office", "Azure", "Microsoft365", "Dynamics", "EMS");
    private static final Set<String> UNDOCUMENTED_FIELDS = Set.of("consumptionMeterId", "creationDate", "partnerName",
            "providerName", "churnRisk", "billingCycleName");
    private static final Set<String> DOCUMENTED_FIELDS_NOT_SENT = Set.of("customerId", "serviceCode", "workloadCode",
            "indirectResellerCount");
    private static final Pattern LOCAL_DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,7})?");
    private static final Pattern OFFSET_DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,7})?[+-]\\d{2}:\\d{2}");

    private record Evidence(String shows, BiPredicate<Fixture, AnalyticsSpec> test) {
    }

    private static final Map<String, Evidence> EVIDENCE = new LinkedHashMap<>();

    static {
        EVIDENCE.put("DEV-01", new Evidence("a request on one of the operation's x-pc-path-aliases",
                (f, spec) -> spec.operation(f.operationId()).map(OperationDescriptor::pathAliases)
                        .map(a -> a.contains(f.request().urlPath())).orElse(false)));
        EVIDENCE.put("DEV-02", new Evidence("a documented bare row wrapped in the page envelope (metadata.wrappedBareRow, one row)",
                (f, spec) -> f.metadata().path("wrappedBareRow").asBoolean(false) && body(f).path("Value").size() == 1));
        EVIDENCE.put("DEV-05", new Evidence("the query parameter spelled groupBy",
                (f, spec) -> f.request().queryParameters().containsKey("groupBy")));
        EVIDENCE.put("DEV-06", new Evidence("a count sent as a JSON string in a row",
                (f, spec) -> rows(f).stream().anyMatch(r -> r.path("subscriptionCount").isTextual() || r.path("licenseCount").isTextual())));
        EVIDENCE.put("DEV-07", new Evidence("workloadName as a JSON string in a customer usage item",
                (f, spec) -> rows(f).stream().anyMatch(r -> r.path("workloadName").isTextual())));
        EVIDENCE.put("DEV-08", new Evidence("mpnId as a JSON number",
                (f, spec) -> rows(f).stream().anyMatch(r -> r.path("mpnId").isNumber())));
        EVIDENCE.put("DEV-09", new Evidence("an error code as a JSON number",
                (f, spec) -> body(f).path("code").isNumber()));
        EVIDENCE.put("DEV-10", new Evidence("a date-time without offset, a bare date, or an offset date-time described as UTC",
                (f, spec) -> strings(body(f)).stream().anyMatch(s -> LOCAL_DATE_TIME.matcher(s).matches()
                        || (WireDateTimes.isDate(s)) || OFFSET_DATE_TIME.matcher(s).matches())));
        EVIDENCE.put("DEV-11", new Evidence("the camelCase key customerTenantId where the resource table writes CustomerTenantId",
                (f, spec) -> rows(f).stream().anyMatch(r -> r.has("customerTenantId"))));
        EVIDENCE.put("DEV-12", new Evidence("the row key latestSubscriptionDeprovisionedEndDate",
                (f, spec) -> rows(f).stream().anyMatch(r -> r.has("latestSubscriptionDeprovisionedEndDate"))));
        EVIDENCE.put("DEV-13", new Evidence("the row key licenseActive",
                (f, spec) -> rows(f).stream().anyMatch(r -> r.has("licenseActive"))));
        EVIDENCE.put("DEV-16", new Evidence("a field the resource table misses, or an item without a documented field",
                (f, spec) -> rows(f).stream().anyMatch(r -> UNDOCUMENTED_FIELDS.stream().anyMatch(r::has))
                        || rows(f).stream().anyMatch(r -> r.has("attributes")
                        && DOCUMENTED_FIELDS_NOT_SENT.stream().anyMatch(k -> !r.has(k)))));
        EVIDENCE.put("DEV-17", new Evidence("a subscriptionType outside Office, Azure, Microsoft365, Dynamics, EMS",
                (f, spec) -> rows(f).stream().anyMatch(r -> r.path("subscriptionType").isTextual()
                        && !DOCUMENTED_SUBSCRIPTION_TYPES.contains(r.path("subscriptionType").asText()))));
        EVIDENCE.put("DEV-20", new Evidence("the throttling body {statusCode, message} with Retry-After",
                (f, spec) -> f.status() == 429 && body(f).has("statusCode") && body(f).has("message")
                        && f.response().header("Retry-After").isPresent()));
        EVIDENCE.put("DEV-22", new Evidence("the request header MS-PartnerCenter-Client in metadata.requestHeaders",
                (f, spec) -> f.metadata().path("requestHeaders").has("MS-PartnerCenter-Client")));
        EVIDENCE.put("DEV-23", new Evidence("the request's MS-RequestId answered under MS-CorrelationId and the other way round",
                (f, spec) -> {
                    JsonNode sent = f.metadata().path("requestHeaders");
                    return sent.has("MS-RequestId")
                            && f.response().header("MS-CorrelationId").map(v -> v.equals(sent.path("MS-RequestId").asText())).orElse(false)
                            && f.response().header("MS-RequestId").map(v -> v.equals(sent.path("MS-CorrelationId").asText())).orElse(false);
                }));
        EVIDENCE.put("DEV-24", new Evidence("counts documented as double sent as whole numbers",
                (f, spec) -> rows(f).stream().anyMatch(r -> r.path("subscriptionCount").isIntegralNumber()
                        || r.path("licenseCount").isIntegralNumber())));
        EVIDENCE.put("DEV-25", new Evidence("a percent field holding 0.0 or 1.0",
                (f, spec) -> rows(f).stream().anyMatch(r -> percentFields(r).stream()
                        .anyMatch(v -> v.isNumber() && (v.asDouble() == 0.0 || v.asDouble() == 1.0)))));
        EVIDENCE.put("DEV-27", new Evidence("a referral id of digits",
                (f, spec) -> rows(f).stream().anyMatch(r -> r.path("id").asText("").matches("\\d+"))));
        EVIDENCE.put("DEV-29", new Evidence("the page envelope completed around the documented rows (metadata.envelopeCompleted)",
                (f, spec) -> f.metadata().path("envelopeCompleted").asBoolean(false)
                        && body(f).has("@nextLink") && body(f).has("TotalCount")));
        EVIDENCE.put("DEV-31", new Evidence("a date that never happened, as null or 0001-01-01T00:00:00",
                (f, spec) -> rows(f).stream().anyMatch(r -> {
                    Iterator<Map.Entry<String, JsonNode>> it = r.fields();
                    while (it.hasNext()) {
                        Map.Entry<String, JsonNode> e = it.next();
                        if (e.getKey().endsWith("Date") && (e.getValue().isNull() || e.getValue().asText().equals("0001-01-01T00:00:00"))) {
                            return true;
                        }
                    }
                    return false;
                })));
        EVIDENCE.put("DEV-32", new Evidence("a documented request whose filter the documentation percent-encodes (metadata.note says so)",
                (f, spec) -> f.request().queryParameters().containsKey("filter") && f.metadata().path("note").asText().contains("percent-encodes")));
    }

    private DeviationEvidence() {
    }

    /** The ids this class can test. */
    public static Set<String> testableIds() {
        return EVIDENCE.keySet();
    }

    /** What the fixture would have to show for {@code id}, or empty when the id is not testable on a fixture. */
    public static Optional<String> expectation(String id) {
        return Optional.ofNullable(EVIDENCE.get(id)).map(Evidence::shows);
    }

    /** True when the fixture shows the deviation (ids without a test count as shown). */
    public static boolean shows(Fixture fixture, String id, AnalyticsSpec spec) {
        Evidence e = EVIDENCE.get(id);
        return e == null || e.test().test(fixture, spec);
    }

    /** Every {@code x-pc-doc-deviation} id declared anywhere in the document. */
    public static Set<String> declaredIds(AnalyticsSpec spec) {
        Set<String> ids = new LinkedHashSet<>();
        collect(spec.document(), ids);
        return ids;
    }

    private static void collect(JsonNode node, Set<String> ids) {
        if (node.isObject()) {
            node.path("x-pc-doc-deviation").forEach(d -> ids.add(d.path("id").asText()));
            node.elements().forEachRemaining(child -> collect(child, ids));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> collect(child, ids));
        }
    }

    private static JsonNode body(Fixture f) {
        return f.response().body() == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : f.response().body();
    }

    /** The rows of a page ({@code Value}) or the items of a Collection. */
    private static List<JsonNode> rows(Fixture f) {
        List<JsonNode> rows = new ArrayList<>();
        body(f).path("Value").forEach(rows::add);
        body(f).path("items").forEach(rows::add);
        return rows;
    }

    private static List<JsonNode> percentFields(JsonNode row) {
        List<JsonNode> values = new ArrayList<>();
        row.fields().forEachRemaining(e -> {
            if (e.getKey().toLowerCase(java.util.Locale.ROOT).contains("percent")) {
                values.add(e.getValue());
            }
        });
        return values;
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isTextual()) {
            out.add(node.asText());
        } else if (node.isContainerNode()) {
            node.elements().forEachRemaining(child -> out.addAll(strings(child)));
        }
        return out;
    }
}
