package com.partnercenter.analytics.stub.junit;

import com.partnercenter.analytics.spec.AnalyticsSpec;
import com.partnercenter.analytics.stub.web.ServiceHeaders;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Plain HTTP to a stub, for tests that look at what the client would hide (headers, statuses, raw bodies). */
final class StubHttp {
    /** The subscriptions operation's path, from the spec. */
    static final String SUBSCRIPTIONS = AnalyticsSpec.bundled().operation("listSubscriptions").orElseThrow().path();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private StubHttp() {
    }

    /** The {@code MS-ServerId} a GET of {@code pathAndQuery} is answered with. */
    static String serverId(String baseUrl, String pathAndQuery) throws IOException, InterruptedException {
        return get(baseUrl, pathAndQuery).headers().firstValue(ServiceHeaders.SERVER_ID).orElse("(none)");
    }

    /** GET {@code baseUrl + pathAndQuery} with a bearer token (the stub accepts any). */
    static HttpResponse<String> get(String baseUrl, String pathAndQuery) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery)).header("Authorization", "Bearer t").build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
