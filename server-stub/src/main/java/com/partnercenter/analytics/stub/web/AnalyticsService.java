package com.partnercenter.analytics.stub.web;

import com.partnercenter.analytics.query.FilterExpression;
import com.partnercenter.analytics.query.Literal;
import com.partnercenter.analytics.query.QueryValidationException;
import com.partnercenter.analytics.query.QueryValidator;
import com.partnercenter.analytics.spec.AggregationLevel;
import com.partnercenter.analytics.spec.AnalyticsSpec;
import com.partnercenter.analytics.spec.FieldCapability;
import com.partnercenter.analytics.spec.FilterOperator;
import com.partnercenter.analytics.spec.OperationDescriptor;
import com.partnercenter.analytics.spec.QueryCapabilities;
import com.partnercenter.analytics.spec.WireDateTimes;
import com.partnercenter.analytics.stub.DatasetHolder;
import com.partnercenter.analytics.stub.data.Column;
import com.partnercenter.analytics.stub.data.DateColumn;
import com.partnercenter.analytics.stub.data.Dataset;
import com.partnercenter.analytics.stub.data.Table;
import com.partnercenter.analytics.stub.engine.FilterCompiler;
import com.partnercenter.analytics.stub.engine.Query;
import com.partnercenter.analytics.stub.engine.QueryEngine;
import com.partnercenter.analytics.stub.engine.QueryResult;
import com.partnercenter.analytics.stub.engine.RowPredicate;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Serves the operations: checks the parameters against the spec, runs the query engine on the operation's table
 * and wraps the answer in the operation's envelope. Every list here (parameters, fields, operators, aliases,
 * bounds) comes from the spec.
 */
public final class AnalyticsService {
    private static final Pattern GUID = Pattern.compile("[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}");
    private static final long DAY = 86_400_000L;

    private final AnalyticsSpec spec;
    private final DatasetHolder data;
    private final ParameterRules rules;
    private final Map<String, QueryValidator> validators = new HashMap<>();
    private final Set<String> allQueryParameters = new HashSet<>();
    private final UndeclaredParameterCheck undeclared;

    public AnalyticsService(AnalyticsSpec spec, DatasetHolder data) {
        this(spec, data, UndeclaredParameterCheck.Mode.REJECT);
    }

    public AnalyticsService(AnalyticsSpec spec, DatasetHolder data, UndeclaredParameterCheck.Mode undeclaredParameters) {
        this.spec = spec;
        this.data = data;
        this.rules = ParameterRules.of(spec);
        this.undeclared = new UndeclaredParameterCheck(undeclaredParameters, rules.aliases());
        for (OperationDescriptor op : spec.operations().values()) {
            allQueryParameters.addAll(op.queryParameters());
            op.query().ifPresent(q -> validators.put(op.operationId(), new QueryValidator(q)));
        }
        allQueryParameters.addAll(rules.aliases().keySet());
    }

    /** The values the generated interfaces bound, plus the operation-specific date parameters. */
    public record PageParameters(String filter, String groupby, String orderby, Integer top, Integer skip,
                                 String startDate, String endDate, String processedDateTime) {
    }

    public ResponseEntity<ResponseBody> page(String operationId, HttpServletRequest request, PageParameters p) {
        OperationDescriptor op = operation(operationId);
        rejectForeignParameters(op, request);
        QueryCapabilities capabilities = op.query().orElseThrow();
        QueryValidator validator = validators.get(operationId);
        int top = rules.check("top", p.top() == null ? 10000 : p.top());
        int skip = rules.check("skip", p.skip() == null ? 0 : p.skip());

        String groupby = aliased(request, "groupby", p.groupby());
        List<FieldCapability> groups = validator.groupBy(groupby);
        AggregationLevel level = AggregationLevel.DAY;
        String levelText = request.getParameter("aggregationLevel");
        if (levelText != null && capabilities.supportsAggregationLevel()) {
            level = validator.aggregationLevel(levelText);
            if (groups.isEmpty()) {
                throw new QueryValidationException("aggregationLevel", 0, levelText,
                        "aggregationLevel is only supported together with groupby (give groupby with a date field, or leave aggregationLevel out)");
            }
        }
        List<QueryValidator.SortKey> order = capabilities.supportsOrderBy() ? validator.orderBy(p.orderby()) : List.of();

        Table table = data.get().table(capabilities.rowSchema()).orElseThrow(() ->
                new ApiException(500, ApiException.UNEXPECTED, "No data for " + capabilities.rowSchema(), List.of()));
        FilterCompiler compiler = new FilterCompiler(table, capabilities);
        List<RowPredicate> conditions = new ArrayList<>();
        rules.checkLength("filter", p.filter());
        if (p.filter() != null && !p.filter().isBlank()) {
            FilterExpression filter = validator.filter(p.filter());
            conditions.add(compiler.compile(filter));
        }
        dateBound(capabilities, compiler, "startDate", p.startDate(), FilterOperator.GE, "usageDate").ifPresent(conditions::add);
        dateBound(capabilities, compiler, "endDate", p.endDate(), FilterOperator.LE, "usageDate").ifPresent(conditions::add);
        if (op.queryParameters().contains("processedDateTime")) {
            conditions.add(processedOn(table, p.processedDateTime()));
        }
        RowPredicate predicate = and(conditions);

        QueryResult result = QueryEngine.run(table, capabilities, new Query(predicate, groups, level, order, top, skip));
        String next = (long) skip + result.pageSize() < result.total() ? nextLink(request, (long) skip + top) : null;
        return ResponseEntity.ok(new PageBody(result, next));
    }

