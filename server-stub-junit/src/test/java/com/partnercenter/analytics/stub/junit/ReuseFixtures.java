package com.partnercenter.analytics.stub.junit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Test classes that StubLifecycleTest runs one after another (not run by the build on their own). */
final class ReuseFixtures {
    static final List<String> SEEN = new CopyOnWriteArrayList<>();

    private ReuseFixtures() {
    }

    @Tag(FixtureRunner.FIXTURE)
    @PartnerCenterStubTest(scale = 0.02, seed = 99)
    static class First {
        @Test
        void sees(PartnerCenterStub stub) {
            SEEN.add("first " + stub.baseUrl());
        }
    }

    @Tag(FixtureRunner.FIXTURE)
    @PartnerCenterStubTest(scale = 0.02, seed = 99)
    static class SameSettings {
        @Test
        void sees(PartnerCenterStub stub) {
            SEEN.add("same " + stub.baseUrl());
        }
    }

    @Tag(FixtureRunner.FIXTURE)
    @PartnerCenterStubTest(scale = 0.02, seed = 100)
    static class OtherSeed {
        @Test
        void sees(PartnerCenterStub stub) {
            SEEN.add("other " + stub.baseUrl());
        }
    }

    @Tag(FixtureRunner.FIXTURE)
    @PartnerCenterStubTest(scale = 0.02, seed = 99, lifecycle = StubLifecycle.PER_CLASS)
    static class OwnStub {
        @Test
        void sees(PartnerCenterStub stub) {
            SEEN.add("own " + stub.baseUrl());
        }
    }
}
