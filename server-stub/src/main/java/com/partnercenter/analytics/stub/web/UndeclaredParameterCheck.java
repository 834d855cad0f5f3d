package com.partnercenter.analytics.stub.web;

import com.partnercenter.analytics.spec.OperationDescriptor;
import com.partnercenter.analytics.stub.error.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A query parameter the operation does not declare in the spec (its own parameters and their
 * {@code x-pc-aliases}) would otherwise be dropped without a word: {@code $filter=...} (the OData habit),
 * {@code Top=5} or {@code colour=red} would answer 200 with unfiltered rows, so a mistyped query would look like a
 * working one. This check answers it with 400 naming the parameter and the accepted ones, and suggests the
 * declared parameter a misspelling stands for ({@code $filter} or {@code Filter}: did you mean 'filter'?).
 * <p>
 * With {@link Mode#WARN} ({@code stub.unknown-parameters=warn}) such a parameter is logged as a warning and the
 * request is served without it, for clients that send extras. Headers are never parameters.
 */
public final class UndeclaredParameterCheck {
    private static final Logger LOG = LoggerFactory.getLogger(UndeclaredParameterCheck.class);

    /** What to do with a query parameter the operation does not declare. */
    public enum Mode {
        /** 400 in the service's error body (the default). */
        REJECT,
        /** A warning in the log; the request is served without the parameter. */
        WARN
    }

    private final Mode mode;
    private final Map<String, String> aliases;

    /** @param aliases the spec's alternative spellings and the parameter each stands for ({@code groupBy -> groupby}) */
    public UndeclaredParameterCheck(Mode mode, Map<String, String> aliases) {
        this.mode = mode;
        this.aliases = Map.copyOf(aliases);
    }

    public Mode mode() {
        return mode;
    }

    /** Checks every query parameter name of a request to {@code op}; 400 (or a warning) for the first undeclared one. */
    public void check(OperationDescriptor op, Iterable<String> parameterNames) {
        for (String name : parameterNames) {
            if (declares(op, name)) {
                continue;
            }
            String description = describe(op, name);
            if (mode == Mode.REJECT) {
                throw ApiException.badRequest(name, "Invalid request input: " + description);
            }
            LOG.warn("Ignoring query parameter (stub.unknown-parameters=warn): {}", description);
        }
    }

    /** True when {@code name} is one of the operation's query parameters or an alias of one. */
    public boolean declares(OperationDescriptor op, String name) {
        return op.queryParameters().contains(aliases.getOrDefault(name, name));
    }

    /** "parameter '$top' is not a parameter of listSubscriptions (did you mean 'top'?); its parameters are: ..." */
    String describe(OperationDescriptor op, String name) {
        StringBuilder text = new StringBuilder("parameter '").append(abbreviate(name)).append("' is not a parameter of ")
                .append(op.operationId());
        suggestion(op, name).ifPresent(s -> text.append(" (did you mean '").append(s).append("'?)"));
        if (op.queryParameters().isEmpty()) {
            return text.append(", which takes no query parameters.").toString();
        }
        return text.append("; its parameters are: ").append(String.join(", ", accepted(op))).append('.').toString();
    }

    /** The operation's parameters with their aliases, e.g. {@code groupby (also groupBy)}. */
    List<String> accepted(OperationDescriptor op) {
        List<String> result = new ArrayList<>();
        for (String parameter : op.queryParameters()) {
            List<String> also = new ArrayList<>();
            aliases.forEach((alias, canonical) -> {
                if (canonical.equals(parameter)) {
                    also.add(alias);
                }
            });
            also.sort(null);
            result.add(also.isEmpty() ? parameter : parameter + " (also " + String.join(", ", also) + ")");
        }
        return result;
    }

    /**
     * The declared parameter {@code name} most likely stands for: the same name after dropping an OData {@code $}
     * prefix and ignoring letter case ({@code $filter}, {@code $orderBy}, {@code TOP}).
     */
    Optional<String> suggestion(OperationDescriptor op, String name) {
        String stripped = name.startsWith("$") ? name.substring(1) : name;
        String folded = stripped.toLowerCase(Locale.ROOT);
        for (String parameter : op.queryParameters()) {
            if (parameter.toLowerCase(Locale.ROOT).equals(folded)) {
                return Optional.of(parameter);
            }
        }
        for (Map.Entry<String, String> alias : aliases.entrySet()) {
            if (alias.getKey().toLowerCase(Locale.ROOT).equals(folded) && op.queryParameters().contains(alias.getValue())) {
                return Optional.of(alias.getValue());
            }
        }
        return Optional.empty();
    }

    /** Parsed from the setting's text ({@code reject} or {@code warn}, any case). */
    public static Mode mode(String setting) {
        for (Mode m : Mode.values()) {
            if (m.name().equalsIgnoreCase(setting == null ? "" : setting.trim())) {
                return m;
            }
        }
        throw new IllegalArgumentException("stub.unknown-parameters must be 'reject' or 'warn', not '" + setting + "'");
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
