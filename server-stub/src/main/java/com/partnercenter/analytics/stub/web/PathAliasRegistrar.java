package com.partnercenter.analytics.stub.web;

import com.partnercenter.analytics.spec.AnalyticsSpec;
import com.partnercenter.analytics.spec.OperationDescriptor;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.Map;

/**
 * Serves every documented path form of an operation ({@code x-pc-path-aliases}, e.g. the commercial license
 * operations without {@code /partner} and with a trailing slash) with the same handler the generated interface
 * maps to the operation's main path.
 */
public final class PathAliasRegistrar implements SmartInitializingSingleton {
    private final AnalyticsSpec spec;
    private final RequestMappingHandlerMapping mapping;

    public PathAliasRegistrar(AnalyticsSpec spec, RequestMappingHandlerMapping mapping) {
        this.spec = spec;
        this.mapping = mapping;
    }

    @Override
    public void afterSingletonsInstantiated() {
        Map<RequestMappingInfo, HandlerMethod> methods = mapping.getHandlerMethods();
        for (OperationDescriptor op : spec.operations().values()) {
            if (op.pathAliases().isEmpty()) {
                continue;
            }
            HandlerMethod handler = methods.entrySet().stream()
                    .filter(e -> e.getKey().getPatternValues().contains(op.path()))
                    .map(Map.Entry::getValue)
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No handler for " + op.operationId() + " at " + op.path()));
            for (String alias : op.pathAliases()) {
                RequestMappingInfo info = RequestMappingInfo.paths(alias)
                        .methods(RequestMethod.valueOf(op.method()))
                        .produces("application/json")
                        .options(mapping.getBuilderConfiguration())
                        .build();
                mapping.registerMapping(info, handler.getBean(), handler.getMethod());
            }
        }
    }
}
