package com.partnercenter.analytics.stub.junit;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's complete test is the consumer project's test, which the build compiles and runs (maven-invoker-plugin). */
class ReadmeExampleTest {
    private static final Path CONSUMER_TEST =
            Path.of("src/it/stub-consumer/src/test/java/com/example/stubconsumer/SubscriptionsReportTest.java");

    @Test
    void theReadmesTestIsTheConsumersTest() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        Matcher java = Pattern.compile("## A complete test\\n.*?```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertThat(java.find()).as("README.md has a java block under '## A complete test'").isTrue();
        assertThat(java.group(1)).isEqualTo(Files.readString(CONSUMER_TEST));
    }

    @Test
    void theReadmesDependencyIsThisModule() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher artifact = Pattern.compile("<artifactId>(pc-analytics-stub-junit)</artifactId>").matcher(pom);
        assertThat(artifact.find()).isTrue();
        assertThat(readme).contains("<groupId>com.partnercenter.analytics</groupId>\n  <artifactId>" + artifact.group(1) + "</artifactId>");
    }
}
