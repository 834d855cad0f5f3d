package com.partnercenter.analytics.reliability.support;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** One request as sent and the response as received (status, headers with lower-case names, body as text). */
public record Exchange(String method, String target, int status, Map<String, List<String>> headers, String body) {
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** A short description for failure messages. */
    public String describe() {
        String shown = target.length() > 300 ? target.substring(0, 300) + "…(" + target.length() + " chars)" : target;
        String b = body == null ? "" : body.length() > 400 ? body.substring(0, 400) + "…" : body;
        return method + " " + shown + " -> " + status + " " + b;
    }
}
