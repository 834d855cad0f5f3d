package com.partnercenter.analytics.stub.web;

import com.partnercenter.analytics.stub.data.Table;
import com.partnercenter.analytics.stub.json.JsonOut;

/**
 * The {@code Collection} envelope of the older {@code /v1} operations, as Microsoft's Java SDK reads it:
 * {@code {"totalCount":n,"items":[...],"attributes":{"objectType":"Collection"}}}, each item carrying
 * {@code attributes.objectType} (its schema name, as in the documentation's examples).
 */
public final class CollectionBody implements ResponseBody {
    private static final byte[] TOTAL = JsonOut.encodeKey("totalCount");
    private static final byte[] ITEMS = JsonOut.encodeKey("items");
    private static final byte[] ATTRIBUTES = "\"attributes\":{\"objectType\":\"Collection\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    private final Table table;
    private final int[] rows;

    public CollectionBody(Table table, int from, int to) {
        this.table = table;
        this.rows = new int[Math.max(0, to - from)];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = from + i;
        }
    }

    public int size() {
        return rows.length;
    }

    @Override
    public void writeTo(JsonOut out) {
        out.raw((byte) '{').raw(TOTAL).number(rows.length).raw((byte) ',').raw(ITEMS);
        RowWriter.writeRows(out, table, rows, table.name());
        out.raw((byte) ',').raw(ATTRIBUTES).raw((byte) '}');
    }
}
