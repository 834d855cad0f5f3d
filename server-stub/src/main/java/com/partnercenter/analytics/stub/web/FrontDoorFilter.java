package com.partnercenter.analytics.stub.web;

import com.partnercenter.analytics.query.PercentEncoding;
import com.partnercenter.analytics.stub.control.OperationPaths;
import com.partnercenter.analytics.stub.control.RequestJournal;
import com.partnercenter.analytics.stub.error.ApiException;
import com.partnercenter.analytics.stub.faults.FaultInjector;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the service's front door does before an operation runs, in order: response headers on every answer;
 * the bearer token (401 with {@code WWW-Authenticate} when missing or malformed, 403 for an app-only token on a
 * user-only operation); no body on a GET (400); an {@code Accept} that allows JSON (406); then the fault
 * controls. The stub's own pages ({@code /openapi.yaml}, {@code /docs}, {@code /health}) skip all but the headers.
 */
public final class FrontDoorFilter extends OncePerRequestFilter {
    private static final Logger LOG = LoggerFactory.getLogger(FrontDoorFilter.class);
    public static final String WWW_AUTHENTICATE = "Bearer realm=\"api.partnercenter.microsoft.com\", error=\"invalid_token\"";
    /** RFC 6750 b64token. */
    private static final Pattern BEARER = Pattern.compile("(?i)Bearer +([A-Za-z0-9\\-._~+/]+=*) *");
    private static final MediaType JSON = MediaType.APPLICATION_JSON;

    private final FaultInjector faults;
    private final RequestJournal journal;
    private final OperationPaths operations;
    private final String serverId;

    /**
     * With the request journal ({@code stub.request-journal}) and the operations' paths (for tests' controls) and the
     * {@code MS-ServerId} this stub sends ({@code stub.server-id}).
     */
    public FrontDoorFilter(FaultInjector faults, RequestJournal journal, OperationPaths operations, String serverId) {
        this.faults = faults;
        this.journal = journal;
        this.operations = operations;
        this.serverId = serverId;
    }

    public static boolean isStubPage(String path) {
        return path.equals("/") || path.equals("/openapi.yaml") || path.equals("/health") || path.equals("/favicon.ico")
                || path.equals("/docs") || path.startsWith("/docs/") || path.startsWith("/webjars/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            answer(request, response, chain);
        } finally {
            journal.completed(request, response);
        }
    }

    private void answer(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (FaultInjector.isResumed(request)) {
            // back from an injected delay: checked and given its headers before it was suspended
            if (faults.resume(request, response)) {
                return;
            }
            serve(request, response, chain);
            return;
        }
        if (DataWaitInterceptor.isResumed(request)) {
            // back from waiting for its table (DataWaitInterceptor): checked and faulted before it waited
            serve(request, response, chain);
            return;
        }
        ServiceHeaders.apply(request, response, serverId);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (isStubPage(path)) {
            chain.doFilter(request, response);
            return;
        }
        String operationId = operations.operationOf(request.getMethod(), path);
        journal.record(request, path, operationId);
        try {
            authenticate(request, path);
            rejectBody(request);
            rejectUnreadableQuery(request);
            ApiException accept = acceptable(request.getHeader("Accept"));
            if (accept != null) {
                throw accept;
            }
            if (faults.applyOrSuspend(request, response, operationId)) {
                return;
            }
        } catch (ApiException e) {
            if (e.status() == 401) {
                response.setHeader("WWW-Authenticate", WWW_AUTHENTICATE);
            }
            ErrorWriter.write(request, response, e);
            return;
        }
        serve(request, response, chain);
    }

