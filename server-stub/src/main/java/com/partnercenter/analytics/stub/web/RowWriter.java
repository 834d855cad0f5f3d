package com.partnercenter.analytics.stub.web;

import com.partnercenter.analytics.spec.FieldCapability;
import com.partnercenter.analytics.stub.data.Column;
import com.partnercenter.analytics.stub.data.Property;
import com.partnercenter.analytics.stub.data.Table;
import com.partnercenter.analytics.stub.engine.QueryResult;
import com.partnercenter.analytics.stub.json.JsonOut;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes rows the way the service does, driven by the spec's row schemas: plain rows carry every column the data
 * has (nulls written as {@code null}), under the row schema's keys, dates in their {@code x-pc-wire-format};
 * grouped rows carry only the grouped fields (under their {@code wireName}) and the aggregate counts, counts of
 * {@code CountValue} type as strings.
 */
public final class RowWriter {
    private RowWriter() {
    }

    /** Writes {@code [row, row, ...]}. */
    public static void writeRows(JsonOut out, Table table, int[] rows, String objectType) {
        List<Column> columns = table.visibleColumns();
        byte[] attributes = objectType == null ? null : ("\"attributes\":{\"objectType\":"
                + new String(JsonOut.encodeString(objectType), StandardCharsets.UTF_8) + "}").getBytes(StandardCharsets.UTF_8);
        out.raw((byte) '[');
        for (int i = 0; i < rows.length; i++) {
            if (i > 0) {
                out.raw((byte) ',');
            }
            int row = rows[i];
            if (attributes == null) {
                // plain rows are rendered once and then copied (Table#renderedRow): writing them column by
                // column was a third of the Java samples under load (docs/benchmarks.md)
                byte[] rendered = table.renderedRow(row);
                if (rendered == null) {
                    JsonOut one = new JsonOut(null, 1024);
                    writeRow(one, columns, row, null);
                    rendered = one.toByteArray();
                    table.keepRendered(row, rendered);
                }
                out.raw(rendered);
                continue;
            }
            writeRow(out, columns, row, attributes);
        }
        out.raw((byte) ']');
    }

    private static void writeRow(JsonOut out, List<Column> columns, int row, byte[] attributes) {
        out.raw((byte) '{');
        boolean first = true;
        for (Column c : columns) {
            if (!first) {
                out.raw((byte) ',');
            }
            first = false;
            out.raw(c.encodedKey());
            c.write(out, row);
        }
        if (attributes != null) {
            if (!first) {
                out.raw((byte) ',');
            }
            out.raw(attributes);
        }
        out.raw((byte) '}');
    }

    /** Writes {@code [group, group, ...]}. */
    public static void writeGroups(JsonOut out, QueryResult.Groups groups) {
        Table table = groups.table();
        List<FieldCapability> fields = groups.fields();
        List<FieldCapability> aggregates = groups.aggregates();
        int f = fields.size();
        Column[] columns = new Column[f];
        byte[][] keys = new byte[f][];
        for (int i = 0; i < f; i++) {
            columns[i] = table.column(fields.get(i).wireName()).orElse(null);
            keys[i] = JsonOut.encodeKey(fields.get(i).wireName());
        }
        byte[][] aggKeys = new byte[aggregates.size()][];
        boolean[] asString = new boolean[aggregates.size()];
        for (int k = 0; k < aggregates.size(); k++) {
            FieldCapability agg = aggregates.get(k);
            aggKeys[k] = JsonOut.encodeKey(agg.wireName());
            asString[k] = table.schema().property(agg.wireName()).map(Property::stringCountInGroups).orElse(false);
        }
        out.raw((byte) '[');
        for (int g = 0; g < groups.keys().length; g++) {
            if (g > 0) {
                out.raw((byte) ',');
            }
            out.raw((byte) '{');
            long[] key = groups.keys()[g];
            for (int i = 0; i < f; i++) {
                if (i > 0) {
                    out.raw((byte) ',');
                }
                out.raw(keys[i]);
                writeKey(out, columns[i], key[i]);
            }
            long[] values = groups.values()[g];
            for (int k = 0; k < values.length; k++) {
                if (f > 0 || k > 0) {
                    out.raw((byte) ',');
                }
                out.raw(aggKeys[k]);
                if (asString[k]) {
                    out.numberAsString(values[k]);
                } else {
                    out.number(values[k]);
                }
            }
            out.raw((byte) '}');
        }
        out.raw((byte) ']');
    }

    private static void writeKey(JsonOut out, Column column, long key) {
        if (key == QueryResult.Groups.NULL_KEY || column == null) {
            out.nul();
        } else {
            column.writeGroupKey(out, key);
        }
    }
}
