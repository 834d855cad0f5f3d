package com.partnercenter.analytics.stub.web;

import com.partnercenter.analytics.query.PercentEncoding;
import jakarta.servlet.http.HttpServletRequest;

import java.util.ArrayList;
import java.util.List;

/**
 * The URLs the stub builds from the request it answers: its own base URL and a page's {@code @nextLink}. Behind a
 * load balancer the request's scheme, host, port and context path are the client's (the forwarded headers, applied
 * by the {@code ForwardedHeaderFilter} that StubConfiguration registers), so every URL here points at the proxy.
 */
final class RequestUrls {
    private RequestUrls() {
    }

    /** {@code scheme://host[:port]} as the request reached the stub; the port only when it is not the scheme's default. */
    static String base(HttpServletRequest request) {
        StringBuilder url = new StringBuilder();
        String scheme = request.getScheme();
        int port = request.getServerPort();
        url.append(scheme).append("://").append(request.getServerName());
        if (!(scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443)) {
            url.append(':').append(port);
        }
        return url.toString();
    }

    /** {@link #base} with the path prefix the stub is served under ({@code X-Forwarded-Prefix}; empty directly). */
    static String root(HttpServletRequest request) {
        return base(request) + request.getContextPath();
    }

    /** An absolute path on this stub as the client addresses it: {@code path} under the forwarded prefix, if any. */
    static String path(HttpServletRequest request, String path) {
        return request.getContextPath() + path;
    }

    /**
     * The next page's absolute URL: the request's own scheme, host, port and path, the same query with
     * {@code skip} advanced, each parameter re-encoded
     * ({@link PercentEncoding#encodeKeepingCommas}: spaces as {@code %20}, quotes as {@code %27}, commas kept).
     */
    static String nextLink(HttpServletRequest request, long nextSkip) {
        StringBuilder url = new StringBuilder(base(request));
        url.append(request.getRequestURI());
        String query = request.getQueryString();
        List<String> parts = new ArrayList<>();
        if (query != null && !query.isEmpty()) {
            for (String pair : query.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = PercentEncoding.decode(eq < 0 ? pair : pair.substring(0, eq));
                if (name.equals("skip")) {
                    continue;
                }
                parts.add(PercentEncoding.encodeKeepingCommas(name)
                        + (eq < 0 ? "" : "=" + PercentEncoding.encodeKeepingCommas(PercentEncoding.decode(pair.substring(eq + 1)))));
            }
        }
        parts.add("skip=" + nextSkip);
        return url.append('?').append(String.join("&", parts)).toString();
    }
}
