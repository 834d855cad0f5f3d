package com.partnercenter.analytics.spring;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's Java snippets are the sample application's code (src/it/sample-app, compiled and run by this module's
 * build): each tagged region must appear in README.md verbatim, so the README cannot drift from code that runs.
 */
class StarterReadmeTest {
    private static final Path SAMPLE = Path.of("src/it/sample-app/src/main/java/com/example/sample");
    private static final Pattern REGION = Pattern.compile(
            "(?m)^[ \\t]*// tag::([\\w-]+)\\[]\\n(.*?)^[ \\t]*// end::\\1\\[]\\n", Pattern.DOTALL);

    @Test
    void readmeShowsEveryTaggedRegionOfTheSampleApplication() throws Exception {
        Map<String, String> regions = new LinkedHashMap<>();
        for (String file : new String[] {"SampleApplication.java", "AutoRenewalReport.java"}) {
            Matcher m = REGION.matcher(Files.readString(SAMPLE.resolve(file)));
            while (m.find()) {
                regions.put(m.group(1), m.group(2).stripTrailing().stripIndent());
            }
        }
        assertThat(regions).containsOnlyKeys("token-supplier", "customizer", "service");
        String readme = Files.readString(Path.of("README.md"));
        regions.forEach((tag, code) -> assertThat(readme).as("README.md shows region %s", tag)
                .contains("```java\n" + code + "\n```"));
    }

    @Test
    void readmeShowsTheFailureReportAsTheAnalyzerWritesIt() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        assertThat(readme).contains("Description:\n\n" + MissingTokenSupplierFailureAnalyzer.DESCRIPTION + "\n\nAction:\n\n"
                + MissingTokenSupplierFailureAnalyzer.ACTION + "\n```");
    }
}
