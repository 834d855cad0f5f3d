package com.partnercenter.analytics.spec;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class WireDateTimesTest {

    @ParameterizedTest(name = "{0} reads as {1}")
    @CsvSource({
            "2016-02-04T19:29:38.037,        2016-02-04T19:29:38.037Z",
            "2018-05-27T00:00:00,            2018-05-27T00:00Z",
            "2017-03-14T03:25:16.36+00:00,   2017-03-14T03:25:16.360Z",
            "2017-03-14T05:25:16+02:00,      2017-03-14T03:25:16Z",
            "2017-03-14T03:25:16.1234567Z,   2017-03-14T03:25:16.1234567Z",
            "2018-05-30,                     2018-05-30T00:00Z",
            "0001-01-01T00:00:00,            0001-01-01T00:00Z"})
    void everyFormTheServiceSendsReadsAsUtc(String wire, String expected) {
        assertThat(WireDateTimes.parse(wire)).hasValue(OffsetDateTime.parse(expected));
    }

    @ParameterizedTest(name = "{0} is not a wire date-time")
    @ValueSource(strings = {"2016-02-30T00:00:00", "2016-02-04 19:29:38", "2016-02-04T19:29", "2016-02-04T19:29:38.12345678",
            "yesterday", "2016-02-04T19:29:38+0200", ""})
    void otherTextIsNotADateTime(String text) {
        assertThat(WireDateTimes.isDateTime(text)).isFalse();
    }

    @ParameterizedTest(name = "{1} writes as {2}")
    @CsvSource({
            "2016-02-04T19:29:38.037Z, local-date-time,  2016-02-04T19:29:38.037",
            "2018-05-27T00:00Z,        local-date-time,  2018-05-27T00:00:00",
            "2017-03-14T03:25:16.36Z,  offset-date-time, 2017-03-14T03:25:16.36+00:00",
            "2018-05-30T00:00Z,        date,             2018-05-30"})
    void writesEachWireFormatAsTheServiceDoes(String value, String wireFormat, String expected) {
        String written = WireDateTimes.format(OffsetDateTime.parse(value), wireFormat);
        assertThat(written).isEqualTo(expected);
        assertThat(WireDateTimes.parse(written)).hasValue(OffsetDateTime.parse(value));
    }
}
