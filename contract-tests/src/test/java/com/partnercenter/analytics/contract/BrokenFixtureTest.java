package com.partnercenter.analytics.contract;

import com.partnercenter.analytics.contract.check.ContractValidator;
import com.partnercenter.analytics.contract.check.Finding;
import com.partnercenter.analytics.contract.fixture.Fixture;
import com.partnercenter.analytics.contract.fixture.FixtureLoader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The spec check fails where it should: each file under {@code src/test/resources/broken-fixtures/} breaks one
 * rule, says in {@code metadata.expect} which check must reject it and where, and is rejected with a message that
 * names the fixture file and the field.
 */
class BrokenFixtureTest {
    private static final ContractValidator VALIDATOR = ContractValidator.bundled();
    private static final Path BROKEN = Path.of("src/test/resources/broken-fixtures/wiremock");

    @TestFactory
    Stream<DynamicTest> eachBrokenFixtureIsRejectedNamingTheFileAndTheField() {
        List<Fixture> broken = new FixtureLoader(BROKEN).loadAll();
        assertThat(broken).hasSizeGreaterThanOrEqualTo(10);
        return broken.stream().map(f -> DynamicTest.dynamicTest(f.file(), () -> {
            String check = f.metadata().path("expect").path("check").asText();
            String where = f.metadata().path("expect").path("where").asText();
            assertThat(check).as("%s: metadata.expect.check", f.file()).isNotBlank();
            List<Finding> violations = VALIDATOR.violations(f);
            assertThat(violations)
                    .as("%s must be rejected by %s at %s", f.file(), check, where)
                    .anySatisfy(v -> {
                        assertThat(v.check()).isEqualTo(check);
                        assertThat(v.toString()).startsWith(f.file() + ": ").contains(where);
                    });
        }));
    }

    @TestFactory
    Stream<DynamicTest> theRealCorpusHasNoneOfTheseDefects() {
        // The same checks pass on the corpus, so the rejections above come from the defects, not from the checker.
        return FixtureLoader.sourceCorpus().loadAll().stream().map(f -> DynamicTest.dynamicTest(f.file(),
                () -> assertThat(VALIDATOR.violations(f)).isEmpty()));
    }
}