    /** The deprecated partner-level license insights. */
    public ResponseEntity<ResponseBody> partnerInsights(String operationId, HttpServletRequest request, boolean deployment) {
        rejectForeignParameters(operation(operationId), request);
        Dataset d = data.get();
        Table t = deployment ? d.insights().partnerDeployment() : d.insights().partnerUsage();
        return ResponseEntity.ok(new CollectionBody(t, 0, t.size()));
    }

    /** The deprecated customer-level license insights: 400 for a malformed id, 404 for an unknown customer. */
    public ResponseEntity<ResponseBody> customerInsights(String operationId, HttpServletRequest request, boolean deployment) {
        rejectForeignParameters(operation(operationId), request);
        String raw = pathVariable(request, "customer-id");
        if (raw == null || !GUID.matcher(raw).matches()) {
            throw ParameterRules.invalidValue("customer-id", raw);
        }
        Dataset d = data.get();
        if (!d.hasCustomer(raw)) {
            throw ApiException.notFound("Not found: customer '" + raw + "' does not exist or is not a customer of this partner");
        }
        Table t = deployment ? d.insights().customerDeployment() : d.insights().customerUsage();
        int[] range = deployment ? d.insights().customerDeploymentRows(raw) : d.insights().customerUsageRows(raw);
        return ResponseEntity.ok(new CollectionBody(t, range[0], range[1]));
    }

    private OperationDescriptor operation(String operationId) {
        return spec.operation(operationId).orElseThrow(() -> new IllegalStateException("No operation " + operationId));
    }

