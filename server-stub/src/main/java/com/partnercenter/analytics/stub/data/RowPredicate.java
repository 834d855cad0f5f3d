package com.partnercenter.analytics.stub.data;

/** A compiled filter condition over the rows of one table. */
@FunctionalInterface
public interface RowPredicate {
    boolean test(int row);

    RowPredicate ALL = row -> true;
    RowPredicate NONE = row -> false;
}
