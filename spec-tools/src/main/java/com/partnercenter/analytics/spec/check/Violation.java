package com.partnercenter.analytics.spec.check;

/** One broken rule at one place of the document. */
public record Violation(String ruleId, String location, String message) {
    @Override
    public String toString() {
        return ruleId + " " + location + ": " + message;
    }
}
