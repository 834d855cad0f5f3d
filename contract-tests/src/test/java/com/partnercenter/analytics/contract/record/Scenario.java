package com.partnercenter.analytics.contract.record;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One request the recorder sends, and so one recorded fixture: {@code mappings/<operationId>/<status>-<name>.json}.
 *
 * @param operationId the operation
 * @param name        the scenario name (lower case with dashes)
 * @param status      the status the scenario is meant to produce; the recorder fails when the target answers otherwise
 * @param pathParams  values of the path template's parameters; {@code {customerId}} is replaced by a customer of the target
 * @param path        a literal path to use instead of the operation's path (e.g. one of its aliases), or null
 * @param query       query parameters, sent percent-encoded, recorded decoded
 * @param headers     extra request headers (e.g. {@code Accept: application/xml})
 * @param auth        {@code bearer} (the default: the target's token), {@code none}, or {@code app-only} (a synthetic,
 *                    unsigned app-only JWT, which the stub answers with 403 on user-only operations)
 * @param fault       a stub fault directive, sent as {@code X-Stub-Fault}; such scenarios are recorded only against the stub
 * @param nextPageOf  for a second page: the scenario whose response's {@code @nextLink} is followed
 */
public record Scenario(String operationId, String name, int status, Map<String, String> pathParams, String path,
                       Map<String, String> query, Map<String, String> headers, String auth, String fault,
                       String nextPageOf) {

    public String key() {
        return operationId + "/" + status + "-" + name;
    }

    /** The fixture file this scenario becomes, relative to the corpus root. */
    public String mappingFile() {
        return "mappings/" + operationId + "/" + status + "-" + name + ".json";
    }

    /** The MS-CorrelationId the recorder sends: stable per scenario, and the key fixtures are matched by. */
    public UUID correlationId() {
        return UUID.nameUUIDFromBytes(("correlation:" + operationId + "/" + name).getBytes(StandardCharsets.UTF_8));
    }

    /** The MS-RequestId the recorder sends. */
    public UUID requestId() {
        return UUID.nameUUIDFromBytes(("request:" + operationId + "/" + name).getBytes(StandardCharsets.UTF_8));
    }

    public Optional<String> faultDirective() {
        return Optional.ofNullable(fault);
    }

    public boolean stubOnly() {
        return fault != null || "app-only".equals(auth);
    }
}
