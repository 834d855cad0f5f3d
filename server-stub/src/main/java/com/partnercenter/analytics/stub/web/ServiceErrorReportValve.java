package com.partnercenter.analytics.stub.web;

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
}
