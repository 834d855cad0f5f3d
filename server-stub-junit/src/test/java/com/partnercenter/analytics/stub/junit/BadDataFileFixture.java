package com.partnercenter.analytics.stub.junit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Not run by the build on its own (no Test suffix): BadDataFileTest runs it with a bad data file in place and checks
 * how it fails.
 */
@Tag(FixtureRunner.FIXTURE)
@PartnerCenterStubTest(dataDirectory = BadDataFileFixture.DIRECTORY, lifecycle = StubLifecycle.PER_CLASS)
class BadDataFileFixture {
    static final String DIRECTORY = "target/bad-data-file";

    @Test
    void neverRuns(PartnerCenterStub stub) {
        throw new AssertionError("the stub started although its data file is bad: " + stub);
    }
}
