package com.partnercenter.analytics.stub.web;

import com.partnercenter.analytics.spec.AnalyticsSpec;
import com.partnercenter.analytics.spec.OperationDescriptor;
import com.partnercenter.analytics.spec.QueryCapabilities;
import com.partnercenter.analytics.stub.DatasetHolder;
import com.partnercenter.analytics.stub.error.ApiException;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A request that arrives while its table is still being generated (start-up; seconds with large
 * {@code stub.data.*} sizes) is suspended until the table is there, instead of holding one of the stub's few
 * request threads: {@code /health} and requests for tables already built keep being answered meanwhile. The
 * handler's method name is its spec operation id (the interfaces are generated from the spec).
 */
public final class DataWaitInterceptor implements HandlerInterceptor {
    /** Marks a request coming back after waiting, so the front door does not check (or fault) it twice. */
    static final String WAITED = DataWaitInterceptor.class.getName() + ".waited";
    /** How long a request waits for the data before it is answered 503, like {@link DatasetHolder#get()}. */
    static final long MAX_WAIT_MILLIS = 5 * 60 * 1000;

    private final AnalyticsSpec spec;
    private final DatasetHolder data;

    public DataWaitInterceptor(AnalyticsSpec spec, DatasetHolder data) {
        this.spec = spec;
        this.data = data;
    }

    /** True when this request is coming back after waiting for its data. */
    static boolean isResumed(HttpServletRequest request) {
        return request.getAttribute(WAITED) != null;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method) || data.ready() || !request.isAsyncSupported()) {
            return true;
        }
        OperationDescriptor operation = spec.operations().get(method.getMethod().getName());
        if (operation == null) {
            return true;
        }
        CompletableFuture<?> ready = data.whenReadyFor(operation.query().map(QueryCapabilities::rowSchema));
        if (ready.isDone()) {
            return true; // loaded, or failed: the service answers the failure in the service's error body
        }
        request.setAttribute(WAITED, Boolean.TRUE);
        AsyncContext async = request.startAsync();
        async.setTimeout(MAX_WAIT_MILLIS);
        async.addListener(new AsyncListener() {
            @Override
            public void onTimeout(AsyncEvent event) throws IOException {
                ErrorWriter.write(request, (HttpServletResponse) event.getSuppliedResponse(), 503, ApiException.UNEXPECTED,
                        "The service is starting. Retry later.", List.of());
                event.getAsyncContext().complete();
            }

            @Override
            public void onComplete(AsyncEvent event) {
            }

            @Override
            public void onError(AsyncEvent event) {
            }

            @Override
            public void onStartAsync(AsyncEvent event) {
            }
        });
        ready.whenComplete((v, e) -> async.dispatch());
        return false;
    }
}