    /**
     * Async dispatches come back here after an injected delay ({@link FaultInjector#applyOrSuspend}) or a wait for
     * data ({@link DataWaitInterceptor}).
     */
    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    private static void serve(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            // normally handled by ApiExceptionHandler; this is the last line of defence against a 500 page
            LOG.error("Unhandled error on {} {}", request.getMethod(), request.getRequestURI(), e);
            ErrorWriter.write(request, response, 500, ApiException.UNEXPECTED, "Unexpected service error", List.of());
        }
    }

    private static void authenticate(HttpServletRequest request, String path) {
        String header = request.getHeader("Authorization");
        if (header == null || header.isBlank()) {
            throw new ApiException(401, ApiException.TOKEN_MISSING, "Partner Token missing in request context", List.of("Authorization"));
        }
        var m = BEARER.matcher(header.trim());
        if (!m.matches()) {
            throw new ApiException(401, ApiException.TOKEN_MISSING,
                    "Partner Token missing in request context: the Authorization header must be 'Bearer <token>'", List.of("Authorization"));
        }
        if (path.startsWith("/partner/v1/analytics/") && !path.startsWith("/partner/v1/analytics/commercial/") && isAppOnly(m.group(1))) {
            throw new ApiException(403, ApiException.ACCESS_DENIED,
                    "Access denied: this operation accepts App+User (user credential) tokens only; the token is an app-only token", List.of());
        }
    }

    /** True for a JWT whose claims say it is an app-only token ({@code "idtyp":"app"}). Opaque tokens are accepted as user tokens. */
    static boolean isAppOnly(String token) {
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            return false;
        }
        try {
            String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
            return claims.replace(" ", "").contains("\"idtyp\":\"app\"");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void rejectBody(HttpServletRequest request) throws IOException {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return; // every operation is a GET: another method is a 405 (with Allow), whatever its body
        }
        boolean body = request.getContentLengthLong() > 0;
        if (!body && request.getHeader("Transfer-Encoding") != null) {
            body = request.getInputStream().read() >= 0;
        }
        if (body) {
            throw ApiException.badRequest("body", "Invalid request input: a " + request.getMethod() + " request must not have a body.");
        }
    }

    /**
     * Tomcat drops query parameters it cannot decode (e.g. {@code %zz}) and only notes it in a request attribute;
     * serving the request without them would silently ignore a filter, so it is a 400.
     */
    private static void rejectUnreadableQuery(HttpServletRequest request) {
        request.getParameterMap();
        if (request.getAttribute("org.apache.catalina.parameter_parse_failed") != null) {
            Object reason = request.getAttribute("org.apache.catalina.parameter_parse_failed_reason");
            throw ApiException.badRequest("query", "Invalid request input: the query string cannot be decoded"
                    + (reason != null ? " (" + reason + ")" : "") + "; percent-encode it as UTF-8, e.g. filter=customerMarket%20eq%20%27US%27.");
        }
        int malformed = PercentEncoding.firstMalformedUtf8(request.getQueryString());
        if (malformed >= 0) {
            // Tomcat decodes malformed UTF-8 to U+FFFD and serves the request; the value would silently change
            throw ApiException.badRequest("query", "Invalid request input: the query string is not valid UTF-8 (the percent-encoded"
                    + " bytes at position " + (malformed + 1) + "); percent-encode text as UTF-8.");
        }
        for (var parameter : request.getParameterMap().entrySet()) {
            for (String value : parameter.getValue()) {
                for (int i = 0; i < value.length(); i++) {
                    char c = value.charAt(i);
                    if (c < 0x20 || c == 0x7f) {
                        throw ApiException.badRequest(parameter.getKey(), String.format("Invalid value for parameter '%s': control"
                                + " character U+%04X at position %d; parameter values (filter literals included) must be printable"
                                + " text.", parameter.getKey(), (int) c, i + 1));
                    }
                }
            }
        }
    }

    /** Null when {@code accept} allows JSON; otherwise the 406 to answer. */
    static ApiException acceptable(String accept) {
        if (accept == null || accept.isBlank()) {
            return null;
        }
        try {
            for (MediaType type : MediaType.parseMediaTypes(accept)) {
                if (type.isCompatibleWith(JSON) || "json".equals(type.getSubtypeSuffix())) {
                    return null;
                }
            }
        } catch (InvalidMediaTypeException e) {
            // fall through: an unreadable Accept cannot be satisfied either
        }
        return notAcceptable(accept);
    }

    static ApiException notAcceptable(String accept) {
        return new ApiException(406, ApiException.INVALID_INPUT, "Invalid request input: media type '" + accept
                + "' is not acceptable; the service answers with application/json.", List.of("Accept"));
    }
}
