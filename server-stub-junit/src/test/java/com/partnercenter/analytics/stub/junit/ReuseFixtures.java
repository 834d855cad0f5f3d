package com.partnercenter.analytics.stub.junit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Test classes that StubLifecycleTest runs one after another (not run by the build on their own). */
final class ReuseFixtures {
    /** "{class's simple name} {the stub's base URL}", one line per class that ran. */
    static final List<String> SEEN = new CopyOnWriteArrayList<>();

    private ReuseFixtures() {
    }

    /** The one test every fixture runs: it notes which stub its class got. */
    @Tag(FixtureRunner.FIXTURE)
    abstract static class NotesItsStub {
        @Test
        void sees(PartnerCenterStub stub) {
            SEEN.add(getClass().getSimpleName() + " " + stub.baseUrl());
        }
    }

    @PartnerCenterStubTest(scale = 0.02, seed = 99)
    static class First extends NotesItsStub {
    }

    @PartnerCenterStubTest(scale = 0.02, seed = 99)
    static class SameSettings extends NotesItsStub {
    }

    @PartnerCenterStubTest(scale = 0.02, seed = 100)
    static class OtherSeed extends NotesItsStub {
    }

    @PartnerCenterStubTest(scale = 0.02, seed = 99, lifecycle = StubLifecycle.PER_CLASS)
    static class OwnStub extends NotesItsStub {
    }
}
