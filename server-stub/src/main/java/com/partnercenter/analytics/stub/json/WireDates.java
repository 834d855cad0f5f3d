package com.partnercenter.analytics.stub.json;

import com.partnercenter.analytics.spec.WireDateTimes;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Fast writer of epoch-millisecond instants in the service's wire forms, byte for byte what
 * {@link WireDateTimes#format(OffsetDateTime, String)} writes (a test compares the two), without allocating.
 */
public final class WireDates {
    /** The instant of the sentinel {@code 0001-01-01T00:00:00} that indirect reseller rows send for "never". */
    public static final long NEVER = LocalDate.of(1, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();

    public static final byte LOCAL = 0;
    public static final byte OFFSET = 1;
    public static final byte DATE = 2;

    private WireDates() {
    }

    public static byte kind(String wireFormat) {
        if (WireDateTimes.DATE.equals(wireFormat)) {
            return DATE;
        }
        if (WireDateTimes.OFFSET_DATE_TIME.equals(wireFormat)) {
            return OFFSET;
        }
        return LOCAL;
    }

    public static long toMillis(OffsetDateTime t) {
        return t.toInstant().toEpochMilli();
    }

    /** Writes {@code "…"} (quotes included). */
    public static void write(JsonOut out, long epochMillis, byte kind) {
        int at = out.reserve(40);
        byte[] b = out.array();
        int p = at;
        long days = Math.floorDiv(epochMillis, 86_400_000L);
        long msOfDay = Math.floorMod(epochMillis, 86_400_000L);
        // civil from days (H. Hinnant)
        long z = days + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long doe = z - era * 146_097;
        long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        long y = yoe + era * 400;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        int d = (int) (doy - (153 * mp + 2) / 5 + 1);
        int m = (int) (mp < 10 ? mp + 3 : mp - 9);
        if (m <= 2) {
            y++;
        }
        b[p++] = '"';
        int year = (int) y;
        b[p++] = (byte) ('0' + year / 1000 % 10);
        b[p++] = (byte) ('0' + year / 100 % 10);
        b[p++] = (byte) ('0' + year / 10 % 10);
        b[p++] = (byte) ('0' + year % 10);
        b[p++] = '-';
        p = two(b, p, m);
        b[p++] = '-';
        p = two(b, p, d);
        if (kind != DATE) {
            int secs = (int) (msOfDay / 1000);
            int ms = (int) (msOfDay % 1000);
            b[p++] = 'T';
            p = two(b, p, secs / 3600);
            b[p++] = ':';
            p = two(b, p, secs / 60 % 60);
            b[p++] = ':';
            p = two(b, p, secs % 60);
            if (ms != 0) {
                b[p++] = '.';
                b[p++] = (byte) ('0' + ms / 100);
                if (ms % 100 != 0) {
                    b[p++] = (byte) ('0' + ms / 10 % 10);
                    if (ms % 10 != 0) {
                        b[p++] = (byte) ('0' + ms % 10);
                    }
                }
            }
            if (kind == OFFSET) {
                b[p++] = '+';
                b[p++] = '0';
                b[p++] = '0';
                b[p++] = ':';
                b[p++] = '0';
                b[p++] = '0';
            }
        }
        b[p++] = '"';
        out.unreserve(40 - (p - at));
    }

    private static int two(byte[] b, int p, int v) {
        b[p] = (byte) ('0' + v / 10);
        b[p + 1] = (byte) ('0' + v % 10);
        return p + 2;
    }

    /** The string {@link #write} produces, without quotes. */
    public static String format(long epochMillis, byte kind) {
        JsonOut out = new JsonOut();
        write(out, epochMillis, kind);
        byte[] bytes = out.toByteArray();
        return new String(bytes, 1, bytes.length - 2, java.nio.charset.StandardCharsets.US_ASCII);
    }
}
