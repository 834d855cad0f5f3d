package com.partnercenter.analytics.stub.web;

import com.partnercenter.analytics.query.FilterExpression;
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
import com.partnercenter.analytics.stub.data.Dataset;
import com.partnercenter.analytics.stub.data.Table;
import com.partnercenter.analytics.stub.engine.DateCondition;
import com.partnercenter.analytics.stub.engine.Query;
import com.partnercenter.analytics.stub.engine.QueryEngine;
import com.partnercenter.analytics.stub.engine.QueryResult;
import com.partnercenter.analytics.stub.error.ApiException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
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

    private final AnalyticsSpec spec;
    private final DatasetHolder data;
    private final ParameterRules rules;
    private final Map<String, QueryValidator> validators = new HashMap<>();
    private final Set<String> allQueryParameters = new HashSet<>();
    private final UndeclaredParameterCheck undeclared;

    public AnalyticsService(AnalyticsSpec spec, DatasetHolder data, ParameterRules rules) {
        this(spec, data, rules, UndeclaredParameterCheck.Mode.REJECT);
    }

    public AnalyticsService(AnalyticsSpec spec, DatasetHolder data, ParameterRules rules,
            UndeclaredParameterCheck.Mode undeclaredParameters) {
        this.spec = spec;
        this.data = data;
        this.rules = rules;
        this.undeclared = new UndeclaredParameterCheck(undeclaredParameters, rules.aliases());
        for (OperationDescriptor op : spec.operations().values()) {
            allQueryParameters.addAll(op.queryParameters());
            op.query().ifPresent(q -> validators.put(op.operationId(), new QueryValidator(q)));
        }
        allQueryParameters.addAll(rules.aliases().keySet());
    }

    /** The values the generated interfaces bound (the operation's date parameters included). */
    public record PageParameters(String filter, String groupby, String aggregationLevel, String orderby, Integer top,
                                 Integer skip, String startDate, String endDate, String processedDateTime) {
        PageParameters with(String groupby, String aggregationLevel) {
            return new PageParameters(filter, groupby, aggregationLevel, orderby, top, skip, startDate, endDate, processedDateTime);
        }
    }

    /**
     * Binds and validates the parameters into the engine's {@link Query}, runs it and writes the page with its
     * {@code @nextLink}.
     */
    public ResponseEntity<ResponseBody> page(String operationId, HttpServletRequest request, PageParameters generated) {
        OperationDescriptor op = operation(operationId);
        rejectForeignParameters(op, request);
        QueryCapabilities capabilities = op.query().orElseThrow();
        QueryValidator validator = validators.get(operationId);
        int top = rules.check("top", generated.top() == null ? 10000 : generated.top());
        int skip = rules.check("skip", generated.skip() == null ? 0 : generated.skip());
        PageParameters p = bind(request, generated);

        List<FieldCapability> groups = validator.groupBy(p.groupby());
        AggregationLevel level = AggregationLevel.DAY;
        String levelText = p.aggregationLevel();
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
        rules.checkLength("filter", p.filter());
        FilterExpression filter = p.filter() != null && !p.filter().isBlank() ? validator.filter(p.filter()) : null;
        List<DateCondition> dates = new ArrayList<>();
        if (p.startDate() != null && !p.startDate().isBlank()) {
            dates.add(new DateCondition.Bound("usageDate", FilterOperator.GE, date("startDate", p.startDate(), "2018-05-01")));
        }
        if (p.endDate() != null && !p.endDate().isBlank()) {
            dates.add(new DateCondition.Bound("usageDate", FilterOperator.LE, date("endDate", p.endDate(), "2018-05-01")));
        }
        if (op.queryParameters().contains("processedDateTime")) {
            String day = p.processedDateTime();
            dates.add(new DateCondition.OnDay("processedDateTime",
                    day == null || day.isBlank() ? null : date("processedDateTime", day, "2018-10-14")));
        }

        QueryResult result = QueryEngine.run(table, capabilities, new Query(filter, groups, level, order, top, skip, dates));
        String next = (long) skip + result.pageSize() < result.total() ? RequestUrls.nextLink(request, (long) skip + top) : null;
        return ResponseEntity.ok(new PageBody(result, next));
    }

    /**
     * The two values the generated binding cannot give as the stub needs them, read from the request here and
     * nowhere else: {@code groupby} under an alias spelling ({@code x-pc-aliases}, e.g. {@code groupBy}), and
     * {@code aggregationLevel} as given (the generated binding fills in the spec's default {@code day}, so it cannot
     * tell that it was left out, and {@code aggregationLevel} without {@code groupby} is a 400).
     */
    private PageParameters bind(HttpServletRequest request, PageParameters generated) {
        return generated.with(rules.aliased(request, "groupby", generated.groupby()), request.getParameter("aggregationLevel"));
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
            throw rules.invalidValue("customer-id", raw);
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

    /** A date parameter's value: a date or a date-time in the service's grammar, else a 400 naming the parameter. */
    private static OffsetDateTime date(String parameter, String value, String exampleDay) {
        return WireDateTimes.parse(value.trim()).orElseThrow(() -> ApiException.badRequest(parameter,
                "Invalid value '" + value + "' for parameter '" + parameter + "': must be a date such as " + exampleDay
                        + " or a date-time such as " + exampleDay + "T00:00:00."));
    }
}
