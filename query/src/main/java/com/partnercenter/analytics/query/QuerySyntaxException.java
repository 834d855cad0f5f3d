package com.partnercenter.analytics.query;

/** The text of a query parameter does not follow the grammar. */
public class QuerySyntaxException extends QueryException {
    private static final long serialVersionUID = 1L;

    public QuerySyntaxException(String parameter, int position, String token, String reason) {
        super(parameter, position, token, reason);
    }
}
