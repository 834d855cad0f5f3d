package com.partnercenter.analytics.stub.error;

import java.util.List;

/** An error the stub answers in the service's {@code ServiceError} body. */
public class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Invalid request input. */
    public static final int INVALID_INPUT = 800002;
    /** Partner token missing (or unusable). */
    public static final int TOKEN_MISSING = 800001;
    /** Not found. */
    public static final int NOT_FOUND = 1000;
    /** Access denied. */
    public static final int ACCESS_DENIED = 2032;
    /** Unexpected service error. */
    public static final int UNEXPECTED = 800003;

    private final int status;
    private final int code;
    private final List<String> data;

    public ApiException(int status, int code, String description, List<String> data) {
        super(description);
        this.status = status;
        this.code = code;
        this.data = data == null ? List.of() : List.copyOf(data);
    }

    /** 400, naming the parameter in {@code data}. */
    public static ApiException badRequest(String parameter, String description) {
        return new ApiException(400, INVALID_INPUT, description, parameter == null ? List.of() : List.of(parameter));
    }

    public static ApiException notFound(String description) {
        return new ApiException(404, NOT_FOUND, description, List.of());
    }

    public int status() {
        return status;
    }

    public int code() {
        return code;
    }

    public List<String> data() {
        return data;
    }
}
