package com.partnercenter.analytics.stub.web;

import com.partnercenter.analytics.stub.error.ApiException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Replaces Tomcat's HTML error page, for the errors that happen before Spring sees a request (a malformed request
 * line, an unparsable URI), with the service's error body.
 */
public final class ServiceErrorReportValve extends ErrorReportValve {
    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        int code = status == 404 ? ApiException.NOT_FOUND : status >= 500 ? ApiException.UNEXPECTED : ApiException.INVALID_INPUT;
        String description = status == 404 ? "Not found"
                : status >= 500 ? "Unexpected service error"
                : tooLarge(request, throwable) ? "Invalid request input: the request line and headers are too large (HTTP " + status
                + "); shorten the query string (a filter is at most 65536 characters) or the headers."
                : "Invalid request input: the request could not be read (HTTP " + status + "). Percent-encode spaces and other"
                + " reserved characters in the query string, e.g. filter=customerMarket%20eq%20'US'.";
        String body = "{\"code\":" + code + ",\"description\":\"" + description.replace("\"", "\\\"") + "\",\"data\":[],\"source\":\"" + ErrorWriter.SOURCE + "\"}";
        try {
            response.setContentType(ErrorWriter.CONTENT_TYPE);
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            response.setContentLength(bytes.length);
            response.getOutputStream().write(bytes);
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response was taken over; nothing more to do
        }
    }

    /** True when Tomcat refused the request because its request line or headers exceed the configured size. */
    private static boolean tooLarge(Request request, Throwable throwable) {
        Object attribute = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_EXCEPTION);
        for (Object candidate : new Object[]{throwable, attribute}) {
            for (Throwable t = candidate instanceof Throwable th ? th : null; t != null; t = t.getCause()) {
                if (t.getMessage() != null && t.getMessage().toLowerCase(java.util.Locale.ROOT).contains("too large")) {
                    return true;
                }
            }
        }
        return false;
    }
}
