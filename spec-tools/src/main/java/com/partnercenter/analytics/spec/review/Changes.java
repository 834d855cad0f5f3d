package com.partnercenter.analytics.spec.review;

import com.partnercenter.analytics.spec.review.SpecChange.Kind;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The changes a comparison finds, in the order found, each id once. */
final class Changes {
    private final List<SpecChange> changes = new ArrayList<>();
    private final Set<String> seen = new LinkedHashSet<>();

    void add(Kind kind, boolean breaking, String id) {
        if (seen.add(id)) {
            changes.add(SpecChange.of(kind, breaking, id));
        }
    }

    boolean isEmpty() {
        return changes.isEmpty();
    }

    List<SpecChange> list() {
        return List.copyOf(changes);
    }

    /** One change for the values removed (breaking when {@code removalBreaks}), one for those added. */
    void removedAndAdded(String where, Set<String> o, Set<String> n, boolean removalBreaks) {
        Set<String> removed = new TreeSet<>(o);
        removed.removeAll(n);
        Set<String> added = new TreeSet<>(n);
        added.removeAll(o);
        if (!removed.isEmpty()) {
            add(Kind.CHANGED, removalBreaks, where + " removed: " + String.join(", ", removed));
        }
        if (!added.isEmpty()) {
            add(Kind.CHANGED, false, where + " added: " + String.join(", ", added));
        }
    }
}
