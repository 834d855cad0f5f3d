package com.partnercenter.analytics.spring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Run by failsafe after packaging, with the starter's jar (not target/classes) on the class path: the jar a user gets
 * carries the IDE metadata of every property, the auto-configuration import and the failure analyzer.
 */
class ConfigurationMetadataIT {
    private static final String METADATA = "META-INF/spring-configuration-metadata.json";

    @Test
    void theJarCarriesTheMetadataOfEveryProperty() throws Exception {
        URL url = ownResource(METADATA);
        JsonNode metadata;
        try (InputStream in = url.openStream()) {
            metadata = new ObjectMapper().readTree(in);
        }
        List<String> names = new ArrayList<>();
        metadata.get("properties").forEach(p -> {
            names.add(p.get("name").asText());
            assertThat(p.path("description").asText()).as("description of %s", p.get("name")).isNotBlank();
        });
        assertThat(names).containsExactlyInAnyOrder(
                "partnercenter.analytics.enabled", "partnercenter.analytics.cloud", "partnercenter.analytics.base-url",
                "partnercenter.analytics.connect-timeout", "partnercenter.analytics.read-timeout",
                "partnercenter.analytics.call-timeout", "partnercenter.analytics.http-log-level",
                "partnercenter.analytics.locale", "partnercenter.analytics.application-name",
                "partnercenter.analytics.retry.max-attempts", "partnercenter.analytics.retry.initial-backoff",
                "partnercenter.analytics.retry.max-backoff", "partnercenter.analytics.retry.multiplier",
                "partnercenter.analytics.retry.jitter", "partnercenter.analytics.retry.max-elapsed");
    }

    @Test
    void theJarRegistersTheAutoConfigurationAndTheFailureAnalyzer() throws Exception {
        try (InputStream in = ownResource("META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports").openStream()) {
            assertThat(new String(in.readAllBytes())).contains(PartnerCenterAnalyticsAutoConfiguration.class.getName());
        }
        try (InputStream in = ownResource("META-INF/spring.factories").openStream()) {
            assertThat(new String(in.readAllBytes())).contains("org.springframework.boot.diagnostics.FailureAnalyzer")
                    .contains(MissingTokenSupplierFailureAnalyzer.class.getName());
        }
    }

    /** The resource from the jar that holds this module's classes, not from another jar of the class path. */
    private static URL ownResource(String name) throws Exception {
        String jar = PartnerCenterAnalyticsAutoConfiguration.class.getProtectionDomain().getCodeSource().getLocation().toString();
        assertThat(jar).as("failsafe runs against the packaged jar").endsWith(".jar");
        return new URL("jar:" + jar + "!/" + name);
    }
}
