package com.partnercenter.analytics.stub.web;

import com.partnercenter.analytics.stub.engine.QueryResult;
import com.partnercenter.analytics.stub.json.JsonOut;

/** The partner analytics page: {@code {"Value":[...],"@nextLink":...,"TotalCount":n}}. */
public final class PageBody implements ResponseBody {
    private static final byte[] VALUE = JsonOut.encodeKey("Value");
    private static final byte[] NEXT = JsonOut.encodeKey("@nextLink");
    private static final byte[] TOTAL = JsonOut.encodeKey("TotalCount");

    private final QueryResult result;
    private final String nextLink;

    public PageBody(QueryResult result, String nextLink) {
        this.result = result;
        this.nextLink = nextLink;
    }

    public QueryResult result() {
        return result;
    }

    public String nextLink() {
        return nextLink;
    }

    @Override
    public void writeTo(JsonOut out) {
        out.raw((byte) '{').raw(VALUE);
        if (result instanceof QueryResult.Rows rows) {
            RowWriter.writeRows(out, rows.table(), rows.rows(), null);
        } else {
            RowWriter.writeGroups(out, (QueryResult.Groups) result);
        }
        out.raw((byte) ',').raw(NEXT);
        if (nextLink == null) {
            out.nul();
        } else {
            out.string(nextLink);
        }
        out.raw((byte) ',').raw(TOTAL).number(result.total()).raw((byte) '}');
    }
}
