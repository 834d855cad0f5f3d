package com.partnercenter.analytics.client.internal;

import com.partnercenter.analytics.spec.WireDateTimes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** The fast path gives exactly what the spec's definition ({@link WireDateTimes#parse}) gives, for every input. */
class WireDateParserTest {

    @ParameterizedTest
    @ValueSource(strings = {
            // the forms the service sends
            "2016-02-04T19:29:38.037", "2016-02-04T19:29:38", "2016-02-04T19:29:38.36", "2017-03-14T03:25:16.36+00:00",
            "2018-05-30", "0001-01-01T00:00:00", "2019-10-01T00:00:00Z", "2019-10-01T23:59:59.9999999",
            "2019-10-01T23:59:59.123456789", "2019-10-01T10:00:00+05:30", "2019-10-01T01:00:00-08:00",
            "2019-12-31T23:30:00-01:00", "0000-01-01T00:00:00", "9999-12-31T23:59:59.999", "2020-02-29T12:00:00",
            "2019-10-01T10:00:00+18:00", "2019-10-01T10:00:00-18:00",
            // what only the slow path decides (or rejects)
            " 2016-02-04T19:29:38.037 ", "2016-02-04t19:29:38", "2016-02-04T19:29:38z", "2016-02-04T19:29:38.",
            "2016-02-04T19:29:38.1234567890", "2016-02-04T19:29", "2016-02-04T24:00:00", "2016-02-30T10:00:00",
            "2019-02-29", "2016-13-01", "2016-02-04T19:29:38+0100", "2016-02-04T19:29:38+01", "2016-02-04T19:29:38+19:00",
            "2016-02-04T19:29:38+01:60", "2016-02-04T19:29:60", "2016-02-04 19:29:38", "+2016-02-04T19:29:38",
            "12016-02-04T19:29:38", "2016-2-4", "2016-02-04T19:29:38.037Z ", "2016-02-04T19:29:38.037+00:00x",
            "", " ", "x", "2016", "2016-02-04T", "2016-02-04Tab:cd:ef", "١٢٣٤-02-04"})
    void agreesWithTheSpecDefinition(String text) {
        assertThat(WireDateParser.parse(text)).isEqualTo(WireDateTimes.parse(text));
    }

    @Test
    void nullIsEmpty() {
        assertThat(WireDateParser.parse(null)).isEmpty();
    }

    @Test
    void agreesOnRandomInstantsInEveryForm() {
        SplittableRandom rnd = new SplittableRandom(7);
        String[] fractions = {"", ".S", ".SS", ".SSS", ".SSSSSSS", ".SSSSSSSSS"};
        String[] offsets = {"", "'Z'", "xxx"};
        for (int i = 0; i < 20_000; i++) {
            Instant instant = Instant.ofEpochSecond(rnd.nextLong(-62_135_596_800L, 253_402_300_799L), rnd.nextInt(1_000_000_000));
            ZoneOffset zone = ZoneOffset.ofTotalSeconds(rnd.nextInt(-18 * 60, 18 * 60 + 1) * 60);
            String pattern = "uuuu-MM-dd'T'HH:mm:ss" + fractions[rnd.nextInt(fractions.length)] + offsets[rnd.nextInt(offsets.length)];
            String text = DateTimeFormatter.ofPattern(pattern).format(OffsetDateTime.ofInstant(instant, zone));
            assertThat(WireDateParser.parse(text)).as(text).isEqualTo(WireDateTimes.parse(text));
            assertThat(WireDateParser.fast(text)).as(text).isNotNull();
        }
    }
}
