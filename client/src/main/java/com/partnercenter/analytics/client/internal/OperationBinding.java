package com.partnercenter.analytics.client.internal;

import com.partnercenter.analytics.query.PercentEncoding;
import com.fasterxml.jackson.databind.JsonNode;
import com.partnercenter.analytics.spec.AnalyticsSpec;
import com.partnercenter.analytics.spec.OperationDescriptor;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One operation of the spec bound to its generated model, found from the spec alone: the path and method come from
 * the operation, the body model is the generated class of its success response's schema ({@code SubscriptionPage},
 * {@code PartnerLicensesUsageInsightsCollection}, ...), the row model that envelope's list. Every operation is bound
 * the same way ({@link #all}), so an operation added to the spec needs no binding code: the client's method groups
 * only look their operation up by id.
 *
 * <p>Two envelopes exist: the analytics page ({@code Value}, {@code @nextLink}, {@code TotalCount}) and the
 * {@code Collection} of the license insights ({@code items}, {@code totalCount}, {@code links.next.uri},
 * {@code attributes.objectType}); {@link #envelope} reads either.
 */
public final class OperationBinding {
    /** Where the generator puts the models (see the client's pom). */
    static final String MODEL_PACKAGE = "com.partnercenter.analytics.client.generated.model.";

    private final OperationDescriptor operation;
    private final Class<?> bodyType;
    private final Class<?> rowType;
    private final Method rows;
    private final Method totalCount;
    private final Method nextLink;
    private final Method links;
    private final Method attributes;

    private OperationBinding(OperationDescriptor operation, Class<?> bodyType) {
        this.operation = operation;
        this.bodyType = bodyType;
        this.rows = method(bodyType, "getValue", "getItems");
        this.totalCount = method(bodyType, "getTotalCount");
        this.nextLink = optionalMethod(bodyType, "getAtNextLink");
        this.links = optionalMethod(bodyType, "getLinks");
        this.attributes = optionalMethod(bodyType, "getAttributes");
        if (!(rows.getGenericReturnType() instanceof ParameterizedType list)
                || !(list.getActualTypeArguments()[0] instanceof Class<?> row)) {
            throw new IllegalStateException(bodyType.getSimpleName() + "." + rows.getName() + " is not a List of a model");
        }
        this.rowType = row;
    }

    /** Every operation of the spec, by operationId, in the document's order. */
    public static Map<String, OperationBinding> all(AnalyticsSpec spec) {
        Map<String, OperationBinding> bindings = new LinkedHashMap<>();
        spec.operations().values().forEach(op -> bindings.put(op.operationId(), of(spec, op)));
        return Map.copyOf(bindings);
    }

    /** The binding of one operation: its success response's schema name is the generated model's class name. */
    static OperationBinding of(AnalyticsSpec spec, OperationDescriptor op) {
        JsonNode response = spec.resolve(spec.document().path("paths").path(op.path())
                .path(op.method().toLowerCase(Locale.ROOT)).path("responses").path(Integer.toString(op.successStatus())));
        String ref = response.path("content").path("application/json").path("schema").path("$ref").asText("");
        String schema = ref.substring(ref.lastIndexOf('/') + 1);
        if (schema.isEmpty()) {
            throw new IllegalStateException(op.operationId() + ": the success response has no schema $ref");
        }
        try {
            return new OperationBinding(op, Class.forName(MODEL_PACKAGE + schema));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(op.operationId() + ": no generated model " + schema, e);
        }
    }

    public OperationDescriptor operation() {
        return operation;
    }

    public String operationId() {
        return operation.operationId();
    }

    /** The generated model of one row, e.g. {@code Subscription}. */
    public Class<?> rowType() {
        return rowType;
    }

    /** The generated model of the whole body, e.g. {@code SubscriptionPage}. */
    public Class<?> bodyType() {
        return bodyType;
    }

    /** The operation's path with its path parameters filled in ({@code {customer-id}}). */
    public String path(Map<String, String> pathParameters) {
        String path = operation.path();
        for (Map.Entry<String, String> p : pathParameters.entrySet()) {
            path = path.replace("{" + p.getKey() + "}", PercentEncoding.encode(p.getValue()));
        }
        return path;
    }

    /** What an envelope holds, read from the decoded body (null: no body). */
    public record Envelope<T>(List<T> rows, Long totalCount, String nextLink, String objectType) {
    }

    /** Reads the success body into the operation's model and takes its envelope apart. */
    public <T> Envelope<T> envelope(WireResponse response, Class<T> row) {
        if (row != rowType) {
            throw new IllegalArgumentException(operationId() + " rows are " + rowType.getSimpleName() + ", not " + row.getSimpleName());
        }
        Object body = TolerantDecoder.read(response, bodyType);
        if (body == null) {
            return new Envelope<>(List.of(), null, null, null);
        }
        List<?> list = (List<?>) invoke(rows, body);
        Number total = (Number) invoke(totalCount, body);
        String next = nextLink != null ? (String) invoke(nextLink, body) : null;
        String objectType = null;
        if (links != null && attributes != null) {
            Object l = invoke(links, body);
            Object next2 = l == null ? null : invoke(method(l.getClass(), "getNext"), l);
            next = next2 == null ? null : (String) invoke(method(next2.getClass(), "getUri"), next2);
            Object a = invoke(attributes, body);
            objectType = a == null ? null : (String) invoke(method(a.getClass(), "getObjectType"), a);
        }
        List<T> typed = list == null ? List.of() : list.stream().filter(Objects::nonNull).map(row::cast).toList();
        return new Envelope<>(typed, total == null ? null : total.longValue(), next, objectType);
    }

    private static Object invoke(Method m, Object target) {
        try {
            return m.invoke(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + m, e);
        }
    }

    private static Method method(Class<?> type, String... names) {
        for (String name : names) {
            Method m = optionalMethod(type, name);
            if (m != null) {
                return m;
            }
        }
        throw new IllegalStateException(type.getSimpleName() + " has none of " + String.join(", ", names));
    }

    private static Method optionalMethod(Class<?> type, String name) {
        try {
            return type.getMethod(name);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return "OperationBinding[" + operationId() + " " + operation.method() + " " + operation.path() + " -> "
                + bodyType.getSimpleName() + "]";
    }
}
