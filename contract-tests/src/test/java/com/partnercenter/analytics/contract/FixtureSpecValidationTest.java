package com.partnercenter.analytics.contract;

import com.partnercenter.analytics.contract.check.ContractValidator;
import com.partnercenter.analytics.contract.check.Finding;
import com.partnercenter.analytics.contract.fixture.Fixture;
import com.partnercenter.analytics.contract.fixture.FixtureLoader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every fixture's request and response against the spec: the request routes to the fixture's operation with
 * declared parameters of valid values; the response status is documented, the documented headers are there and
 * the body validates strictly (wrong types, bad dates and undeclared members fail). One test per fixture file.
 */
class FixtureSpecValidationTest {
    private static final ContractValidator VALIDATOR = ContractValidator.bundled();

    @TestFactory
    Stream<DynamicTest> everyFixtureAgreesWithTheSpec() {
        List<Fixture> fixtures = FixtureLoader.sourceCorpus().loadAll();
        assertThat(fixtures).isNotEmpty();
        return fixtures.stream().map(f -> DynamicTest.dynamicTest(f.file(), () -> {
            List<Finding> violations = VALIDATOR.violations(f);
            List<Finding> excused = VALIDATOR.validate(f).stream().filter(x -> !violations.contains(x)).toList();
            // What the fixture's status or kind explains is printed, so a reader sees what was not held against it.
            excused.forEach(x -> System.out.println("excused: " + x));
            assertThat(violations)
                    .as(() -> "spec violations:\n  " + violations.stream().map(Finding::toString).collect(Collectors.joining("\n  ")))
                    .isEmpty();
        }));
    }
}
