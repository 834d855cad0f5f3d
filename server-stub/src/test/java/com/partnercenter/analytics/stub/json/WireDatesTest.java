package com.partnercenter.analytics.stub.json;

import com.partnercenter.analytics.spec.WireDateTimes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class WireDatesTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 42, 2024})
    void fastWriterWritesExactlyWhatTheSpecModuleWrites(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        String[] formats = {WireDateTimes.LOCAL_DATE_TIME, WireDateTimes.OFFSET_DATE_TIME, WireDateTimes.DATE};
        for (int i = 0; i < 5_000; i++) {
            long millis = rnd.nextLong(WireDates.NEVER, Instant.parse("2100-01-01T00:00:00Z").toEpochMilli());
            if (i % 3 == 0) {
                millis = millis / 1000 * 1000; // whole seconds
            } else if (i % 3 == 1) {
                millis = millis / 10 * 10; // two fraction digits
            }
            for (String format : formats) {
                OffsetDateTime t = Instant.ofEpochMilli(millis).atOffset(ZoneOffset.UTC);
                assertThat(WireDates.format(millis, WireDates.kind(format)))
                        .as("%s as %s", t, format)
                        .isEqualTo(WireDateTimes.format(t, format));
            }
        }
    }

    @Test
    void neverIsWrittenAsTheServicesSentinel() {
        assertThat(WireDates.format(WireDates.NEVER, WireDates.LOCAL)).isEqualTo("0001-01-01T00:00:00");
    }

    @Test
    void serviceExamplesRoundTrip() {
        for (String example : new String[]{"2016-02-04T19:29:38.037", "2018-05-27T00:00:00", "2017-03-14T03:25:16.36"}) {
            long millis = WireDateTimes.parse(example).orElseThrow().toInstant().toEpochMilli();
            assertThat(WireDates.format(millis, WireDates.LOCAL)).isEqualTo(example);
        }
        long offset = WireDateTimes.parse("2017-03-14T03:25:16.36+00:00").orElseThrow().toInstant().toEpochMilli();
        assertThat(WireDates.format(offset, WireDates.OFFSET)).isEqualTo("2017-03-14T03:25:16.36+00:00");
        assertThat(WireDates.format(offset, WireDates.DATE)).isEqualTo("2017-03-14");
    }

    @Test
    void stringsAreEscapedAsJson() {
        assertThat(new String(JsonOut.encodeString("a\"b\\c\nd\u0001é"), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo("\"a\\\"b\\\\c\\nd\\u0001é\"");
    }
}
