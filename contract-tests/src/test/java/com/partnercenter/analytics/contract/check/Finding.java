package com.partnercenter.analytics.contract.check;

/**
 * One disagreement between a fixture and the spec.
 *
 * @param fixture the fixture file, relative to the corpus root
 * @param check   what was checked, e.g. {@code response.body.unknownProperty} or a swagger-request-validator key
 *                such as {@code validation.request.parameter.schema.maximum}
 * @param where   where in the fixture: {@code request}, {@code response.status}, {@code response.headers.MS-CV},
 *                or a JSON path into the body such as {@code response.body $.Value[0].licenseCount}
 * @param message what is wrong
 */
public record Finding(String fixture, String check, String where, String message) {
    @Override
    public String toString() {
        return fixture + ": " + where + ": " + message + " [" + check + "]";
    }
}
