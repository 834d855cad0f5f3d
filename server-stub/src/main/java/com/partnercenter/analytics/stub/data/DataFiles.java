package com.partnercenter.analytics.stub.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnercenter.analytics.spec.AnalyticsSpec;
import com.partnercenter.analytics.spec.OperationDescriptor;
import com.partnercenter.analytics.spec.WireDateTimes;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a partner team's own data: one JSON-lines file per resource in a directory, named after the resource's
 * row schema ({@code Subscription.jsonl}, {@code AzureUsage.jsonl}, ...). Each line is one row as the service
 * sends it: keys are the row schema's properties, dates in the service's date-time grammar. A bad file is refused
 * with its name, line and reason; a resource without a file is served empty.
 */
public final class DataFiles {
    public static final String SUFFIX = ".jsonl";
    private static final ObjectMapper JSON = new ObjectMapper();

    private DataFiles() {
    }

    /** The row schemas that can have a data file: those of the analytics operations. */
    public static Set<String> resources(AnalyticsSpec spec) {
        Set<String> names = new LinkedHashSet<>();
        for (OperationDescriptor op : spec.operations().values()) {
            op.query().ifPresent(q -> names.add(q.rowSchema()));
        }
        return names;
    }

    public static Dataset load(AnalyticsSpec spec, Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new DataFileException(dir, 0, "not a directory");
        }
        Set<String> resources = resources(spec);
        Map<String, Path> files = new LinkedHashMap<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path file : entries) {
                String name = file.getFileName().toString();
                if (!name.endsWith(SUFFIX)) {
                    continue;
                }
                String resource = name.substring(0, name.length() - SUFFIX.length());
                if (!resources.contains(resource)) {
                    throw new DataFileException(file, 0, "unknown resource '" + resource + "'; data files are named after a row schema: "
                            + String.join(", ", resources.stream().map(r -> r + SUFFIX).toList()));
                }
                files.put(resource, file);
            }
        } catch (IOException e) {
            throw new DataFileException(dir, 0, "cannot list the directory: " + e.getMessage());
        }
        if (files.isEmpty()) {
            throw new DataFileException(dir, 0, "no data files (*" + SUFFIX + ") found; expected some of: "
                    + String.join(", ", resources.stream().map(r -> r + SUFFIX).toList()));
        }
        Map<String, Table> tables = new LinkedHashMap<>();
        for (String resource : resources) {
            Path file = files.get(resource);
            RowSchema schema = RowSchema.read(spec, resource);
            tables.put(resource, file == null ? Table.builder(schema, 0).build() : read(schema, file));
        }
        String partner = tables.get("IndirectReseller") != null && tables.get("IndirectReseller").size() > 0
                ? String.valueOf(tables.get("IndirectReseller").column("partnerTenantId").map(c -> c.value(0)).orElse("unknown"))
                : "unknown";
        return new Dataset(spec, new Partner(partner, "(from data files)", 0, ""), tables,
                "data files in " + dir.toAbsolutePath() + " (" + String.join(", ", files.keySet()) + ")");
    }

    /** Reads one file into a table of the schema. */
    public static Table read(RowSchema schema, Path file) {
        Table.Builder table = Table.builder(schema, 1024);
        int rows = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            Map<String, ColumnBuilder> columns = new HashMap<>();
            Set<String> seen = new HashSet<>();
            while ((line = in.readLine()) != null) {
                number++;
                if (number == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank()) {
                    continue;
                }
                JsonNode row;
                try {
                    row = JSON.readTree(line);
                } catch (JsonProcessingException e) {
                    throw new DataFileException(file, number, "not valid JSON: " + e.getOriginalMessage());
                }
                if (row == null || !row.isObject()) {
                    throw new DataFileException(file, number, "expected a JSON object (one row per line)");
                }
                seen.clear();
                Iterator<Map.Entry<String, JsonNode>> fields = row.fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> e = fields.next();
                    String key = e.getKey();
                    int at = number;
                    Property property = schema.property(key).orElseThrow(() -> new DataFileException(file, at,
                            "unknown field '" + key + "'; the fields of " + schema.name() + " are: " + String.join(", ", schema.keys())));
                    ColumnBuilder column = columns.get(key);
                    if (column == null) {
                        column = table.column(key);
                        columns.put(key, column);
                        // rows before this one did not have the key
                        for (int r = 0; r < rows; r++) {
                            if (!property.nullable()) {
                                throw new DataFileException(file, number, "field '" + key + "' first appears here, but earlier rows lack it and it is not nullable");
                            }
                            column.appendNull();
                        }
                    }
                    append(column, property, e.getValue(), file, number);
                    seen.add(key);
                }
                for (Map.Entry<String, ColumnBuilder> c : columns.entrySet()) {
                    if (!seen.contains(c.getKey())) {
                        if (!c.getValue().property().nullable()) {
                            throw new DataFileException(file, number, "missing field '" + c.getKey() + "' (earlier rows have it and it is not nullable)");
                        }
                        c.getValue().appendNull();
                    }
                }
                rows++;
            }
        } catch (IOException e) {
            throw new DataFileException(file, 0, "cannot read: " + e.getMessage());
        }
        return table.build();
    }

    static void append(ColumnBuilder column, Property p, JsonNode v, Path file, int line) {
        String key = p.name();
        if (v.isNull()) {
            if (!p.nullable()) {
                throw new DataFileException(file, line, "field '" + key + "' must not be null");
            }
            column.appendNull();
            return;
        }
        switch (p.type()) {
            case STRING -> {
                if (!v.isTextual()) {
                    throw new DataFileException(file, line, "field '" + key + "' must be a string, found " + v.getNodeType().toString().toLowerCase(Locale.ROOT) + " " + v);
                }
                ((StringColumn.Builder) column).append(v.asText());
            }
            case BOOLEAN -> {
                if (!v.isBoolean()) {
                    throw new DataFileException(file, line, "field '" + key + "' must be true or false, found " + v);
                }
                ((BooleanColumn.Builder) column).append(v.asBoolean());
            }
            case INTEGER -> {
                if (v.isIntegralNumber() && v.canConvertToLong()) {
                    ((LongColumn.Builder) column).append(v.asLong());
                } else if (v.isTextual() && p.stringCountInGroups() && v.asText().matches("[0-9]{1,18}")) {
                    ((LongColumn.Builder) column).append(Long.parseLong(v.asText()));
                } else {
                    throw new DataFileException(file, line, "field '" + key + "' must be a whole number, found " + v);
                }
            }
            case NUMBER -> {
                if (!v.isNumber()) {
                    throw new DataFileException(file, line, "field '" + key + "' must be a number, found " + v);
                }
                // a whole number stays whole in a whole-number column (the generated quantity, DEV-40)
                try {
                    column.appendValue(v.isIntegralNumber() && v.canConvertToLong() ? (Object) v.asLong() : (Object) v.asDouble());
                } catch (IllegalArgumentException fraction) {
                    throw new DataFileException(file, line, "field '" + key + "': " + fraction.getMessage());
                }
            }
            case DATE_TIME, DATE -> {
                String text = v.isTextual() ? v.asText() : null;
                boolean ok = text != null && (p.type() == com.partnercenter.analytics.spec.FieldType.DATE
                        ? WireDateTimes.isDate(text) : WireDateTimes.isDateTime(text) || WireDateTimes.isDate(text));
                if (!ok) {
                    throw new DataFileException(file, line, "field '" + key + "' must be a " + (p.type() == com.partnercenter.analytics.spec.FieldType.DATE
                            ? "date such as 2018-05-30" : "date-time such as 2016-02-04T19:29:38.037") + ", found " + v);
                }
                ((DateColumn.Builder) column).append(WireDateTimes.parse(text).orElseThrow().toInstant().toEpochMilli());
            }
        }
    }
}
