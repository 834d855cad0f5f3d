package com.partnercenter.analytics.query;

/**
 * A query parameter ({@code filter}, {@code groupby}, {@code orderby}, {@code aggregationLevel}) that the
 * service would reject. The message names the parameter, the position (1-based, as people count) and the
 * offending token, e.g. {@code Invalid filter at position 9 ('gt'): operator 'gt' is not allowed for field
 * 'customerMarket' (allowed: eq, ne).}
 */
public abstract class QueryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String parameter;
    private final int position;
    private final String token;
    private final String reason;

    protected QueryException(String parameter, int position, String token, String reason) {
        super(format(parameter, position, token, reason));
        this.parameter = parameter;
        this.position = position;
        this.token = token;
        this.reason = reason;
    }

    private static String format(String parameter, int position, String token, String reason) {
        StringBuilder message = new StringBuilder("Invalid ").append(parameter);
        if (position >= 0) {
            message.append(" at position ").append(position + 1);
        }
        if (token != null && !token.isEmpty()) {
            message.append(" ('").append(abbreviate(token)).append("')");
        }
        return message.append(": ").append(reason).toString();
    }

    private static String abbreviate(String token) {
        return token.length() <= 40 ? token : token.substring(0, 37) + "...";
    }

    /** The query parameter at fault: {@code filter}, {@code groupby}, {@code orderby} or {@code aggregationLevel}. */
    public String parameter() {
        return parameter;
    }

    /** The 0-based character offset of the offending token in the parameter's value, or -1 when none applies. */
    public int position() {
        return position;
    }

    /** The offending token as written, or null. */
    public String token() {
        return token;
    }

    /** What is wrong, without the parameter and position prefix. */
    public String reason() {
        return reason;
    }
}
