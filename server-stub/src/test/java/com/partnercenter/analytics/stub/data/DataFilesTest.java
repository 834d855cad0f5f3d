package com.partnercenter.analytics.stub.data;

import com.partnercenter.analytics.spec.AnalyticsSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DataFilesTest {
    private static final AnalyticsSpec SPEC = AnalyticsSpec.bundled();

    @TempDir
    Path dir;

    private Path write(String name, String... lines) throws IOException {
        return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
    }

    @Test
    void readsRowsAsTheServiceSendsThem() throws IOException {
        write("Subscription.jsonl",
                "{\"customerTenantId\":\"A\",\"customerMarket\":\"US\",\"status\":\"ACTIVE\",\"autoRenewEnabled\":true,\"licenseCount\":2,\"creationDate\":\"2016-02-04T19:29:38.037\",\"deprovisionedDate\":null}",
                "",
                "{\"customerTenantId\":\"B\",\"customerMarket\":\"GB\",\"status\":\"SUSPENDED\",\"autoRenewEnabled\":false,\"licenseCount\":\"5\",\"creationDate\":\"2017-06-02T23:11:58Z\"}");
        Dataset d = DataFiles.load(SPEC, dir);
        Table t = d.table("Subscription").orElseThrow();
        assertThat(t.size()).isEqualTo(2);
        assertThat(t.column("customerMarket").orElseThrow().value(1)).isEqualTo("GB");
        assertThat(t.column("licenseCount").orElseThrow().value(1)).isEqualTo(5L);
        assertThat(t.column("deprovisionedDate").orElseThrow().isNull(1)).as("a missing nullable field is null").isTrue();
        assertThat(d.table("AzureUsage").orElseThrow().size()).as("resources without a file are empty").isZero();
        assertThat(d.hasCustomer("a")).isTrue();
    }

    @Test
    void aLineThatIsNotJsonIsRefusedWithFileAndLine() throws IOException {
        Path file = write("Subscription.jsonl", "{\"customerMarket\":\"US\"}", "{\"customerMarket\": ");
        assertThatThrownBy(() -> DataFiles.load(SPEC, dir))
                .isInstanceOfSatisfying(DataFileException.class, e -> {
                    assertThat(e.file()).isEqualTo(file);
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.getMessage()).startsWith(file + ":2: not valid JSON");
                });
    }

    @Test
    void anUnknownFieldIsRefused() throws IOException {
        write("Subscription.jsonl", "{\"customerMarket\":\"US\",\"colour\":\"red\"}");
        assertThatThrownBy(() -> DataFiles.load(SPEC, dir))
                .isInstanceOfSatisfying(DataFileException.class, e -> {
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.reason()).startsWith("unknown field 'colour'").contains("customerMarket");
                });
    }

    @Test
    void aValueOfTheWrongTypeIsRefused() throws IOException {
        write("Subscription.jsonl", "{\"autoRenewEnabled\":true}", "{\"autoRenewEnabled\":\"yes\"}");
        assertThatThrownBy(() -> DataFiles.load(SPEC, dir))
                .isInstanceOfSatisfying(DataFileException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.reason()).isEqualTo("field 'autoRenewEnabled' must be true or false, found \"yes\"");
                });
    }

    @Test
    void aMalformedDateIsRefused() throws IOException {
        write("AzureUsage.jsonl", "{\"usageDate\":\"27/05/2018\"}");
        assertThatThrownBy(() -> DataFiles.load(SPEC, dir))
                .isInstanceOfSatisfying(DataFileException.class, e -> assertThat(e.reason()).startsWith("field 'usageDate' must be a date-time"));
    }

    @Test
    void nullInANonNullableFieldIsRefused() throws IOException {
        write("IndirectReseller.jsonl", "{\"firstSubscriptionEndDate\":null}");
        assertThatThrownBy(() -> DataFiles.load(SPEC, dir))
                .isInstanceOfSatisfying(DataFileException.class, e -> assertThat(e.reason()).isEqualTo("field 'firstSubscriptionEndDate' must not be null"));
    }

    @Test
    void aNonNullableFieldMissingFromALaterLineIsRefused() throws IOException {
        write("SearchAnalytics.jsonl", "{\"companyName\":\"x\",\"mpnId\":1}", "{\"companyName\":\"y\"}");
        assertThatThrownBy(() -> DataFiles.load(SPEC, dir))
                .isInstanceOfSatisfying(DataFileException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.reason()).startsWith("missing field 'mpnId'");
                });
    }

    @Test
    void aFileForNoResourceIsRefused() throws IOException {
        Path file = write("Subscriptions.jsonl", "{}");
        assertThatThrownBy(() -> DataFiles.load(SPEC, dir))
                .isInstanceOfSatisfying(DataFileException.class, e -> {
                    assertThat(e.file()).isEqualTo(file);
                    assertThat(e.reason()).startsWith("unknown resource 'Subscriptions'").contains("Subscription.jsonl");
                });
    }

    @Test
    void anEmptyDirectoryIsRefused() {
        assertThatThrownBy(() -> DataFiles.load(SPEC, dir)).isInstanceOf(DataFileException.class).hasMessageContaining("no data files");
    }
}
