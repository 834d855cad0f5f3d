package com.partnercenter.analytics.spec.review;

/**
 * One difference between the baseline and the current document.
 *
 * @param kind     the change-log section it belongs to
 * @param breaking whether clients built on the baseline can break
 * @param id       a readable, stable text naming the place and the change; acknowledgments quote it exactly
 * @param source   {@code gate} for the gate's own rules, {@code openapi-diff} for incompatibilities only that
 *                 library found
 */
public record SpecChange(Kind kind, boolean breaking, String id, String source) {
    /** Sections of a Keep a Changelog entry. */
    public enum Kind { ADDED, CHANGED, DEPRECATED, REMOVED }

    static SpecChange of(Kind kind, boolean breaking, String id) {
        return new SpecChange(kind, breaking, id, "gate");
    }

    @Override
    public String toString() {
        return (breaking ? "BREAKING " : "") + kind + " " + id;
    }
}
