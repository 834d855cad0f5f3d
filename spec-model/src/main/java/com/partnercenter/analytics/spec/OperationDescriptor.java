package com.partnercenter.analytics.spec;

import java.util.List;
import java.util.Optional;

/**
 * One operation of the document, as the stub, the client and the tests need it.
 *
 * @param operationId        the operation's id, e.g. {@code listSubscriptions}
 * @param method             the HTTP method, upper case
 * @param path               the path template, e.g. {@code /v1/customers/{customer-id}/analytics/licenses/usage}
 * @param pathAliases        other path forms the documentation gives ({@code x-pc-path-aliases}, DEV-01)
 * @param queryParameters    the names of its query parameters
 * @param headerParameters   the names of its request header parameters
 * @param responseStatuses   the documented response statuses, e.g. {@code 200, 400, 401}
 * @param deprecated         whether the operation is deprecated
 * @param replacedBy         the operationId that replaces it ({@code x-pc-replaced-by}), if any
 * @param query              its query capability matrix, for operations that take query expressions
 */
public record OperationDescriptor(
        String operationId,
        String method,
        String path,
        List<String> pathAliases,
        List<String> queryParameters,
        List<String> headerParameters,
        List<Integer> responseStatuses,
        boolean deprecated,
        Optional<String> replacedBy,
        Optional<QueryCapabilities> query) {

    public OperationDescriptor {
        pathAliases = List.copyOf(pathAliases);
        queryParameters = List.copyOf(queryParameters);
        headerParameters = List.copyOf(headerParameters);
        responseStatuses = List.copyOf(responseStatuses);
    }

    /** The first 2xx status the operation documents. */
    public int successStatus() {
        return responseStatuses.stream().filter(s -> s >= 200 && s < 300).findFirst()
                .orElseThrow(() -> new SpecFormatException(operationId + " documents no 2xx response"));
    }

    /** The documented 4xx and 5xx statuses. */
    public List<Integer> errorStatuses() {
        return responseStatuses.stream().filter(s -> s >= 400).toList();
    }
}
