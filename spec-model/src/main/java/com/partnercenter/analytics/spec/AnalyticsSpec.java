package com.partnercenter.analytics.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Partner Center Analytics OpenAPI document, read once, with typed access to its operations and query
 * capability matrices.
 *
 * <p>The document ships in the spec module's jar (pc-analytics-spec, which depends on this reader's module) at
 * {@value #CLASSPATH_LOCATION}; {@link #bundled()} reads that copy. The reader uses Jackson's YAML support rather than Swagger Parser so that the client's users get two
 * small jars, not the parser's dependency tree; the spec module's tests check the same document with
 * Swagger Parser.
 */
public final class AnalyticsSpec {
    /** Where the document is inside the spec module's jar. */
    public static final String CLASSPATH_LOCATION = "openapi/partner-center-analytics.yaml";

    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final Set<String> FIELD_KEYS = Set.of("filter", "groupby", "orderby", "aggregate", "wireName", "compare");
    private static final Set<String> QUERY_KEYS = Set.of("rowSchema", "aggregationLevels", "fields");

    private static volatile AnalyticsSpec bundled;

    private final JsonNode document;
    private volatile Map<String, OperationDescriptor> operations;

    private AnalyticsSpec(JsonNode document) {
        this.document = document;
    }

    /** The document bundled in the spec jar, read once per class loader. */
    public static AnalyticsSpec bundled() {
        AnalyticsSpec spec = bundled;
        if (spec == null) {
            synchronized (AnalyticsSpec.class) {
                spec = bundled;
                if (spec == null) {
                    ClassLoader loader = AnalyticsSpec.class.getClassLoader();
                    try (InputStream in = loader.getResourceAsStream(CLASSPATH_LOCATION)) {
                        if (in == null) {
                            throw new SpecFormatException("The OpenAPI document is missing from the classpath at " + CLASSPATH_LOCATION);
                        }
                        spec = read(in, CLASSPATH_LOCATION);
                        spec.operations(); // fail fast on a malformed matrix
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    bundled = spec;
                }
            }
        }
        return spec;
    }

    /** Reads a document from a file (YAML or JSON). */
    public static AnalyticsSpec read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** Reads a document from a stream (YAML or JSON); {@code source} names it in error messages. */
    public static AnalyticsSpec read(InputStream in, String source) {
        try {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
            if (root == null || !root.isObject()) {
                throw new SpecFormatException(source + " is not an OpenAPI document (no top-level object)");
            }
            return new AnalyticsSpec(root);
        } catch (IOException e) {
            throw new SpecFormatException("Cannot parse " + source + ": " + e.getMessage(), e);
        }
    }

    /** The raw document tree, for checks that need more than the typed view. */
    public JsonNode document() {
        return document;
    }

    /** The document's {@code info.version}. */
    public String version() {
        return document.path("info").path("version").asText();
    }

    /**
     * Every operation, by operationId, in document order. Read on first use; a malformed {@code x-pc-query}
     * fails here with a {@link SpecFormatException} naming the operation and the field.
     */
    public Map<String, OperationDescriptor> operations() {
        Map<String, OperationDescriptor> result = operations;
        if (result == null) {
            result = Collections.unmodifiableMap(readOperations(document));
            operations = result;
        }
        return result;
    }

    /** The operation with this id. */
    public Optional<OperationDescriptor> operation(String operationId) {
        return Optional.ofNullable(operations().get(operationId));
    }

    /** The query capability matrix of an operation, or an exception naming the operation when it has none. */
    public QueryCapabilities queryCapabilities(String operationId) {
        OperationDescriptor op = operation(operationId)
                .orElseThrow(() -> new IllegalArgumentException("No operation '" + operationId + "' in the document"));
        return op.query().orElseThrow(() ->
                new IllegalArgumentException("Operation '" + operationId + "' takes no query expressions"));
    }

    /** The schema named {@code name} under {@code components/schemas}, or a missing node. */
    public JsonNode schema(String name) {
        return document.path("components").path("schemas").path(name);
    }

    private Map<String, OperationDescriptor> readOperations(JsonNode root) {
        Map<String, OperationDescriptor> result = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> pathEntry = paths.next();
            JsonNode pathItem = pathEntry.getValue();
            Iterator<Map.Entry<String, JsonNode>> methods = pathItem.fields();
            while (methods.hasNext()) {
                Map.Entry<String, JsonNode> methodEntry = methods.next();
                if (!HTTP_METHODS.contains(methodEntry.getKey())) {
                    continue;
                }
                JsonNode op = methodEntry.getValue();
                String operationId = op.path("operationId").asText(null);
                if (operationId == null || operationId.isBlank()) {
                    throw new SpecFormatException(methodEntry.getKey().toUpperCase(Locale.ROOT) + " " + pathEntry.getKey() + " has no operationId");
                }
                List<JsonNode> parameters = new ArrayList<>();
                pathItem.path("parameters").forEach(p -> parameters.add(resolve(p)));
                op.path("parameters").forEach(p -> parameters.add(resolve(p)));
                List<String> query = new ArrayList<>();
                List<String> headers = new ArrayList<>();
                for (JsonNode p : parameters) {
                    String in = p.path("in").asText();
                    if ("query".equals(in)) {
                        query.add(p.path("name").asText());
                    } else if ("header".equals(in)) {
                        headers.add(p.path("name").asText());
                    }
                }
                List<Integer> statuses = new ArrayList<>();
                op.path("responses").fieldNames().forEachRemaining(code -> {
                    try {
                        statuses.add(Integer.parseInt(code));
                    } catch (NumberFormatException e) {
                        // "default" and ranges like "4XX" are not statuses a test can ask for
                    }
                });
                List<String> aliases = new ArrayList<>();
                op.path("x-pc-path-aliases").forEach(a -> aliases.add(a.asText()));
                Optional<QueryCapabilities> capabilities = op.has("x-pc-query")
                        ? Optional.of(readQuery(operationId, op.get("x-pc-query"), query))
                        : Optional.empty();
                Optional<String> replacedBy = Optional.ofNullable(op.path("x-pc-replaced-by").asText(null));
                if (result.put(operationId, new OperationDescriptor(operationId, methodEntry.getKey().toUpperCase(Locale.ROOT),
                        pathEntry.getKey(), aliases, query, headers, statuses, op.path("deprecated").asBoolean(false),
                        replacedBy, capabilities)) != null) {
                    throw new SpecFormatException("operationId '" + operationId + "' is used twice");
                }
            }
        }
        return result;
    }

    private QueryCapabilities readQuery(String operationId, JsonNode query, List<String> queryParameters) {
        String where = "x-pc-query of " + operationId;
        rejectUnknownKeys(query, QUERY_KEYS, where);
        String rowSchema = query.path("rowSchema").asText(null);
        if (rowSchema == null) {
            throw new SpecFormatException(where + " has no rowSchema");
        }
        JsonNode properties = schema(rowSchema).path("properties");
        if (properties.isMissingNode()) {
            throw new SpecFormatException(where + ": rowSchema '" + rowSchema + "' is not a schema with properties under components/schemas");
        }
        List<AggregationLevel> levels = new ArrayList<>();
        for (JsonNode level : query.path("aggregationLevels")) {
            levels.add(AggregationLevel.fromWireValue(level.asText()).orElseThrow(() ->
                    new SpecFormatException(where + ": unknown aggregation level '" + level.asText() + "'")));
        }
        List<FieldCapability> fields = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> entries = query.path("fields").fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            String name = entry.getKey();
            JsonNode spec = entry.getValue();
            String fieldWhere = where + ", field '" + name + "'";
            rejectUnknownKeys(spec, FIELD_KEYS, fieldWhere);
            String wireName = spec.path("wireName").asText(name);
            JsonNode property = properties.path(name);
            if (property.isMissingNode()) {
                throw new SpecFormatException(fieldWhere + ": the row schema " + rowSchema + " has no property '" + name + "'");
            }
            if (properties.path(wireName).isMissingNode()) {
                throw new SpecFormatException(fieldWhere + ": the row schema " + rowSchema + " has no property '" + wireName + "' (its wireName)");
            }
            Set<FilterOperator> operators = EnumSet.noneOf(FilterOperator.class);
            for (JsonNode token : spec.path("filter")) {
                operators.add(FilterOperator.fromToken(token.asText()).orElseThrow(() ->
                        new SpecFormatException(fieldWhere + ": unknown filter operator '" + token.asText() + "'")));
            }
            SchemaProperty described = describe(name, property, fieldWhere);
            StringComparison comparison = StringComparison.CASE_SENSITIVE;
            if (spec.has("compare")) {
                String text = spec.path("compare").asText();
                comparison = StringComparison.fromWireValue(text).orElseThrow(() -> new SpecFormatException(fieldWhere
                        + ": compare must be 'case-sensitive' or 'ignore-case', not '" + text + "'"));
                if (described.type() != FieldType.STRING) {
                    throw new SpecFormatException(fieldWhere + ": compare applies to string fields only; the field is "
                            + described.type().toString().toLowerCase(Locale.ROOT));
                }
            }
            fields.add(new FieldCapability(name, wireName, described.type(), described.wireFormat(), described.nullable(),
                    operators, spec.path("groupby").asBoolean(false), spec.path("orderby").asBoolean(false),
                    spec.path("aggregate").asBoolean(false), comparison));
        }
        return new QueryCapabilities(operationId, rowSchema, levels, fields, queryParameters);
    }

    /**
     * The scalar properties of a schema under {@code components/schemas}, in the document's order: type, wire
     * format, nullability. Object and array properties (such as {@code attributes}) are left out.
     */
    public List<SchemaProperty> scalarProperties(String schemaName) {
        JsonNode schema = schema(schemaName);
        if (schema.isMissingNode()) {
            throw new IllegalArgumentException("No schema '" + schemaName + "' under components/schemas");
        }
        List<SchemaProperty> result = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
        while (properties.hasNext()) {
            Map.Entry<String, JsonNode> property = properties.next();
            String type = resolveSchema(property.getValue()).path("type").asText("");
            if (!type.equals("object") && !type.equals("array")) {
                result.add(describe(property.getKey(), property.getValue(), schemaName + "." + property.getKey()));
            }
        }
        return result;
    }

    private SchemaProperty describe(String name, JsonNode property, String where) {
        JsonNode resolved = resolveSchema(property);
        boolean alsoString = false;
        JsonNode oneOf = resolveOneOfOwner(property).path("oneOf");
        for (JsonNode member : oneOf) {
            alsoString |= "string".equals(resolve(member).path("type").asText()) && oneOf.size() > 1;
        }
        return new SchemaProperty(name, typeOf(resolved, where), wireFormatOf(property, resolved),
                property.path("nullable").asBoolean(false) || resolved.path("nullable").asBoolean(false), alsoString);
    }

    /** The schema that holds the {@code oneOf} a property resolves through, if any. */
    private JsonNode resolveOneOfOwner(JsonNode schema) {
        JsonNode current = schema;
        for (int depth = 0; depth < 16; depth++) {
            if (current.has("oneOf")) {
                return current;
            }
            if (current.has("$ref")) {
                current = resolve(current);
            } else if (!current.has("type") && current.path("allOf").size() == 1) {
                current = current.path("allOf").get(0);
            } else {
                break;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    private static void rejectUnknownKeys(JsonNode node, Set<String> allowed, String where) {
        if (!node.isObject()) {
            throw new SpecFormatException(where + " must be a mapping");
        }
        node.fieldNames().forEachRemaining(key -> {
            if (!allowed.contains(key)) {
                throw new SpecFormatException(where + ": unknown key '" + key + "' (allowed: " + String.join(", ", allowed) + ")");
            }
        });
    }

    /** Follows {@code $ref}, single-member {@code allOf} and the first {@code oneOf} member to a typed schema. */
    private JsonNode resolveSchema(JsonNode schema) {
        JsonNode current = schema;
        for (int depth = 0; depth < 16; depth++) {
            if (current.has("$ref")) {
                current = resolve(current);
            } else if (!current.has("type") && current.path("allOf").size() == 1) {
                current = current.path("allOf").get(0);
            } else if (!current.has("type") && current.path("oneOf").size() > 0) {
                current = current.path("oneOf").get(0);
            } else {
                return current;
            }
        }
        throw new SpecFormatException("Schema references nest too deeply: " + schema);
    }

    private static FieldType typeOf(JsonNode schema, String where) {
        String type = schema.path("type").asText("");
        String format = schema.path("format").asText("");
        return switch (type) {
            case "string" -> switch (format) {
                case "date-time", "local-date-time" -> FieldType.DATE_TIME;
                case "date" -> FieldType.DATE;
                default -> FieldType.STRING;
            };
            case "boolean" -> FieldType.BOOLEAN;
            case "integer" -> FieldType.INTEGER;
            case "number" -> FieldType.NUMBER;
            default -> throw new SpecFormatException(where + ": the row schema property has no scalar type (type '" + type + "')");
        };
    }

    private static String wireFormatOf(JsonNode property, JsonNode resolved) {
        String own = property.path("x-pc-wire-format").asText(null);
        return own != null ? own : resolved.path("x-pc-wire-format").asText(null);
    }

    /** Resolves a local {@code $ref} such as {@code #/components/parameters/Top}; other nodes are returned as they are. */
    public JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int depth = 0; current.has("$ref") && depth < 16; depth++) {
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                throw new SpecFormatException("Only local references are supported: " + ref);
            }
            JsonNode target = document.at(ref.substring(1));
            if (target.isMissingNode()) {
                throw new SpecFormatException("Unresolvable reference " + ref);
            }
            current = target;
        }
        return current;
    }
}
