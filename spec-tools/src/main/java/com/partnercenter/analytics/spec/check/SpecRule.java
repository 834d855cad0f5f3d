package com.partnercenter.analytics.spec.check;

import com.partnercenter.analytics.spec.AnalyticsSpec;

import java.util.List;

/** A check of the OpenAPI document, with an id to cite in reviews and the reason it exists. */
public interface SpecRule {
    /** A stable id, e.g. {@code PC003}. */
    String id();

    /** One line: why reviewers want this rule. */
    String reason();

    /** The places of {@code spec} that break the rule; empty when it holds. */
    List<Violation> check(AnalyticsSpec spec);
}
