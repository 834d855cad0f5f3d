package com.partnercenter.analytics.stub.web;

import com.partnercenter.analytics.spec.AnalyticsSpec;
import com.partnercenter.analytics.stub.data.Dataset;
import com.partnercenter.analytics.stub.data.DatasetGenerator;
import com.partnercenter.analytics.stub.data.DatasetSettings;
import com.partnercenter.analytics.stub.data.Table;
import com.partnercenter.analytics.stub.json.JsonOut;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Rows copied from their kept rendering are byte for byte the rows written column by column. */
class RenderedRowsTest {

    @Test
    void keptRowsAreWrittenAsBefore() {
        AnalyticsSpec spec = AnalyticsSpec.bundled();
        Dataset dataset = new DatasetGenerator(spec, new DatasetSettings(7, DatasetSettings.DEFAULT_AS_OF, 20, 300, 0, 3, 0, 0)).generate();
        Table table = dataset.table("Subscription").orElseThrow();
        int[] rows = {5, 0, 299, 17, 5};
        assertThat(table.renderedRow(5)).isNull();

        String first = body(table, rows);   // renders and keeps
        assertThat(table.renderedRow(5)).isNotNull();
        String second = body(table, rows);  // copies the kept renderings
        assertThat(second).isEqualTo(first);

        // the same rows written column by column, through the path that never keeps renderings
        JsonOut out = new JsonOut();
        RowWriter.writeRows(out, table, rows, "x");
        String withAttributes = new String(out.toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(withAttributes.replace(",\"attributes\":{\"objectType\":\"x\"}", "")).isEqualTo(first);
    }

    private static String body(Table table, int[] rows) {
        JsonOut out = new JsonOut();
        RowWriter.writeRows(out, table, rows, null);
        return new String(out.toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
    }

}
