package com.partnercenter.analytics.stub.control;

import com.partnercenter.analytics.spec.AnalyticsSpec;
import com.partnercenter.analytics.spec.OperationDescriptor;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The spec operation a request is for, from its method and path (the main path and every {@code x-pc-path-aliases}
 * form), decided before Spring's handler mapping runs: the front door names the operation in the request journal
 * and in scripted faults.
 */
public final class OperationPaths {
    private record Route(String method, Pattern path, String operationId) {
    }

    private final List<Route> routes = new ArrayList<>();

    public OperationPaths(AnalyticsSpec spec) {
        for (OperationDescriptor op : spec.operations().values()) {
            List<String> forms = new ArrayList<>(op.pathAliases());
            forms.add(0, op.path());
            for (String form : forms) {
                String regex = Pattern.quote(form).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q");
                routes.add(new Route(op.method(), Pattern.compile(regex), op.operationId()));
            }
        }
    }

    /** The operation id, or null for a path or method no operation has. */
    public String operationOf(String method, String path) {
        for (Route route : routes) {
            if (route.method().equals(method) && route.path().matcher(path).matches()) {
                return route.operationId();
            }
        }
        return null;
    }
}
