package com.partnercenter.analytics.spec;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The service's date-time wire grammar (DEV-10, DEV-36): {@code yyyy-MM-ddTHH:mm:ss[.f{1,7}][Z|(+|-)hh:mm]}, where a
 * missing offset means UTC, plus bare dates {@code yyyy-MM-dd} for {@code format: date} fields. The client's
 * tolerant reader, the stub's writer and the spec's check of the document's own {@code format: local-date-time}
 * use this one definition; {@code format: date-time} keeps its standard (RFC 3339) meaning everywhere.
 */
public final class WireDateTimes {
    /**
     * The {@code x-pc-wire-format} of values sent without offset, e.g. {@code 2016-02-04T19:29:38.037}; also the
     * name of the document's {@code format} for them (DEV-36).
     */
    public static final String LOCAL_DATE_TIME = "local-date-time";
    /** The {@code x-pc-wire-format} of values sent with an offset, e.g. {@code 2017-03-14T03:25:16.36+00:00}. */
    public static final String OFFSET_DATE_TIME = "offset-date-time";
    /** The {@code x-pc-wire-format} of bare dates, e.g. {@code 2018-05-30}. */
    public static final String DATE = "date";

    private static final Pattern DATE_TIME = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,7})?(Z|[+-]\\d{2}:\\d{2})?");
    private static final Pattern DATE_ONLY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private static final DateTimeFormatter READER = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .appendLiteral('T')
            .appendPattern("HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .toFormatter()
            .withResolverStyle(ResolverStyle.STRICT);

    /**
     * How the service writes date-times: seconds always, then the fraction without trailing zeros, at most
     * milliseconds ({@code .037}, {@code .36}, none for whole seconds), as its examples show.
     */
    private static final DateTimeFormatter LOCAL_WRITER = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .appendLiteral('T')
            .appendPattern("HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.MILLI_OF_SECOND, 0, 3, true).optionalEnd()
            .toFormatter();

    private WireDateTimes() {
    }

    /** True when {@code text} is a date-time in the wire grammar (offset optional). */
    public static boolean isDateTime(String text) {
        return text != null && DATE_TIME.matcher(text).matches() && parseDateTime(text).isPresent();
    }

    /** True when {@code text} is a bare date {@code yyyy-MM-dd} that exists in the calendar. */
    public static boolean isDate(String text) {
        if (text == null || !DATE_ONLY.matcher(text).matches()) {
            return false;
        }
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /**
     * Reads any form the service sends, as an instant in UTC: with or without offset, 0 to 9 fractional
     * digits, or a bare date (midnight UTC). Empty for anything else.
     */
    public static Optional<OffsetDateTime> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.trim();
        if (isDate(trimmed)) {
            return Optional.of(LocalDate.parse(trimmed).atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        return parseDateTime(trimmed);
    }

    private static Optional<OffsetDateTime> parseDateTime(String text) {
        try {
            var parsed = READER.parseBest(text, OffsetDateTime::from, LocalDateTime::from);
            if (parsed instanceof OffsetDateTime odt) {
                return Optional.of(odt.withOffsetSameInstant(ZoneOffset.UTC));
            }
            return Optional.of(((LocalDateTime) parsed).atOffset(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * Writes a UTC instant the way the service writes a field of the given {@code x-pc-wire-format}:
     * {@code local-date-time} without offset, {@code offset-date-time} with {@code +00:00}, {@code date} as
     * {@code yyyy-MM-dd}.
     */
    public static String format(OffsetDateTime value, String wireFormat) {
        LocalDateTime utc = value.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        if (DATE.equals(wireFormat)) {
            return utc.toLocalDate().toString();
        }
        String local = LOCAL_WRITER.format(utc);
        return OFFSET_DATE_TIME.equals(wireFormat) ? local + "+00:00" : local;
    }
}
