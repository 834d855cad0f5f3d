package com.partnercenter.analytics.query;

/** A well-formed query uses a field, operator or literal that the operation's capability matrix does not allow. */
public class QueryValidationException extends QueryException {
    private static final long serialVersionUID = 1L;

    public QueryValidationException(String parameter, int position, String token, String reason) {
        super(parameter, position, token, reason);
    }
}
