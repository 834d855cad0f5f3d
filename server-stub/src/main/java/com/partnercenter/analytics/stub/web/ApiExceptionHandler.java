package com.partnercenter.analytics.stub.web;

import com.partnercenter.analytics.query.QueryException;
import com.partnercenter.analytics.stub.error.ApiException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingRequestValueException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.util.List;

/**
 * Maps every exception a request can cause to the service's error body. Client mistakes are 4xx with code
 * 800002 (or 1000 for not found); only a bug in the stub is a 500, and it is logged with its stack trace.
 */
@RestControllerAdvice
public class ApiExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);
    private final ParameterRules rules;

    public ApiExceptionHandler(ParameterRules rules) {
        this.rules = rules;
    }

    @ExceptionHandler(ApiException.class)
    public void api(ApiException e, HttpServletRequest request, HttpServletResponse response) {
        ErrorWriter.write(request, response, e);
    }

    @ExceptionHandler(QueryException.class)
    public void query(QueryException e, HttpServletRequest request, HttpServletResponse response) {
        ErrorWriter.write(request, response, 400, ApiException.INVALID_INPUT, e.getMessage(), List.of(e.parameter()));
    }

    @ExceptionHandler(TypeMismatchException.class)
    public void typeMismatch(TypeMismatchException e, HttpServletRequest request, HttpServletResponse response) {
        String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName() : e.getPropertyName();
        ErrorWriter.write(request, response, rules.invalidValue(name, e.getValue()));
    }

    @ExceptionHandler(MissingRequestValueException.class)
    public void missing(MissingRequestValueException e, HttpServletRequest request, HttpServletResponse response) {
        ErrorWriter.write(request, response, 400, ApiException.INVALID_INPUT, "Invalid request input: " + e.getMessage(), List.of());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    public void method(HttpRequestMethodNotSupportedException e, HttpServletRequest request, HttpServletResponse response) {
        String allowed = e.getSupportedHttpMethods() == null ? "GET" : String.join(", ", e.getSupportedHttpMethods().stream().map(Object::toString).toList());
        response.setHeader("Allow", allowed);
        ErrorWriter.write(request, response, 405, ApiException.INVALID_INPUT,
                "Invalid request input: method '" + e.getMethod() + "' is not allowed on " + request.getRequestURI() + "; allowed: " + allowed + ".",
                List.of("method"));
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    public void notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request, HttpServletResponse response) {
        ErrorWriter.write(request, response, FrontDoorFilter.notAcceptable(request.getHeader("Accept")));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    public void unsupported(HttpMediaTypeNotSupportedException e, HttpServletRequest request, HttpServletResponse response) {
        ErrorWriter.write(request, response, 400, ApiException.INVALID_INPUT, "Invalid request input: " + e.getMessage(), List.of("Content-Type"));
    }

    @ExceptionHandler({NoHandlerFoundException.class, NoResourceFoundException.class})
    public void notFound(Exception e, HttpServletRequest request, HttpServletResponse response) {
        ErrorWriter.write(request, response, 404, ApiException.NOT_FOUND,
                "Not found: no resource at " + request.getMethod() + " " + request.getRequestURI(), List.of());
    }

    @ExceptionHandler(ServletRequestBindingException.class)
    public void binding(ServletRequestBindingException e, HttpServletRequest request, HttpServletResponse response) {
        ErrorWriter.write(request, response, 400, ApiException.INVALID_INPUT, "Invalid request input: " + e.getMessage(), List.of());
    }

    @ExceptionHandler(Exception.class)
    public void other(Exception e, HttpServletRequest request, HttpServletResponse response) {
        if (e instanceof ErrorResponse er && er.getStatusCode().is4xxClientError()) {
            int status = er.getStatusCode().value();
            ErrorWriter.write(request, response, status, status == 404 ? ApiException.NOT_FOUND : ApiException.INVALID_INPUT,
                    "Invalid request input: " + e.getMessage(), List.of());
            return;
        }
        if (clientWentAway(e)) {
            // The client closed the connection while the answer was written (a load test ending, a cancelled
            // request): nothing to answer and nothing wrong with the stub.
            LOG.debug("Client went away during {} {}: {}", request.getMethod(), request.getRequestURI(), e.toString());
            return;
        }
        LOG.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        ErrorWriter.write(request, response, 500, ApiException.UNEXPECTED, "Unexpected service error", List.of());
    }

    /** True for the exceptions of writing to a connection the client has closed. */
    static boolean clientWentAway(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.springframework.web.context.request.async.AsyncRequestNotUsableException
                    || t instanceof org.apache.catalina.connector.ClientAbortException) {
                return true;
            }
        }
        return false;
    }
}