    @SuppressWarnings("unchecked")
    private static String pathVariable(HttpServletRequest request, String name) {
        Object vars = request.getAttribute(org.springframework.web.servlet.HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return vars instanceof Map<?, ?> m ? (String) ((Map<String, String>) m).get(name) : null;
    }

    /**
     * A query parameter that another operation documents but this one does not (e.g. {@code orderby} on
     * subscriptions) is a 400. Parameters no operation documents are a 400 too, or a warning in the log
     * ({@link UndeclaredParameterCheck}).
     */
    private void rejectForeignParameters(OperationDescriptor op, HttpServletRequest request) {
        List<String> names = Collections.list(request.getParameterNames());
        List<String> unknown = new ArrayList<>();
        for (String name : names) {
            if (!allQueryParameters.contains(name)) {
                unknown.add(name);
            }
        }
        undeclared.check(op, unknown);
        for (String name : names) {
            String canonical = rules.aliases().getOrDefault(name, name);
            if (allQueryParameters.contains(name) && !op.queryParameters().contains(canonical)) {
                throw ApiException.badRequest(name, "Invalid request input: parameter '" + name + "' is not supported by "
                        + op.operationId() + (op.queryParameters().isEmpty() ? ", which takes no query parameters."
                        : "; its parameters are: " + String.join(", ", op.queryParameters()) + "."));
            }
            String[] values = request.getParameterValues(name);
            if (allQueryParameters.contains(name) && values != null && values.length > 1) {
                throw ApiException.badRequest(name, "Invalid request input: parameter '" + name + "' is given " + values.length + " times.");
            }
            if (values != null && values.length == 1 && op.queryParameters().contains(canonical)) {
                rules.checkDecimal(canonical, values[0]);
            }
        }
    }

    /** The value of a parameter given under its name or one of its aliases (the same value twice is fine). */
    private String aliased(HttpServletRequest request, String canonical, String bound) {
        String value = bound;
        String valueName = canonical;
        for (Map.Entry<String, String> alias : rules.aliases().entrySet()) {
            if (!alias.getValue().equals(canonical)) {
                continue;
            }
            String other = request.getParameter(alias.getKey());
            if (other == null) {
                continue;
            }
            if (value != null && !value.equals(other)) {
                throw ApiException.badRequest(canonical, "Invalid request input: '" + valueName + "' and '" + alias.getKey()
                        + "' are the same parameter but have different values.");
            }
            value = other;
            valueName = alias.getKey();
        }
        return value;
    }

    private java.util.Optional<RowPredicate> dateBound(QueryCapabilities capabilities, FilterCompiler compiler, String parameter,
                                                       String value, FilterOperator op, String field) {
        if (value == null || value.isBlank()) {
            return java.util.Optional.empty();
        }
        OffsetDateTime t = WireDateTimes.parse(value.trim()).orElseThrow(() -> ApiException.badRequest(parameter,
                "Invalid value '" + value + "' for parameter '" + parameter + "': must be a date such as 2018-05-01 or a date-time such as 2018-05-01T00:00:00."));
        FieldCapability f = capabilities.field(field).orElseThrow();
        return java.util.Optional.of(compiler.compile(new FilterExpression.Comparison(f.name(), op, new Literal.DateTimeLiteral(t, 0), 0)));
    }

    /** Rows processed on the day of {@code value}; without it, the latest processed rows. */
    private static RowPredicate processedOn(Table table, String value) {
        Column column = table.column("processedDateTime").orElse(null);
        if (!(column instanceof DateColumn dc)) {
            return RowPredicate.ALL;
        }
        long day;
        if (value == null || value.isBlank()) {
            long latest = DateColumn.NULL;
            for (int r = 0; r < dc.size(); r++) {
                latest = Math.max(latest, dc.get(r));
            }
            if (latest == DateColumn.NULL) {
                return RowPredicate.ALL;
            }
            day = Math.floorDiv(latest, DAY);
        } else {
            OffsetDateTime t = WireDateTimes.parse(value.trim()).orElseThrow(() -> ApiException.badRequest("processedDateTime",
                    "Invalid value '" + value + "' for parameter 'processedDateTime': must be a date such as 2018-10-14 or a date-time such as 2018-10-14T00:00:00."));
            day = Math.floorDiv(t.toInstant().toEpochMilli(), DAY);
        }
        long from = day * DAY;
        long to = from + DAY;
        return row -> {
            long v = dc.get(row);
            return v >= from && v < to;
        };
    }

    private static RowPredicate and(List<RowPredicate> conditions) {
        if (conditions.isEmpty()) {
            return RowPredicate.ALL;
        }
        if (conditions.size() == 1) {
            return conditions.get(0);
        }
        RowPredicate[] all = conditions.toArray(new RowPredicate[0]);
        return row -> {
            for (RowPredicate c : all) {
                if (!c.test(row)) {
                    return false;
                }
            }
            return true;
        };
    }

    /**
     * The next page's absolute URL: the request's own scheme, host, port and path, the same query with
     * {@code skip} advanced, each parameter re-encoded (spaces as {@code %20}, quotes as {@code %27}).
     */
    static String nextLink(HttpServletRequest request, long nextSkip) {
        StringBuilder url = new StringBuilder();
        String scheme = request.getScheme();
        int port = request.getServerPort();
        url.append(scheme).append("://").append(request.getServerName());
        if (!(scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443)) {
            url.append(':').append(port);
        }
        url.append(request.getRequestURI());
        String query = request.getQueryString();
        List<String> parts = new ArrayList<>();
        if (query != null && !query.isEmpty()) {
            for (String pair : query.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                if (name.equals("skip")) {
                    continue;
                }
                parts.add(encode(name) + (eq < 0 ? "" : "=" + encode(decode(pair.substring(eq + 1)))));
            }
        }
        parts.add("skip=" + nextSkip);
        return url.append('?').append(String.join("&", parts)).toString();
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    static String encode(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_' || c == '~' || c == ',') {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 15]);
            }
        }
        return out.toString();
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
